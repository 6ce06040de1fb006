import Foundation

/// Inputs planned for reading on all cores, shared by batch conversion and batch statistics:
/// when there are fewer inputs than cores, each large plain file is split into parts (see
/// ``PubMedPartition``) so that every core has work; one progress unit per part.
struct BatchPlan: Sendable {
    /// One partition per input, in input order; `nil` for standard input.
    let partitions: [PubMedPartition?]
    /// The progress bar on standard error, when wanted.
    let meter: ProgressMeter?
    /// The first progress unit of each input, plus one past the last unit.
    private let firstUnit: [Int]

    /// - Parameters:
    ///   - inputs: the files to read, in order; `nil` stands for standard input (one unit of unknown size).
    ///   - progress: draw a bar when standard error is a terminal and the input is large.
    ///   - cores: the cores to fill.
    ///   - minimumPartSize: the smallest file worth splitting (tests split small files).
    init(
        inputs: [URL?], progress: Bool, cores: Int = ProcessInfo.processInfo.activeProcessorCount,
        minimumPartSize: Int64 = FileSegments.minimumSize
    ) {
        let parts = max(1, cores / max(inputs.count, 1))
        partitions = inputs.map { url in url.map { PubMedPartition($0, parts: parts, minimumSize: minimumPartSize) } }
        let units = partitions.flatMap { p in (p?.sizes ?? [0]).map { (size: $0, compressed: p?.url.pathExtension == "gz") } }
        let total = units.reduce(0) { $0 + $1.size }
        meter = progress && ProgressMeter.wanted(totalBytes: total) ? ProgressMeter(units: units) : nil
        firstUnit = partitions.reduce(into: [0]) { $0.append($0[$0.count - 1] + ($1?.count ?? 1)) }
    }

    /// The progress callback for input `index`: (part, bytes consumed in that part).
    func progress(input index: Int) -> @Sendable (Int, Int64) -> Void {
        let meter = meter
        let first = firstUnit[index]
        return { part, bytes in meter?.update(first + part, consumed: bytes) }
    }

    /// Marks every part of input `index` as done.
    func finish(input index: Int) {
        guard let meter else { return }
        for unit in firstUnit[index]..<firstUnit[index + 1] { meter.finish(unit) }
    }

    /// Clears the progress bar.
    func close() { meter?.close() }
}
