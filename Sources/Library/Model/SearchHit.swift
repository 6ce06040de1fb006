/// One result of a full-text search of the library.
public struct SearchHit: Sendable, Hashable {
    /// The record's key (`pmid:N`, `doi:...`, `pmcid:...`).
    public var id: String
    /// The FTS5 bm25 rank: lower is better (a negative number).
    public var rank: Double
    /// The record found.
    public var record: StoredRecord

    public init(id: String, rank: Double, record: StoredRecord) {
        self.id = id
        self.rank = rank
        self.record = record
    }
}
