/// A half-open range of character offsets inside a piece of text (a reference string, a sentence).
public struct SourceSpan: Sendable, Hashable, Codable {
    /// Offset of the first character, counted in `Character`s from the start of the text.
    public var start: Int
    /// Offset just past the last character.
    public var end: Int
    /// A span from its start offset and the offset just past its end.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
    /// The number of characters covered.
    public var length: Int { end - start }
}
