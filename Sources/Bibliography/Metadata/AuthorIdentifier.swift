/// An author identifier with its source (`ORCID`).
public struct AuthorIdentifier: Sendable, Hashable, Codable {
    /// The scheme (`ORCID`).
    public var source: String
    /// The identifier as written.
    public var value: String
    /// An identifier from its scheme and value.
    public init(source: String, value: String) {
        self.source = source
        self.value = value
    }
}
