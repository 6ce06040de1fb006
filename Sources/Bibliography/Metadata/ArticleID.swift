/// An identifier of the article (`doi`, `pmc`, `pii`, `pubmed`, `mid`, ...).
public struct ArticleID: Sendable, Hashable, Codable {
    /// The identifier scheme (`doi`, `pmc`, `pii`, ...).
    public var type: String
    /// The identifier as written.
    public var value: String
    /// Whether it came from ELocationID (and whether NLM marks it valid).
    public var fromELocation: Bool
    /// An identifier from its scheme, value and origin.
    public init(type: String, value: String, fromELocation: Bool = false) {
        self.type = type
        self.value = value
        self.fromELocation = fromELocation
    }
}
