/// How an in-text citation marker is written.
public enum MarkerKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Digits glued to the preceding word or punctuation: `collagen.1,2,3` (a flattened superscript).
    case glued
    /// Digits after the sentence's closing punctuation and a space: `properties. 7,8,9`.
    case spaced
    /// Digits inside an HTML `<sup>` element.
    case superscriptTag
    /// Unicode superscript digits: `¹²`, `¹⁻³`.
    case unicodeSuperscript
    /// Square brackets: `[1]`, `[1-3]`, `[1, 4]`.
    case bracket
    /// Parentheses: `(1, 2)`, accepted only on pages that use that style.
    case parenthesis
    /// A Markdown footnote reference: `[^1]`.
    case footnote
    /// An author–year citation linked to the list by first author and year: `(Smith et al. 2012)`,
    /// `Smith and Jones (2012a)`.
    case authorYear

    /// Whether the form says unambiguously that it is a citation (so a number outside the list is an error,
    /// not a coincidence).
    public var isExplicit: Bool {
        switch self {
        case .superscriptTag, .unicodeSuperscript, .bracket, .footnote, .authorYear: true
        case .glued, .spaced, .parenthesis: false
        }
    }
}
