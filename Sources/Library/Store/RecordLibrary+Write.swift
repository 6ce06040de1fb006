import Foundation
import GRDB

extension RecordLibrary {
    /// Adds records in one transaction: all are stored or none.
    ///
    /// Records are keyed by PMID, else DOI (lowercased), else PMCID. A record replaces the stored
    /// version of the same work unless that one has a later revision (``StoredRecord/revised``), has
    /// a revision date where the new one has none, or is known by a stronger identifier (a PubMed
    /// record is not replaced by a DOI-only one); a record known by a stronger identifier than the
    /// stored one (a PMID where the library had only the DOI) replaces it. A record equal to the
    /// stored one counts as unchanged and is not written. Of two versions with the same revision,
    /// the later added wins, except within one import (same origin and fetch time) where the
    /// choice is by content digest, so that it never depends on the order parallel parts arrive in.
    /// - Returns: how many records were added, replaced, unchanged, kept or skipped (no identifier).
    @discardableResult
    public func add(_ records: [StoredRecord]) throws -> ImportSummary {
        var skipped = ImportSummary()
        var rows: [EncodedRecord] = []
        rows.reserveCapacity(records.count)
        for record in records {
            if let row = try encode(record) { rows.append(row) } else { skipped.skipped += 1 }
        }
        return try store(rows) + skipped
    }

    /// The row of a record, or `nil` when it has no identifier.
    func encode(_ record: StoredRecord) throws -> EncodedRecord? {
        do {
            return try EncodedRecord(record)
        } catch {
            throw LibraryError.database(path: path, reason: "cannot encode record \(record.id ?? "without identifier"): \(Self.words(error))")
        }
    }

    /// Stores rows in one transaction.
    func store(_ rows: [EncodedRecord]) throws -> ImportSummary {
        guard !rows.isEmpty else { return ImportSummary() }
        return try write { db in
            var summary = ImportSummary()
            let writer = try RowWriter(db, path: path)
            for row in rows { try store(row, with: writer, summary: &summary) }
            return summary
        }
    }

    /// Stores one row inside the caller's transaction, counting what became of it.
    func store(_ row: EncodedRecord, with writer: RowWriter, summary: inout ImportSummary) throws {
        let same = try writer.candidates(for: row.identity)
            .filter { $0.identity.isSameWork(as: row.identity) }
            .sorted { $0.id < $1.id }
        if same.contains(where: { $0.identity.strength > row.identity.strength }) {
            summary.kept += 1
            return
        }
        let primary = same.first { $0.id == row.id }
        if let primary {
            if let old = primary.revised {
                guard let new = row.revised, new >= old else {
                    summary.kept += 1
                    return
                }
            }
            if primary.digest == row.digest, same.count == 1 {
                summary.unchanged += 1
                return
            }
            // Two versions of one revision from one read of one file (a file holding a record
            // twice, its parts stored as they come): which is later in the file is not known here,
            // so the one kept must not depend on the order they arrive in.
            if primary.revised == row.revised, primary.origin == row.source.origin,
                primary.fetchedAt == row.source.fetchedAt.timeIntervalSince1970,
                UInt64(bitPattern: primary.digest) > UInt64(bitPattern: row.digest)
            {
                summary.kept += 1
                return
            }
        }
        // Weaker-keyed rows of the same work are folded into this one.
        for other in same where other.id != row.id { try writer.delete(number: other.number) }
        if let primary {
            try writer.update(row, number: primary.number)
            summary.replaced += 1
        } else {
            try writer.insert(row)
            if same.isEmpty { summary.added += 1 } else { summary.replaced += 1 }
        }
    }
}
