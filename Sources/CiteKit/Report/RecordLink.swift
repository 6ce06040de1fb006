/// The record a reference was matched to, and how sure the match is (0...1).
public struct RecordLink: Sendable, Codable, Equatable {
    /// `pmid:N`, `doi:...` or the record's item id.
    public var id: String
    /// How well the fields agree, 0...1 (1 for an identifier match).
    public var score: Double
    /// Creates a link.
    public init(id: String, score: Double) {
        self.id = id
        self.score = score
    }
}
