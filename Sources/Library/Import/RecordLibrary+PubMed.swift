import Bibliography
import Foundation
import PubMed

extension RecordLibrary {
    /// What a part reader hands the writer.
    private enum PartOutput: Sendable {
        /// Whole records, encoded, with the counts of records skipped (no identifier) and deletions.
        case batch([EncodedRecord], skipped: Int, deletions: Int)
        /// The error that ended the part.
        case failed(PubMedError)
    }

    /// The largest batch, in records and in bytes of JSON: one transaction each.
    private static let batchRecords = 1000
    private static let batchBytes = 8 << 20

    /// Imports PubMed XML: the file's parts are parsed and encoded in parallel, one bounded queue a
    /// part; this thread writes the batches in file order, so the outcome is that of a sequential
    /// read (later records of the file replace earlier ones of the same revision).
    func importPubMed(_ url: URL, name: String, progress: Bool) throws -> ImportSummary {
        let partition = PubMedPartition(url, parts: ProcessInfo.processInfo.activeProcessorCount)
        let source = RecordSource(kind: "pubmed-xml", origin: name)
        let (summary, failure) = try importParts(partition, source: source, progress: progress)
        guard let failure else { return summary }
        guard partition.count > 1 else { throw Self.invalidInput(failure, name: name, stored: summary) }
        // A split can fail where a whole read would not (a record start inside a comment or CDATA):
        // read the file again in one piece. Records stored by the first pass come back unchanged.
        let (whole, error) = try importParts(PubMedPartition(url, parts: 1), source: source, progress: progress)
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

    /// Reads every part of `partition` on its own thread and writes their batches in order, until
    /// the end or the first error (returned, with what was stored before it).
    private func importParts(
        _ partition: PubMedPartition, source: RecordSource, progress: Bool
    ) throws -> (ImportSummary, PubMedError?) {
        let meter = progress && ProgressMeter.wanted(totalBytes: partition.sizes.reduce(0, +))
            ? ProgressMeter(units: partition.sizes.map { ($0, partition.url.pathExtension.lowercased() == "gz") }) : nil
        defer { meter?.close() }
        let queues = (0..<partition.count).map { _ in BatchQueue<PartOutput>(capacity: 2) }
        let group = DispatchGroup()
        for part in 0..<partition.count {
            DispatchQueue.global().async(group: group) {
                Self.read(partition, part: part, source: source, into: queues[part], meter: meter)
            }
        }
        // However this ends, the readers are stopped and waited for before returning.
        defer {
            for queue in queues { queue.cancel() }
            group.wait()
        }
        var summary = ImportSummary()
        for queue in queues {
            while let output = queue.pop() {
                switch output {
                case .batch(let rows, let skipped, let deletions):
                    summary = summary + (try store(rows))
                    summary.skipped += skipped
                    summary.deletions += deletions
                case .failed(let error):
                    return (summary, error)
                }
            }
        }
        return (summary, nil)
    }

    /// Reads one part, handing whole records to `queue` in batches.
    private static func read(
        _ partition: PubMedPartition, part: Int, source: RecordSource, into queue: BatchQueue<PartOutput>, meter: ProgressMeter?
    ) {
        defer {
            meter?.finish(part)
            queue.finish()
        }
        var rows: [EncodedRecord] = []
        var bytes = 0
        var skipped = 0
        var deletions = 0
        do {
            let reader = try PubMedReader(partition, part: part)
            while let entry = try reader.next() {
                switch entry {
                case .deleted(let pmids):
                    deletions += pmids.count
                case .article(let record), .book(let record):
                    if let row = try EncodedRecord(StoredRecord(record: record, source: source)) {
                        bytes += row.item.count + row.metadata.count
                        rows.append(row)
                    } else {
                        skipped += 1
                    }
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
            queue.push(.failed(failure))
        }
    }
}
