/// One section of a structured abstract.
public struct AbstractSection: Sendable, Hashable, Codable {
    /// The section heading as printed (`Methods`), when there is one.
    public var label: String?
    /// NLM's category for the label (`BACKGROUND`, `METHODS`, `RESULTS`, `CONCLUSIONS`, `OBJECTIVE`, `UNASSIGNED`).
    public var nlmCategory: String?
    /// The text, with inline markup as CSL rich text.
    public var text: String
    /// A section from its label, NLM category and text.
    public init(label: String? = nil, nlmCategory: String? = nil, text: String) {
        self.label = label
        self.nlmCategory = nlmCategory
        self.text = text
    }
}
