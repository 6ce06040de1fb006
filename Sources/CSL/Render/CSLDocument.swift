import Bibliography
import Foundation

/// Rendered citations and bibliography of one document.
public struct CSLDocument: Sendable {
    /// Each citation's text, in input order.
    public var citations: [String]
    /// Bibliography entries in order.
    public var bibliography: [String]
    /// The ids of the bibliography entries, in order.
    public var bibliographyIDs: [String]
    /// The citation number of each item.
    public var citationNumbers: [String: Int] = [:]
    /// The disambiguation chosen for each item that needed one (a word processor re-renders every
    /// citation of an item whose entry here changed, even when its own text did not).
    public var disambiguation: [String: Disambiguation] = [:]
}
