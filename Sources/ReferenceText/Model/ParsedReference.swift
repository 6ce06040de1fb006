/// One free-text reference read into fields.
///
/// `item` is CSL-JSON. When the author list ended in "et al." the item carries the extra field
/// `"author-et-al": true` (CSL-JSON has no such variable; processors ignore unknown fields) so that
/// renderers and comparisons know the list was cut short.
public struct ParsedReference: Sendable, Codable, Hashable {
    /// The input as given.
    public var text: String
    /// The leading list number (`12.`, `[12]`, `12)`), when present.
    public var number: Int?
    /// The fields read, as a CSL-JSON item.
    public var item: Item
    /// Field name → where it was read in ``text`` (Character offsets). Keys are CSL-JSON names
    /// (`author`, `title`, `container-title`, `issued`, `volume`, `issue`, `page`, `DOI`, `PMID`,
    /// `PMCID`, `URL`, `publisher`, `publisher-place`, `edition`, `editor`, `number`).
    public var spans: [String: SourceSpan]
    /// How sure the parser is, 0...1: the share of the fields expected for the item's type that were
    /// found, lowered for each repair the parser had to make.
    public var confidence: Double
    /// Style findings against NLM's Citing Medicine (`reference-punctuation`, `hyphenation-artifact`,
    /// `reference-incomplete`, `book-order`), each with its span inside ``text``.
    public var diagnostics: [Finding]

    public init(
        text: String, number: Int? = nil, item: Item, spans: [String: SourceSpan] = [:],
        confidence: Double = 0, diagnostics: [Finding] = []
    ) {
        self.text = text
        self.number = number
        self.item = item
        self.spans = spans
        self.confidence = confidence
        self.diagnostics = diagnostics
    }

    /// Whether the author list ended in "et al.".
    public var authorListTruncated: Bool { item.authorListTruncated }

    /// The item field that records an author list cut short by "et al.".
    public static let etAlField = Item.authorEtAlField
}

import Bibliography
