/// A MeSH descriptor or qualifier with its unique identifier and major-topic flag.
public struct MeshTerm: Sendable, Hashable, Codable {
    /// The term's name ("Ligaments, Articular", "drug effects").
    public var name: String
    /// The MeSH unique identifier (`D008022`, `Q000187`).
    public var ui: String?
    /// Whether the indexer marked the term as a major topic of the article.
    public var majorTopic: Bool
    /// A term from its name, identifier and major-topic flag.
    public init(name: String, ui: String? = nil, majorTopic: Bool = false) {
        self.name = name
        self.ui = ui
        self.majorTopic = majorTopic
    }
}
