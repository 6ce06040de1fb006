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
    private static let batchRecords = 500
    private static let batchBytes = 4 << 20
    /// The most records stored in one transaction.
    private static let transactionRecords = 5000
    /// The size of the parts a large plain file is read in.
    private static let partBytes: Int64 = 16 << 20

    /// Imports PubMed XML. A large plain file is cut into parts of about ``partBytes`` at record
    /// boundaries; one reader thread a core parses and encodes the parts in order, each into its
    /// own queue, at most a few parts ahead of the writer (so memory stays bounded whatever the
    /// file size), and this thread stores the parts' batches in file order, so the outcome is that
    /// of a sequential read (a later record of the file replaces an earlier one of the same revision).
    func importPubMed(_ url: URL, name: String, progress: Bool) throws -> ImportSummary {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.int64Value ?? 0
        let partition = PubMedPartition(url, parts: max(cores, Int(size / Self.partBytes)))
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
        let cores = ProcessInfo.processInfo.activeProcessorCount
        // A part's queue is not bounded: the scheduler bounds how many parts are in memory.
        let queues = (0..<partition.count).map { _ in BatchQueue<PartOutput>(capacity: .max) }
        let scheduler = PartScheduler(count: partition.count, window: cores + 1)
        let group = DispatchGroup()
        for _ in 0..<min(cores, partition.count) {
            DispatchQueue.global().async(group: group) {
                while let part = scheduler.claim() {
                    Self.read(partition, part: part, source: source, into: queues[part], meter: meter)
                }
            }
        }
        // However this ends, the readers are stopped and waited for before returning.
        defer {
            scheduler.cancel()
            for queue in queues { queue.cancel() }
            group.wait()
        }
        // Batches are stored in file order, several to a transaction: the full-text index is
        // cheaper to build in large transactions, and each record is still stored whole or not at all.
        var outputs = queues.enumerated().makeIterator()
        var current = outputs.next()
        if let current { scheduler.writerReached(current.offset) }
        func nextOutput() -> PartOutput? {
            while let (_, queue) = current {
                if let output = queue.pop() { return output }
                current = outputs.next()
                if let current { scheduler.writerReached(current.offset) }
            }
            return nil
        }
        var summary = ImportSummary()
        var failure: PubMedError?
        var finished = false
        while !finished, failure == nil {
            summary = summary + (try write { db in
                var stored = ImportSummary()
                var count = 0
                while count < Self.transactionRecords {
                    guard let output = nextOutput() else {
                        finished = true
                        break
                    }
                    switch output {
                    case .batch(let rows, let skipped, let deletions):
                        for row in rows { try store(row, in: db, summary: &stored) }
                        count += rows.count
                        stored.skipped += skipped
                        stored.deletions += deletions
                    case .failed(let error):
                        failure = error
                        return stored
                    }
                }
                return stored
            })
        }
        return (summary, failure)
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

