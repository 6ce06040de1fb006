import Bibliography

/// The page's numbered reference list: its entries and the text it occupies.
struct ReferenceList: Sendable {
    var entries: [ReferenceEntry]
    /// Offsets in the extracted text, from the first label to the end of the last entry.
    var range: Range<Int>
    /// Where the first entry starts in the source.
    var location: SourceLocation
}
