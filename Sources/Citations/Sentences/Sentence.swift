/// A sentence of the page's prose: its range in the extracted text and the markers it carries.
struct Sentence: Sendable {
    /// Offsets in the document's extracted text, from the first character to just past the last
    /// (including markers that follow its closing punctuation).
    var range: Range<Int>
    /// Indices into the scanned markers, in document order.
    var markers: [Int]
}
