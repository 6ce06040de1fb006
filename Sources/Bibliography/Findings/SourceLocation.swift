/// A 1-based line and column in a source file (columns count characters).
public struct SourceLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The line, counted from 1.
    public var line: Int
    /// The column, counted in characters from 1.
    public var column: Int
    /// A location from its 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    /// `line:column`, as compilers print it.
    public var description: String { "\(line):\(column)" }
    /// Earlier lines first, then earlier columns.
    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}
