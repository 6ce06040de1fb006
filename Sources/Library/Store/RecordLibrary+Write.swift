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
    /// stored one counts as unchanged and is not written.
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
            for row in rows { try store(row, in: db, summary: &summary) }
            return summary
        }
    }

    /// A stored row of the same work as a new one.
    private struct Existing {
        var number: Int64
        var id: String
        var identity: RecordIdentity
        var revised: String?
        var digest: Int64
    }

    /// Stores one row inside the caller's transaction, counting what became of it.
    func store(_ row: EncodedRecord, in db: Database, summary: inout ImportSummary) throws {
        let same = try Row.fetchAll(try Self.sameWorkStatement(for: row.identity, in: db), arguments: Self.sameWorkArguments(row.identity))
            .map { r in
                Existing(
                    number: r[0], id: r[1], identity: RecordIdentity(pmid: r[2], doi: r[3], pmcid: r[4]),
                    revised: r[5], digest: r[6])
            }
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
        }
        // Weaker-keyed rows of the same work are folded into this one.
        for other in same where other.id != row.id {
            try db.cachedStatement(sql: "DELETE FROM record WHERE number = ?").execute(arguments: [other.number])
        }
        if let primary {
            try db.cachedStatement(sql: """
                UPDATE record SET pmid = ?, doi = ?, pmcid = ?, item = ?, metadata = ?, raw = ?, sourceKind = ?,
                    origin = ?, fetchedAt = ?, revised = ?, digest = ?, year = ?, title = ?, abstract = ?,
                    keywords = ?, mesh = ?, authors = ?
                WHERE number = ?
                """).execute(arguments: Self.values(row) + [primary.number])
            summary.replaced += 1
        } else {
            try db.cachedStatement(sql: """
                INSERT INTO record (pmid, doi, pmcid, item, metadata, raw, sourceKind, origin, fetchedAt, revised,
                    digest, year, title, abstract, keywords, mesh, authors, id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: Self.values(row) + [row.id])
            if same.isEmpty { summary.added += 1 } else { summary.replaced += 1 }
        }
    }

    /// The rows that may be the same work as a record with `identity`: the same strongest
    /// identifier, and rows keyed by a weaker identifier that the record shares. (Rows that share
    /// only a weaker identifier with a stronger one of their own, such as other PubMed records with
    /// the same DOI, are other works and are not read.)
    private static func sameWorkStatement(for identity: RecordIdentity, in db: Database) throws -> Statement {
        let columns = "SELECT number, id, pmid, doi, pmcid, revised, digest FROM record"
        if identity.pmid != nil {
            return try db.cachedStatement(sql: "\(columns) WHERE pmid = ? OR (doi = ? AND pmid IS NULL) OR (pmcid = ? AND pmid IS NULL)")
        }
        if identity.doi != nil {
            return try db.cachedStatement(sql: "\(columns) WHERE doi = ? OR (pmcid = ? AND pmid IS NULL AND doi IS NULL)")
        }
        return try db.cachedStatement(sql: "\(columns) WHERE pmcid = ?")
    }

    private static func sameWorkArguments(_ identity: RecordIdentity) -> StatementArguments {
        if let pmid = identity.pmid { return [pmid, identity.doi, identity.pmcid] }
        if let doi = identity.doi { return [doi, identity.pmcid] }
        return [identity.pmcid]
    }

    /// The column values of a row, in the order of the UPDATE and INSERT statements.
    private static func values(_ row: EncodedRecord) -> StatementArguments {
        [
            row.identity.pmid, row.identity.doi, row.identity.pmcid, row.item, row.metadata, row.raw,
            row.source.kind, row.source.origin, row.source.fetchedAt.timeIntervalSince1970, row.revised,
            row.digest, row.year, row.title, row.abstract, row.keywords, row.mesh, row.authors,
        ]
    }
}
