import Bibliography

/// A separator inside a marker's number list that is not a list separator of the citation styles,
/// such as the `.` of `9.10` (a flattened `9,10`).
public struct SeparatorIssue: Sendable, Hashable, Codable {
    /// The separator as written (`.`).
    public var separator: String
    /// Offset of the separator inside the marker's `raw` text, in characters.
    public var offset: Int
    /// The numbers around it as written (`9.10`).
    public var found: String
    /// The standard form (`9,10`).
    public var suggestion: String
    /// Where the numbers around the separator (`found`) start in the source file.
    public var location: SourceLocation

    public init(separator: String, offset: Int, found: String, suggestion: String, location: SourceLocation) {
        self.separator = separator
        self.offset = offset
        self.found = found
        self.suggestion = suggestion
        self.location = location
    }
}
