import Foundation

/// One fuzz target: a name (`citekit-fuzz NAME`) and the reader it feeds each input to.
///
/// A target only calls the reader and uses what it returns; libFuzzer with AddressSanitizer
/// reports crashes (Swift traps included), hangs (`-timeout`), leaks and memory errors.
struct FuzzTarget: Sendable {
    let name: String
    /// The dictionary file in `Fuzz/dictionaries/` (without `.dict`) and the seed folder in `Fuzz/corpus/`.
    let dictionary: String
    let summary: String
    let run: @Sendable (Data) -> Void

    static let all: [FuzzTarget] = pageTargets + [referenceTarget] + pubMedTargets + cslTargets
        + formatTargets + resolveTargets + siteTargets

    static func named(_ name: String) -> FuzzTarget? { all.first { $0.name == name } }
}

/// Paths inside the source checkout, found from this file's path (the harness runs from a checkout).
enum Checkout {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url
    }()

    /// A scratch directory for targets whose reader only takes files (gzip, locales).
    static let scratch: URL = {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let url = URL(fileURLWithPath: base).appendingPathComponent("citekit-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()
}

extension Data {
    /// The input as text, as the readers that take a `String` get it after decoding a file.
    var text: String { String(decoding: self, as: UTF8.self) }
}
