import Bibliography

/// The compact form of a match written into reports.
public struct MatchSummary: Sendable, Hashable, Codable {
    public var id: String
    public var score: Double
    public var method: MatchMethod
    public init(id: String, score: Double, method: MatchMethod) {
        self.id = id
        self.score = score
        self.method = method
    }
}
