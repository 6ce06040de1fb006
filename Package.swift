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
        .target(
            name: "CiteKit",
            dependencies: [
                "Bibliography", "PubMed", "ReferenceText", "Citations",
                "Verification", "Evidence", "CSL",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "cite",
            dependencies: [
                "CiteKit", "Bibliography", "PubMed", "ReferenceText", "Citations",
                "Verification", "Evidence", "CSL",
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
        .testTarget(name: "BibliographyTests", dependencies: ["Bibliography"]),
        .testTarget(name: "PubMedTests", dependencies: ["PubMed", "Bibliography"]),
        .testTarget(name: "ReferenceTextTests", dependencies: ["ReferenceText", "Bibliography"]),
        .testTarget(name: "CitationsTests", dependencies: ["Citations", "Bibliography"]),
        .testTarget(name: "VerificationTests", dependencies: ["Verification", "Bibliography"]),
        .testTarget(name: "EvidenceTests", dependencies: ["Evidence", "Bibliography"]),
        .testTarget(name: "CSLTests", dependencies: ["CSL", "Bibliography"]),
        .testTarget(name: "CiteKitTests", dependencies: ["CiteKit", "Evidence", "Verification", "Bibliography"]),
        .testTarget(name: "CLITests", dependencies: ["cite"]),
    ],
    swiftLanguageModes: [.v6]
)
