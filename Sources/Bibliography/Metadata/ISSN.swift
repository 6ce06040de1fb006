/// An ISSN with its medium.
public struct ISSN: Sendable, Hashable, Codable {
    /// The ISSN as written (`0736-0266`).
    public var value: String
    /// The medium (`Print`, `Electronic`).
    public var type: String?
    /// An ISSN from its value and medium.
    public init(value: String, type: String? = nil) {
        self.value = value
        self.type = type
    }
}
