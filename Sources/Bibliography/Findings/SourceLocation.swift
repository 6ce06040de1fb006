/// A 1-based line and column in a source file (columns count characters).
public struct SourceLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    public var description: String { "\(line):\(column)" }
    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// A half-open range of character offsets inside a piece of text (a reference string, a sentence).
public struct SourceSpan: Sendable, Hashable, Codable {
    /// Offset of the first character, counted in `Character`s from the start of the text.
    public var start: Int
    /// Offset just past the last character.
    public var end: Int
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
    public var length: Int { end - start }
}
