import Bibliography
import Foundation
import GRDB
import GRDBSQLite

/// The statements that store rows, driven through SQLite's C API on the transaction's connection:
/// binding a row's columns directly costs a fraction of general-purpose statement arguments, and
/// every imported record goes through here. Lives inside one write transaction.
final class RowWriter {
    /// A stored row, as far as deciding what to do with a new one needs.
    struct Stored {
        var number: Int64
        var id: String
        var identity: RecordIdentity
        var revised: String?
        var digest: Int64
        var origin: String
        var fetchedAt: Double
        var kind: String
        /// Whether the row was merged from several records.
        var isMerged: Bool
    }

    private let connection: OpaquePointer
    private let path: String
    private var statements: [String: OpaquePointer] = [:]
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ db: Database, path: String) throws {
        guard let connection = db.sqliteConnection else { throw LibraryError.database(path: path, reason: "the connection is closed") }
        self.connection = connection
        self.path = path
    }

    deinit {
        for statement in statements.values { sqlite3_finalize(statement) }
    }

    /// The stored rows that may be the same work as a record with `identity` and key `id`: those
    /// sharing its PMID, DOI or PMCID, and the row with its key.
    func candidates(for identity: RecordIdentity, id: String) throws -> [Stored] {
        let statement = try prepare("""
            SELECT number, id, pmid, doi, pmcid, revised, digest, origin, fetchedAt, sourceKind, sources IS NOT NULL FROM record
            WHERE pmid = ?1 OR doi = ?2 OR pmcid = ?3 OR id = ?4
            """)
        try bind(statement, 1, identity.pmid)
        try bind(statement, 2, identity.doi)
        try bind(statement, 3, identity.pmcid)
        try bind(statement, 4, id)
        return try storedRows(statement)
    }

    /// Rows whose folded title starts as `titleKey` does and that could be the same work as a
    /// record with `identity` (a row with another PMID cannot), at most `limit`.
    func titleCandidates(titleKey: String, identity: RecordIdentity, limit: Int) throws -> [Stored] {
        let columns = "SELECT number, id, pmid, doi, pmcid, revised, digest, origin, fetchedAt, sourceKind, sources IS NOT NULL FROM record"
        let statement = try prepare(identity.pmid != nil
            ? "\(columns) WHERE titleKey = ?1 AND pmid IS NULL LIMIT ?2" : "\(columns) WHERE titleKey = ?1 LIMIT ?2")
        try bind(statement, 1, titleKey)
        try check(sqlite3_bind_int64(statement, 2, Int64(limit)))
        return try storedRows(statement)
    }

    private func storedRows(_ statement: OpaquePointer) throws -> [Stored] {
        var rows: [Stored] = []
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw failure(code) }
            rows.append(Stored(
                number: sqlite3_column_int64(statement, 0),
                id: text(statement, 1) ?? "",
                identity: RecordIdentity(pmid: text(statement, 2), doi: text(statement, 3), pmcid: text(statement, 4)),
                revised: text(statement, 5),
                digest: sqlite3_column_int64(statement, 6),
                origin: text(statement, 7) ?? "",
                fetchedAt: sqlite3_column_double(statement, 8),
                kind: text(statement, 9) ?? "",
                isMerged: sqlite3_column_int(statement, 10) != 0))
        }
        return rows
    }

    /// A stored row whole, with its key and its list of merged sources.
    func load(number: Int64) throws -> RecordMerger.Member? {
        let statement = try prepare("SELECT id, item, metadata, sourceKind, origin, fetchedAt, revised, sources, raw FROM record WHERE number = ?1")
        try check(sqlite3_bind_int64(statement, 1, number))
        defer { sqlite3_reset(statement) }
        let code = sqlite3_step(statement)
        if code == SQLITE_DONE { return nil }
        guard code == SQLITE_ROW else { throw failure(code) }
        let key = text(statement, 0) ?? ""
        do {
            let decoder = JSONDecoder()
            let item = try decoder.decode(Item.self, from: blob(statement, 1) ?? Data())
            let metadata = try decoder.decode(RecordMetadata.self, from: blob(statement, 2) ?? Data())
            let source = RecordSource(kind: text(statement, 3) ?? "", origin: text(statement, 4) ?? "",
                                      fetchedAt: Date(timeIntervalSince1970: sqlite3_column_double(statement, 5)))
            var stored = StoredRecord(record: Record(item: item, metadata: metadata), source: source, raw: blob(statement, 8))
            stored.revised = text(statement, 6)
            stored.mergedFrom = try blob(statement, 7).map { try decoder.decode([MergedSource].self, from: $0) }
            return RecordMerger.Member(stored: stored, key: key)
        } catch {
            throw LibraryError.corruptRecord(path: path, id: key, reason: RecordLibrary.words(error))
        }
    }

    /// The number of the row with this key, if any.
    func owner(of id: String) throws -> Int64? {
        let statement = try prepare("SELECT number FROM record WHERE id = ?1")
        try bind(statement, 1, id)
        defer { sqlite3_reset(statement) }
        let code = sqlite3_step(statement)
        guard code == SQLITE_ROW || code == SQLITE_DONE else { throw failure(code) }
        return code == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : nil
    }

    /// The first of `keys` no row but `number` holds; when all are held (records that conflict
    /// with the works holding them), the first with a `~2`, `~3`... suffix that is free.
    func freeKey(_ keys: [String], for number: Int64?) throws -> String {
        for key in keys {
            let holder = try owner(of: key)
            if holder == nil || holder == number { return key }
        }
        let first = keys.first ?? "work:"
        var n = 2
        while true {
            let key = "\(first)~\(n)"
            let holder = try owner(of: key)
            if holder == nil || holder == number { return key }
            n += 1
        }
    }

    /// The columns every write sets, in the order of the INSERT and UPDATE statements below.
    private static let columns = [
        "pmid", "doi", "pmcid", "revised", "digest", "year", "sourceKind", "origin", "fetchedAt",
        "item", "metadata", "raw", "title", "abstract", "keywords", "mesh", "authors", "sources", "titleKey", "id",
    ]

    func insert(_ row: EncodedRecord) throws {
        let names = Self.columns.joined(separator: ", ")
        let marks = (1...Self.columns.count).map { "?\($0)" }.joined(separator: ", ")
        let statement = try prepare("INSERT INTO record (\(names)) VALUES (\(marks))")
        try bindColumns(statement, row, from: 1)
        try run(statement)
    }

    func update(_ row: EncodedRecord, number: Int64) throws {
        let sets = Self.columns.enumerated().map { "\($1) = ?\($0 + 1)" }.joined(separator: ", ")
        let statement = try prepare("UPDATE record SET \(sets) WHERE number = ?\(Self.columns.count + 1)")
        try bindColumns(statement, row, from: 1)
        try check(sqlite3_bind_int64(statement, Int32(Self.columns.count + 1), number))
        try run(statement)
    }

    func delete(number: Int64) throws {
        let statement = try prepare("DELETE FROM record WHERE number = ?1")
        try check(sqlite3_bind_int64(statement, 1, number))
        try run(statement)
    }

    private func bindColumns(_ statement: OpaquePointer, _ row: EncodedRecord, from first: Int32) throws {
        try bind(statement, first, row.identity.pmid)
        try bind(statement, first + 1, row.identity.doi)
        try bind(statement, first + 2, row.identity.pmcid)
        try bind(statement, first + 3, row.revised)
        try check(sqlite3_bind_int64(statement, first + 4, row.digest))
        if let year = row.year {
            try check(sqlite3_bind_int64(statement, first + 5, Int64(year)))
        } else {
            try check(sqlite3_bind_null(statement, first + 5))
        }
        try bind(statement, first + 6, row.source.kind)
        try bind(statement, first + 7, row.source.origin)
        try check(sqlite3_bind_double(statement, first + 8, row.source.fetchedAt.timeIntervalSince1970))
        try bind(statement, first + 9, row.item)
        try bind(statement, first + 10, row.metadata)
        try bind(statement, first + 11, row.raw)
        try bind(statement, first + 12, row.title)
        try bind(statement, first + 13, row.abstract)
        try bind(statement, first + 14, row.keywords)
        try bind(statement, first + 15, row.mesh)
        try bind(statement, first + 16, row.authors)
        try bind(statement, first + 17, row.sources)
        try bind(statement, first + 18, row.titleKey)
        try bind(statement, first + 19, row.id)
    }

    // MARK: - C API

    private func prepare(_ sql: String) throws -> OpaquePointer {
        if let statement = statements[sql] {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
            return statement
        }
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v2(connection, sql, -1, &statement, nil)
        guard code == SQLITE_OK, let statement else { throw failure(code) }
        statements[sql] = statement
        return statement
    }

    private func run(_ statement: OpaquePointer) throws {
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE else { throw failure(code) }
    }

    private func bind(_ statement: OpaquePointer, _ index: Int32, _ text: String?) throws {
        guard let text else { return try check(sqlite3_bind_null(statement, index)) }
        try check(sqlite3_bind_text(statement, index, text, Int32(text.utf8.count), Self.transient))
    }

    private func bind(_ statement: OpaquePointer, _ index: Int32, _ data: Data?) throws {
        guard let data else { return try check(sqlite3_bind_null(statement, index)) }
        let code = data.withUnsafeBytes { bytes -> Int32 in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return sqlite3_bind_zeroblob(statement, index, 0) }
            return sqlite3_bind_blob(statement, index, base, Int32(bytes.count), Self.transient)
        }
        try check(code)
    }

    private func blob(_ statement: OpaquePointer, _ column: Int32) -> Data? {
        guard sqlite3_column_type(statement, column) != SQLITE_NULL else { return nil }
        let count = Int(sqlite3_column_bytes(statement, column))
        guard count > 0, let pointer = sqlite3_column_blob(statement, column) else { return Data() }
        return Data(bytes: pointer, count: count)
    }

    private func text(_ statement: OpaquePointer, _ column: Int32) -> String? {
        guard sqlite3_column_type(statement, column) != SQLITE_NULL, let pointer = sqlite3_column_text(statement, column) else { return nil }
        return String(cString: pointer)
    }

    private func check(_ code: Int32) throws {
        guard code == SQLITE_OK else { throw failure(code) }
    }

    private func failure(_ code: Int32) -> LibraryError {
        .database(path: path, reason: "\(String(cString: sqlite3_errmsg(connection))) (SQLite code \(code))")
    }
}
