import Foundation

/// Where and when a record came from.
public struct RecordSource: Sendable, Hashable, Codable {
    /// The kind of source: `pubmed-xml`, `csl-json`, `crossref`, ...
    public var kind: String
    /// The file path or request URL the record was read from.
    public var origin: String
    /// When the record was read or fetched.
    public var fetchedAt: Date

    /// A source from its kind, origin and time (now by default).
    public init(kind: String, origin: String, fetchedAt: Date = Date()) {
        self.kind = kind
        self.origin = origin
        self.fetchedAt = fetchedAt
    }
}
