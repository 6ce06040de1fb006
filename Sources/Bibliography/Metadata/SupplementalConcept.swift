/// A MeSH supplementary concept indexed for the record (a chemical, protocol, disease or organism
/// too specific for a descriptor).
public struct SupplementalConcept: Sendable, Hashable, Codable {
    /// The concept name ("Stroke, Lacunar").
    public var name: String
    /// Its class (`Chemical`, `Protocol`, `Disease`, `Organism`).
    public var type: String?
    /// Its MeSH unique identifier (`C000657245`).
    public var ui: String?
    /// A concept from its name, class and identifier.
    public init(name: String, type: String? = nil, ui: String? = nil) {
        self.name = name
        self.type = type
        self.ui = ui
    }
}
