import Bibliography

/// The compact form of a match written into reports.
public struct MatchSummary: Sendable, Hashable, Codable {
    /// The record's report id (`pmid:...`, `doi:...`).
    public var id: String
    /// The match score, rounded to two decimals.
    public var score: Double
    /// How the record was found.
    public var method: MatchMethod
    /// A summary from its parts.
    public init(id: String, score: Double, method: MatchMethod) {
        self.id = id
        self.score = score
        self.method = method
    }
}
