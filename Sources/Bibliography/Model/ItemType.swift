/// A CSL item type ("article-journal", "book", "chapter", ...). Unknown types are kept as written.
public struct ItemType: RawRepresentable, Sendable, Hashable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The CSL name of the type.
    public var rawValue: String
    /// A type from its CSL name.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// A type from its CSL name written as a literal.
    public init(stringLiteral value: String) { rawValue = value }
    /// The CSL name.
    public var description: String { rawValue }

    /// An article in a scholarly journal.
    public static let articleJournal: ItemType = "article-journal"
    /// A stand-alone article or preprint, not in a periodical.
    public static let article: ItemType = "article"
    /// A whole book.
    public static let book: ItemType = "book"
    /// A chapter or section of a book.
    public static let chapter: ItemType = "chapter"
    /// A web page or site.
    public static let webpage: ItemType = "webpage"
    /// A report from an agency or institution (technical, government, white paper).
    public static let report: ItemType = "report"
    /// A thesis or dissertation.
    public static let thesis: ItemType = "thesis"
    /// A paper or abstract in conference proceedings.
    public static let paperConference: ItemType = "paper-conference"
    /// A data set.
    public static let dataset: ItemType = "dataset"
    /// A document that fits no other type.
    public static let document: ItemType = "document"
}
