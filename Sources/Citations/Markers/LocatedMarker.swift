/// A marker with the range of extracted text it occupies (brackets, tags' text and all), so that sentences
/// can claim it and claim texts can leave it out.
struct LocatedMarker: Sendable {
    var marker: Marker
    /// Offsets in the document's extracted text.
    var range: Range<Int>
}
