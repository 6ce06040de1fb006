/// An entry of the record's own reference list.
public struct CitedReference: Sendable, Hashable, Codable {
    /// The reference as printed.
    public var citation: String
    /// Identifiers NLM linked to the reference.
    public var articleIDs: [ArticleID]
    /// A reference from its citation text and identifiers.
    public init(citation: String, articleIDs: [ArticleID] = []) {
        self.citation = citation
        self.articleIDs = articleIDs
    }
}
