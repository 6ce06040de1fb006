/// One cite inside a citation: the item, an optional locator, affixes and author display.
public struct CitationItem: Sendable, Hashable {
    /// The cited item's `id`.
    public var id: String
    /// A pinpoint ("23-25").
    public var locator: String?
    /// The locator's label term ("page", "chapter", ...); `page` when absent.
    public var label: String?
    /// Text before the cite.
    public var prefix: String?
    /// Text after the cite.
    public var suffix: String?
    /// Leaves out the author names (the first `<names>` output).
    public var suppressAuthor: Bool
    /// Shows only the author names.
    public var authorOnly: Bool
    /// A position given by the caller instead of the computed one, in citeproc-js's codes:
    /// 0 first, 1 subsequent, 2 ibid, 3 ibid-with-locator.
    public var position: Int?

    /// A cite of item `id`; everything else is optional.
    public init(id: String, locator: String? = nil, label: String? = nil, prefix: String? = nil,
                suffix: String? = nil, suppressAuthor: Bool = false, authorOnly: Bool = false, position: Int? = nil) {
        self.id = id
        self.locator = locator
        self.label = label
        self.prefix = prefix
        self.suffix = suffix
        self.suppressAuthor = suppressAuthor
        self.authorOnly = authorOnly
        self.position = position
    }
}
