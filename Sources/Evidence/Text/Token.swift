import Foundation

/// A term of a text and the word position it stands at (a compound's joined form shares the
/// position of its first part, so phrases still line up).
public struct Token: Sendable, Hashable {
    public var term: String
    public var position: Int
    public init(term: String, position: Int) {
        self.term = term
        self.position = position
    }
}
