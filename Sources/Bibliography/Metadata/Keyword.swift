/// An author keyword or a keyword from another list owner.
public struct Keyword: Sendable, Hashable, Codable {
    /// The keyword as written.
    public var text: String
    /// Whether it is marked as a major topic.
    public var majorTopic: Bool
    /// Who assigned it (`NOTNLM` for authors, `NASA`, `PIP`, ...).
    public var owner: String?
    /// A keyword from its text, major-topic flag and owner.
    public init(text: String, majorTopic: Bool = false, owner: String? = nil) {
        self.text = text
        self.majorTopic = majorTopic
        self.owner = owner
    }
}
