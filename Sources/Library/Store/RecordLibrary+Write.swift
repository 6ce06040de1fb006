import Bibliography
import Foundation

extension RecordLibrary {
    /// Adds records in one transaction: all are stored or none.
    ///
    /// Records are keyed by PMID, else DOI (lowercased), else PMCID, else a hash of their folded
    /// title, first author, year and journal (`work:...`). A record meets the stored records of the
    /// same work: those sharing a PMID, DOI or PMCID without a conflicting one (two different DOIs,
    /// PMIDs or PMCIDs are never one work), else, when `merging`, the best-scoring stored record of
    /// the same folded title start (``DuplicateScorer``).
    ///
    /// A stored record from the same source (same kind, and same file or a revision date on
    /// either side) is another version of the record: the new one replaces it unless that one has a
    /// later revision (``StoredRecord/revised``), has a revision date where the new one has none, or
    /// is known by a stronger identifier (a PubMed record is not replaced by a DOI-only one). A
    /// record equal to the stored one counts as unchanged and is not written. Of two versions with
    /// the same revision, the later added wins, except within one import (same origin and fetch
    /// time) where the choice is by content digest, so that it never depends on the order parallel
    /// parts arrive in. A stored record of the same work from another source is merged with the new
    /// one (``RecordMerger``: every identifier, the richest fields, the list of sources).
    /// - Parameter merging: `false` stores every record that is not a version of a stored one as its
    ///   own row (under another key when its own is taken), for `dedupe` to find later.
    /// - Returns: how many records were added, replaced, merged, unchanged or kept.
    @discardableResult
    public func add(_ records: [StoredRecord], merging: Bool = true) throws -> ImportSummary {
        let rows = try records.map(encode)
        return try store(rows, merging: merging)
    }

    /// The row of a record.
    func encode(_ record: StoredRecord) throws -> EncodedRecord {
        do {
            return try EncodedRecord(record)
        } catch {
            throw LibraryError.database(path: path, reason: "cannot encode record \(record.id ?? "without identifier"): \(Self.words(error))")
        }
    }

    /// Stores rows in one transaction.
    func store(_ rows: [EncodedRecord], merging: Bool) throws -> ImportSummary {
        guard !rows.isEmpty else { return ImportSummary() }
        return try write { db in
            var summary = ImportSummary()
            let writer = try RowWriter(db, path: path)
            for row in rows { try store(row, with: writer, merging: merging, summary: &summary) }
            return summary
        }
    }

    /// Whether `stored` is another version of the record `row` (the same source record read again):
    /// one source, the same kind, and the same file or a revision date on either side.
    private func isVersion(_ stored: RowWriter.Stored, of row: EncodedRecord) -> Bool {
        !stored.isMerged && stored.kind == row.source.kind
            && (stored.origin == row.source.origin || stored.revised != nil || row.revised != nil)
    }

    /// Stores one row inside the caller's transaction, counting what became of it.
    func store(_ row: EncodedRecord, with writer: RowWriter, merging: Bool, summary: inout ImportSummary) throws {
        let sharing = try writer.candidates(for: row.identity, id: row.id)
        // The same work by identifier; and a row of the same key from the same source, which is
        // an older version even when an identifier changed. (Records without identifiers that
        // share a work key are left to the scorer: a key leaves out what an export may lack.)
        let same = sharing.filter {
            $0.identity.isSameWork(as: row.identity) || ($0.id == row.id && isVersion($0, of: row))
        }
        .sorted { $0.id < $1.id }
        if !same.isEmpty, same.allSatisfy({ isVersion($0, of: row) }) {
            return try storeVersion(row, same: same, with: writer, summary: &summary)
        }
        guard merging else {
            try writer.insert(with(row, key: try writer.freeKey(row.keys, for: nil)))
            summary.added += 1
            return
        }
        if !same.isEmpty {
            return try merge(row, into: same, with: writer, summary: &summary)
        }
        if let match = try bestTitleMatch(for: row, with: writer) {
            return try merge(row, into: [match], with: writer, summary: &summary)
        }
        try writer.insert(with(row, key: try writer.freeKey(row.keys, for: nil)))
        summary.added += 1
    }

    /// A new version of a stored record: replaces it, or is kept out when older (see ``add(_:merging:)``).
    private func storeVersion(_ row: EncodedRecord, same: [RowWriter.Stored], with writer: RowWriter, summary: inout ImportSummary) throws {
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
            try writer.insert(with(row, key: try writer.freeKey(row.keys, for: nil)))
            if same.isEmpty { summary.added += 1 } else { summary.replaced += 1 }
        }
    }

    /// Merges `row` with stored rows of the same work into the first of them (the others are
    /// deleted); unchanged when the row is the stored record or the merge gives it back.
    private func merge(_ row: EncodedRecord, into targets: [RowWriter.Stored], with writer: RowWriter, summary: inout ImportSummary) throws {
        // The very record the library holds (an export imported back): nothing to merge.
        if targets.count == 1, targets[0].digest == row.digest {
            summary.unchanged += 1
            return
        }
        var members = try targets.compactMap { try writer.load(number: $0.number) }
        let record = try decoded(row)
        members.append(RecordMerger.Member(stored: StoredRecord(record: record, source: row.source, raw: row.raw, revised: row.revised), key: row.id))
        guard let (merged, sources) = RecordMerger.merge(members) else { return }
        let encoded = try EncodedRecord(merged, sources: sources)
        let primary = targets.first { $0.id == encoded.id } ?? targets[0]
        if targets.count == 1, primary.digest == encoded.digest, members[0].stored.mergedFrom == sources {
            summary.unchanged += 1
            return
        }
        for other in targets where other.number != primary.number { try writer.delete(number: other.number) }
        try writer.update(with(encoded, key: try writer.freeKey(encoded.keys, for: primary.number)), number: primary.number)
        summary.merged += 1
    }

    /// The stored record without a conflicting identifier whose folded title starts as the row's
    /// does and that scores highest as the same work (of equal scores, the one compared on more
    /// fields), if any reaches ``DuplicateScorer/threshold``.
    private func bestTitleMatch(for row: EncodedRecord, with writer: RowWriter) throws -> RowWriter.Stored? {
        guard let titleKey = row.titleKey else { return nil }
        let candidates = try writer.titleCandidates(titleKey: titleKey, identity: row.identity, limit: 50)
            .filter { !$0.identity.conflicts(with: row.identity) }
        guard !candidates.isEmpty else { return nil }
        let features = WorkFeatures(try decoded(row), identity: row.identity)
        var best: (stored: RowWriter.Stored, rank: [Double])?
        for candidate in candidates.sorted(by: { $0.id < $1.id }) {
            guard let member = try writer.load(number: candidate.number) else { continue }
            let other = WorkFeatures(member.stored.record, identity: candidate.identity)
            let score = DuplicateScorer.score(features, other)
            let rank = [score, DuplicateScorer.evidence(features, other)]
            if score >= DuplicateScorer.threshold, best.map({ $0.rank.lexicographicallyPrecedes(rank) }) ?? true { best = (candidate, rank) }
        }
        return best?.stored
    }

    private func decoded(_ row: EncodedRecord) throws -> Record {
        do {
            return try row.decodedRecord()
        } catch {
            throw LibraryError.database(path: path, reason: "cannot read back record \(row.id): \(Self.words(error))")
        }
    }

    private func with(_ row: EncodedRecord, key: String) -> EncodedRecord {
        var row = row
        row.id = key
        return row
    }
}
