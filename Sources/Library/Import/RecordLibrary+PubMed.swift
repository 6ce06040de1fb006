import Bibliography
import Foundation
import PubMed

extension RecordLibrary {
    /// What a part reader hands the writer.
    private enum PartOutput: Sendable {
        /// Whole records, encoded, with the counts of records skipped (no identifier) and deletions.
        case batch([EncodedRecord], skipped: Int, deletions: Int)
        /// The error that ended a part.
        case failed(part: Int, PubMedError)
        /// A part was read to its end or its error.
        case finished
    }

    /// The largest batch a reader hands over, in records and in bytes of JSON.
    private static let batchRecords = 500
    private static let batchBytes = 4 << 20
    /// The batches waiting for the writer, at most: what bounds memory whatever the file size.
    private static let queuedBatches = 4
    /// The most records stored in one transaction (the full-text index is cheaper to build in
    /// large transactions; each record is still stored whole or not at all).
    private static let transactionRecords = 5000

    /// Imports PubMed XML. A large plain file is split at record boundaries into one part a core
    /// (``PubMedPartition``); each part is parsed and encoded on its own thread into one bounded
    /// queue, and this thread stores the batches as they come, so every core works and memory
    /// stays constant. Records are keyed, so the order in which parts are stored does not change
    /// the outcome (see ``add(_:)`` for the rare record that a file holds twice).
    func importPubMed(_ url: URL, name: String, progress: Bool, merging: Bool) throws -> ImportSummary {
        let partition = PubMedPartition(url, parts: ProcessInfo.processInfo.activeProcessorCount)
        let source = RecordSource(kind: "pubmed-xml", origin: name)
        let (summary, failure) = try importParts(partition, source: source, progress: progress, merging: merging)
        guard let failure else { return summary }
        guard partition.count > 1 else { throw Self.invalidInput(failure, name: name, stored: summary) }
        // A split can fail where a whole read would not (a record start inside a comment or CDATA),
        // and the error of a sequential read is the one to report: read the file again in one
        // piece. Records stored by the first pass come back unchanged.
        let (whole, error) = try importParts(PubMedPartition(url, parts: 1), source: source, progress: progress, merging: merging)
        var total = whole
        total.added += summary.added
        total.replaced += summary.replaced
        total.unchanged = max(0, whole.unchanged - summary.added - summary.replaced)
        if let error { throw Self.invalidInput(error, name: name, stored: total) }
        return total
    }

    private static func invalidInput(_ error: PubMedError, name: String, stored: ImportSummary) -> LibraryError {
        switch error {
        case .unreadable(_, let reason): return .unreadable(file: name, reason: reason)
        default: return .invalidInput(file: name, line: error.line, column: error.column, reason: error.reason, stored: stored)
        }
    }

    /// Reads every part of `partition` on its own thread and stores the batches, until every part
    /// ends; returns what was stored and the error of the first part that failed, if any.
    private func importParts(
        _ partition: PubMedPartition, source: RecordSource, progress: Bool, merging: Bool
    ) throws -> (ImportSummary, PubMedError?) {
        let compressed = partition.url.pathExtension.lowercased() == "gz"
        let meter = progress && ProgressMeter.wanted(totalBytes: partition.sizes.reduce(0, +))
            ? ProgressMeter(units: partition.sizes.map { (size: $0, compressed: compressed) }) : nil
        defer { meter?.close() }
        let queue = BatchQueue<PartOutput>(capacity: Self.queuedBatches)
        let group = DispatchGroup()
        for part in 0..<partition.count {
            DispatchQueue.global().async(group: group) {
                Self.read(partition, part: part, source: source, into: queue, meter: meter)
            }
        }
        // However this ends, the readers are stopped and waited for before returning.
        defer {
            queue.cancel()
            group.wait()
        }
        var running = partition.count
        var failures: [(part: Int, error: PubMedError)] = []
        func nextBatch() -> PartOutput? {
            while running > 0, let output = queue.pop() {
                switch output {
                case .finished: running -= 1
                case .failed(let part, let error): failures.append((part, error))
                case .batch: return output
                }
            }
            return nil
        }
        var summary = ImportSummary()
        var finished = false
        while !finished {
            summary = summary + (try write { db in
                var stored = ImportSummary()
                let writer = try RowWriter(db, path: path)
                while stored.records < Self.transactionRecords {
                    guard case .batch(let rows, let skipped, let deletions)? = nextBatch() else {
                        finished = true
                        break
                    }
                    for row in rows { try store(row, with: writer, merging: merging, summary: &stored) }
                    stored.skipped += skipped
                    stored.deletions += deletions
                }
                return stored
            })
        }
        return (summary, failures.min { $0.part < $1.part }?.error)
    }

    /// Reads one part, handing whole records to `queue` in batches.
    private static func read(
        _ partition: PubMedPartition, part: Int, source: RecordSource, into queue: BatchQueue<PartOutput>, meter: ProgressMeter?
    ) {
        var rows: [EncodedRecord] = []
        var bytes = 0
        var skipped = 0
        var deletions = 0
        defer {
            meter?.finish(part)
            queue.push(.finished)
        }
        do {
            let reader = try PubMedReader(partition, part: part)
            while let entry = try reader.next() {
                switch entry {
                case .deleted(let pmids):
                    deletions += pmids.count
                case .article(let record), .book(let record):
                    let row = try EncodedRecord(StoredRecord(record: record, source: source))
                    bytes += row.item.count + row.metadata.count
                    rows.append(row)
                }
                if rows.count >= batchRecords || bytes >= batchBytes {
                    guard queue.push(.batch(rows, skipped: skipped, deletions: deletions)) else { return }
                    meter?.update(part, consumed: reader.bytesConsumed)
                    rows.removeAll(keepingCapacity: true)
                    (bytes, skipped, deletions) = (0, 0, 0)
                }
            }
            queue.push(.batch(rows, skipped: skipped, deletions: deletions))
        } catch {
            // The records read before the error are whole: they are stored, then the error is reported.
            queue.push(.batch(rows, skipped: skipped, deletions: deletions))
            let failure = error as? PubMedError ?? .unreadable(file: partition.url.relativePath, reason: RecordLibrary.words(error))
            queue.push(.failed(part: part, failure))
        }
    }
}
