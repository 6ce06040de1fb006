// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "CiteKit",
    products: [
        .library(name: "CiteKit", targets: ["CiteKit"]),
        .library(name: "Bibliography", targets: ["Bibliography"]),
        .library(name: "CSL", targets: ["CSL"]),
        .library(name: "PubMed", targets: ["PubMed"]),
        .executable(name: "cite", targets: ["cite"]),
        .executable(name: "csl-conformance", targets: ["csl-conformance"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        // Already resolved and built through AsyncHTTPClient's dependencies (swift-nio-ssl, swift-certificates); the cache keys' SHA-256.
        .package(url: "https://github.com/apple/swift-crypto", "3.12.0"..<"5.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // Property-based tests (format round trips, CSL-JSON coding, page and marker ranges).
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "Bibliography"),
        .target(name: "PubMed", dependencies: ["Bibliography", "CLibXML2"]),
        .target(name: "ReferenceText", dependencies: ["Bibliography"]),
        .target(name: "Citations", dependencies: ["Bibliography"]),
        .target(name: "Verification", dependencies: ["Bibliography"]),
        .target(name: "Evidence", dependencies: ["Bibliography"]),
        .target(name: "CSL", dependencies: ["Bibliography", "CLibXML2"]),
        .target(name: "Formats", dependencies: ["Bibliography", "PubMed", .product(name: "Yams", package: "Yams")], exclude: ["README.md"]),
        .target(
            name: "Library",
            dependencies: [
                "Bibliography", "PubMed", "Formats", "Verification",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            exclude: ["README.md"]
        ),
        .target(
            name: "Resolve",
            dependencies: [
                "Bibliography", "Verification", "PubMed", "Library", "CLibXML2",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            exclude: ["README.md"]
        ),
        .target(
            name: "CiteKit",
            dependencies: [
                "Bibliography", "PubMed", "ReferenceText", "Citations",
                "Verification", "Evidence", "CSL", "Library", "Resolve", "Formats",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "Site",
            dependencies: [
                "CiteKit", "Bibliography", "Citations", "Evidence", "Library",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            exclude: ["README.md"]
        ),
        .target(
            name: "HTMLReport",
            dependencies: [
                "CiteKit", "Site", "Bibliography", "Evidence", "Verification",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            exclude: ["README.md"]
        ),
        .executableTarget(
            name: "cite",
            dependencies: [
                "CiteKit", "Site", "HTMLReport", "Bibliography", "PubMed", "ReferenceText", "Citations",
                "Verification", "Evidence", "CSL", "Library", "Resolve", "Formats",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "csl-conformance",
            dependencies: [
                "CSL", "Bibliography",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Measurement programs, run on demand (see Benchmarks/); not part of `swift test`.
        .executableTarget(
            name: "refparse-eval",
            dependencies: ["ReferenceText", "Bibliography"],
            path: "Benchmarks/references/Sources"
        ),
        .executableTarget(
            name: "evidence-eval",
            dependencies: ["Verification", "Evidence", "Bibliography", "ReferenceText"],
            path: "Benchmarks/evidence/Sources"
        ),
        // Shared by the measurement programs.
        .target(name: "BenchmarkSupport", path: "Benchmarks/Support"),
        .executableTarget(
            name: "resolve-bench",
            dependencies: ["CiteKit", "Resolve", "Library", "LoopbackServer", "PubMed", "ReferenceText", "Bibliography", "BenchmarkSupport"],
            path: "Benchmarks/resolve/Sources"
        ),
        .executableTarget(
            name: "site-bench-generate",
            dependencies: ["CiteKit", "Library", "PubMed", "Bibliography", "BenchmarkSupport"],
            path: "Benchmarks/site/Sources"
        ),
        .executableTarget(
            name: "dedupe-eval",
            dependencies: ["Library", "Formats", "PubMed", "Bibliography", "BenchmarkSupport"],
            path: "Benchmarks/dedupe/Sources"
        ),
        .executableTarget(
            name: "formats-bench",
            dependencies: ["Formats"],
            path: "Benchmarks/formats/Sources"
        ),
        // libFuzzer harnesses, one target per reader (Fuzz/README.md). Built with
        // `-sanitize=fuzzer,address -DCITEKIT_FUZZING` by Fuzz/build.sh; a plain build replays files.
        .target(name: "CFuzzer", path: "Fuzz/Sources/CFuzzer"),
        .executableTarget(
            name: "citekit-fuzz",
            dependencies: [
                "CFuzzer", "Bibliography", "Citations", "CiteKit", "ReferenceText", "PubMed", "CSL", "Formats",
                "Resolve", "Site",
            ],
            path: "Fuzz/Sources/citekit-fuzz"
        ),
        // Paths of test inputs, shared by the test targets.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        // Generators of bibliographic values for the property-based tests.
        .target(
            name: "PropertySupport",
            dependencies: ["Bibliography", .product(name: "PropertyBased", package: "swift-property-based")],
            path: "Tests/PropertySupport"
        ),
        .testTarget(name: "BibliographyTests", dependencies: ["TestSupport", "Bibliography", "PropertySupport", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "PubMedTests", dependencies: ["TestSupport", "PubMed", "Bibliography"]),
        .testTarget(name: "ReferenceTextTests", dependencies: ["TestSupport", "ReferenceText", "Bibliography"]),
        .testTarget(name: "CitationsTests", dependencies: ["TestSupport", "Citations", "Bibliography", "PropertySupport", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "VerificationTests", dependencies: ["TestSupport", "Verification", "Bibliography"]),
        .testTarget(name: "EvidenceTests", dependencies: ["TestSupport", "Evidence", "Bibliography"]),
        .testTarget(name: "FormatsTests", dependencies: ["TestSupport", "Formats", "Bibliography", "PubMed", "PropertySupport", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "CSLTests", dependencies: ["TestSupport", "CSL", "Bibliography", "csl-conformance"]),
        .testTarget(name: "CiteKitTests", dependencies: ["TestSupport", "CiteKit", "Evidence", "Verification", "Bibliography"]),
        .testTarget(name: "LibraryTests", dependencies: ["TestSupport", "Library", "PubMed", "Bibliography"]),
        .testTarget(name: "SiteTests", dependencies: ["TestSupport", "Site", "CiteKit", "Library", "Bibliography"]),
        .testTarget(name: "HTMLReportTests", dependencies: ["TestSupport", "HTMLReport", "Site", "CiteKit", "Bibliography", "Verification"]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport", "cite", "LoopbackServer", "Bibliography"]),
        // A loopback E-utilities and Crossref server for the resolver tests and benchmark.
        .target(
            name: "LoopbackServer",
            dependencies: [
                "Bibliography", "PubMed",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ],
            path: "Tests/LoopbackServer"
        ),
        .testTarget(name: "ResolveTests", dependencies: ["TestSupport", "Resolve", "LoopbackServer", "Bibliography", "PubMed"]),
    ],
    swiftLanguageModes: [.v6]
)

// CITEKIT_FUZZ=1 (CI's fuzz step, Fuzz/README.md): CiteKit's own modules get libFuzzer coverage and
// AddressSanitizer, and citekit-fuzz links libFuzzer's driver. The dependencies keep their flags, so
// the step reuses what the test build compiled. (Fuzz/build.sh instead instruments every module.)
// No debug info (-gnone): the step's build is a third faster, and a finding still names its functions.
if Context.environment["CITEKIT_FUZZ"] == "1" {
    for target in package.targets where target.type == .regular || target.type == .executable {
        target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-sanitize=fuzzer,address", "-gnone"])]
        if target.name == "citekit-fuzz" {
            target.swiftSettings? += [.define("CITEKIT_FUZZING")]
            target.linkerSettings = (target.linkerSettings ?? []) + [.unsafeFlags(["-sanitize=fuzzer,address", "-use-ld=lld"])]
        }
    }
}
