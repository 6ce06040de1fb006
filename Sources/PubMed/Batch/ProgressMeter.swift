import Foundation

/// A progress bar over inputs (or parts of inputs) processed at once, drawn on a terminal stream.
///
/// Each unit reports the bytes it has consumed; plain units count against their size, gzipped ones
/// only when finished (their decompressed size is unknown up front).
public final class ProgressMeter: @unchecked Sendable {
    private let sizes: [Int64]
    private let compressed: [Bool]
    private var done: [Int64]
    private let total: Int64
    private let lock = NSLock()
    private let output: FileHandle
    private var lastDrawn = -1

    /// - Parameters:
    ///   - units: each unit's size in bytes and whether it is gzipped.
    ///   - output: where to draw (standard error).
    public init(units: [(size: Int64, compressed: Bool)], output: FileHandle = .standardError) {
        sizes = units.map(\.size)
        compressed = units.map(\.compressed)
        done = Array(repeating: 0, count: units.count)
        total = max(sizes.reduce(0, +), 1)
        self.output = output
    }

    /// Unit `index` has consumed `bytes` (decompressed) so far.
    public func update(_ index: Int, consumed bytes: Int64) {
        guard !compressed[index] else { return }
        record(index, min(bytes, sizes[index]))
    }

    /// Unit `index` is finished.
    public func finish(_ index: Int) { record(index, sizes[index]) }

    private func record(_ index: Int, _ bytes: Int64) {
        lock.lock()
        defer { lock.unlock() }
        done[index] = bytes
        let percent = Int(done.reduce(0, +) * 100 / total)
        guard percent != lastDrawn else { return }
        lastDrawn = percent
        let width = 30
        let filled = percent * width / 100
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        output.write(Data("\r[\(bar)] \(percent)%".utf8))
    }

    /// Clears the bar.
    public func close() {
        lock.lock()
        defer { lock.unlock() }
        if lastDrawn >= 0 { output.write(Data("\r\u{1B}[K".utf8)) }
    }

    /// Whether a bar should be shown: standard error is a terminal and the input is large.
    public static func wanted(totalBytes: Int64, threshold: Int64 = 50_000_000) -> Bool {
        isatty(STDERR_FILENO) == 1 && totalBytes >= threshold
    }
}
