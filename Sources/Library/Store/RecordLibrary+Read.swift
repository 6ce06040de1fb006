import Bibliography
import Foundation
import GRDB

extension RecordLibrary {
    /// The columns a ``StoredRecord`` is decoded from.
    static let recordColumns = "record.id, record.item, record.metadata, record.raw, record.sourceKind, record.origin, record.fetchedAt, record.revised, record.sources"

    /// The record with this identifier: `pmid:123`, `doi:10.x/y` (case-insensitive, URL forms too),
    /// `pmcid:PMC123`, the bare forms, or a `work:` key. A DOI or PMCID finds a record keyed by its PMID too.
    /// - Throws: ``LibraryError/invalidIdentifier(_:)`` when `id` is none of these.
    public func record(id: String) throws -> StoredRecord? {
        guard let key = RecordKey(id) else { throw LibraryError.invalidIdentifier(id) }
        switch key {
        case .pmid(let pmid): return try records(pmids: [pmid])[pmid]
        case .doi(let doi): return try first(column: "doi", value: doi)
        case .pmcid(let pmcid): return try first(column: "pmcid", value: pmcid)
        case .key(let key): return try first(column: "id", value: key)
        }
    }

    /// The records with these PMIDs, keyed by the PMID in digits (`"123"` for `"pmid:0123"`); PMIDs
    /// the library does not hold are absent. Of two records with one PMID (their DOIs differ), the
    /// one keyed by the PMID.
    public func records(pmids: [String]) throws -> [String: StoredRecord] {
        try read { db in try records(pmids: pmids, in: db) }
    }

    /// ``records(pmids:)`` inside a read.
    func records(pmids: [String], in db: Database) throws -> [String: StoredRecord] {
        let wanted = Array(Set(pmids.compactMap(Identifiers.normalizedPMID))).sorted()
        var found: [String: StoredRecord] = [:]
        // SQLite limits the number of bound values; ask in slices.
        for start in stride(from: 0, to: wanted.count, by: 500) {
            let slice = Array(wanted[start..<min(start + 500, wanted.count)])
            let marks = Array(repeating: "?", count: slice.count).joined(separator: ", ")
            let rows = try Row.fetchAll(db, sql: "SELECT record.pmid, \(Self.recordColumns) FROM record WHERE pmid IN (\(marks)) ORDER BY record.id <> 'pmid:' || record.pmid, record.id", arguments: StatementArguments(slice))
            for row in rows {
                let pmid: String = row["pmid"]
                if found[pmid] == nil { found[pmid] = try decode(row) }
            }
        }
        return found
    }

    /// The record with this DOI (any case, with or without `doi:` or a resolver URL).
    public func record(doi: String) throws -> StoredRecord? {
        guard let doi = Identifiers.normalizedDOI(doi) else { throw LibraryError.invalidIdentifier(doi) }
        return try first(column: "doi", value: doi)
    }

    /// The record with this PMCID (`PMC123`, `123`, `pmcid:PMC123`).
    public func record(pmcid: String) throws -> StoredRecord? {
        guard let pmcid = Identifiers.normalizedPMCID(pmcid) else { throw LibraryError.invalidIdentifier(pmcid) }
        return try first(column: "pmcid", value: pmcid)
    }

    /// The first record, by key, whose identifier column holds `value`.
    private func first(column: String, value: String) throws -> StoredRecord? {
        try read { db in try first(column: column, value: value, in: db) }
    }

    /// ``first(column:value:)`` inside a read.
    func first(column: String, value: String, in db: Database) throws -> StoredRecord? {
        try Row.fetchOne(db, sql: "SELECT \(Self.recordColumns) FROM record WHERE \(column) = ? ORDER BY id LIMIT 1", arguments: [value])
            .map(decode)
    }

    /// Calls `body` with every record in key order (`doi:...`, then `pmcid:...`, then `pmid:...`),
    /// from one snapshot of the library, one record in memory at a time.
    public func exportRecords(_ body: (StoredRecord) throws -> Void) throws {
        try read { db in
            let cursor = try Row.fetchCursor(db, sql: "SELECT \(Self.recordColumns) FROM record ORDER BY id")
            while let row = try cursor.next() { try body(try decode(row)) }
        }
    }

    /// A stored record from a row holding ``recordColumns``.
    func decode(_ row: Row) throws -> StoredRecord {
        let id: String = row["id"]
        do {
            let decoder = JSONDecoder()
            let item = try decoder.decode(Item.self, from: row["item"] as Data)
            let metadata = try decoder.decode(RecordMetadata.self, from: row["metadata"] as Data)
            let source = RecordSource(
                kind: row["sourceKind"], origin: row["origin"],
                fetchedAt: Date(timeIntervalSince1970: row["fetchedAt"]))
            var stored = StoredRecord(record: Record(item: item, metadata: metadata), source: source, raw: row["raw"])
            stored.revised = row["revised"]
            stored.mergedFrom = try (row["sources"] as Data?).map { try decoder.decode([MergedSource].self, from: $0) }
            return stored
        } catch {
            throw LibraryError.corruptRecord(path: path, id: id, reason: Self.words(error))
        }
    }
}
