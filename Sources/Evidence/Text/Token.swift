import Foundation

/// A term of a text and the word position it stands at (a compound's joined form shares the
/// position of its first part, so phrases still line up).
public struct Token: Sendable, Hashable {
    /// The normalized (and, when stemming, stemmed) term.
    public var term: String
    /// The index of the word the term comes from.
    public var position: Int
    /// A term at a word position.
    public init(term: String, position: Int) {
        self.term = term
        self.position = position
    }
}
