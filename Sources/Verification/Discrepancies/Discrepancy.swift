/// One field where a reference disagrees with its record.
///
/// JSON: `{"field": "volume", "cited": "2", "record": "11", "detail": "..."}`; `cited` or
/// `record` is `null` when that side has no value (an issue the reference leaves out).
public struct Discrepancy: Sendable, Hashable, Codable {
    /// The field compared.
    public enum Field: String, Sendable, Hashable, Codable, CaseIterable {
        case author, title, journal, year, volume, issue, pages, doi
    }

    /// Which field disagrees.
    public var field: Field
    /// The value as the reference gives it.
    public var cited: String?
    /// The value as the record gives it.
    public var record: String?
    /// What differs, in words a user can act on ("cited 3 of 5 authors without et al.").
    public var detail: String

    /// A disagreement in `field`: both sides' values and a readable explanation.
    public init(field: Field, cited: String?, record: String?, detail: String) {
        self.field = field
        self.cited = cited
        self.record = record
        self.detail = detail
    }

    private enum CodingKeys: String, CodingKey { case field, cited, record, detail }

    /// `cited` and `record` are always written (null when absent) so the report shape is stable.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(field, forKey: .field)
        try c.encode(cited, forKey: .cited)
        try c.encode(record, forKey: .record)
        try c.encode(detail, forKey: .detail)
    }
}
