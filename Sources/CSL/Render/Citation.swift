/// A citation: cites rendered together, in a footnote (`noteIndex`) or in the text.
public struct Citation: Sendable, Hashable {
    public var items: [CitationItem]
    /// The footnote number of a note style's citation; `nil` for in-text citations.
    public var noteIndex: Int?

    public init(items: [CitationItem], noteIndex: Int? = nil) {
        self.items = items
        self.noteIndex = noteIndex
    }
}
