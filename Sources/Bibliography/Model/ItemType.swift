/// A CSL item type ("article-journal", "book", "chapter", ...). Unknown types are kept as written.
public struct ItemType: RawRepresentable, Sendable, Hashable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public var description: String { rawValue }

    public static let articleJournal: ItemType = "article-journal"
    public static let article: ItemType = "article"
    public static let book: ItemType = "book"
    public static let chapter: ItemType = "chapter"
    public static let webpage: ItemType = "webpage"
    public static let report: ItemType = "report"
    public static let thesis: ItemType = "thesis"
    public static let paperConference: ItemType = "paper-conference"
    public static let dataset: ItemType = "dataset"
    public static let document: ItemType = "document"

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}
