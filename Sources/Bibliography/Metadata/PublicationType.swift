/// A PubMed publication type ("Randomized Controlled Trial", "Review", ...).
public struct PublicationType: Sendable, Hashable, Codable {
    /// The type's name as NLM writes it.
    public var name: String
    /// The MeSH unique identifier of the type (`D016449`).
    public var ui: String?
    /// A publication type from its name and MeSH identifier.
    public init(name: String, ui: String? = nil) {
        self.name = name
        self.ui = ui
    }
}
