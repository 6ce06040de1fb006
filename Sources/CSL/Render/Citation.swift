/// A citation: cites rendered together, in a footnote (`noteIndex`) or in the text.
public struct Citation: Sendable, Hashable {
    /// The cites rendered together in this citation.
    public var items: [CitationItem]
    /// The footnote number of a note style's citation; `nil` for in-text citations.
    public var noteIndex: Int?

    /// A citation of `items`, in the text or (with `noteIndex`) in a footnote.
    public init(items: [CitationItem], noteIndex: Int? = nil) {
        self.items = items
        self.noteIndex = noteIndex
    }
}
