import Bibliography

/// A sentence (or clause) that carries citation markers: a statement the cited references should back.
public struct Claim: Sendable, Codable {
    /// `c1`, `c2`, ... in document order.
    public var id: String
    /// The sentence without its markers, whitespace collapsed.
    public var text: String
    /// The cited numbers, each once, in the order first written.
    public var citations: [Int]
    /// The markers of the sentence, in document order.
    public var markers: [Marker]
    /// Where the sentence starts in the source file.
    public var location: SourceLocation

    public init(id: String, text: String, citations: [Int], markers: [Marker], location: SourceLocation) {
        self.id = id
        self.text = text
        self.citations = citations
        self.markers = markers
        self.location = location
    }
}
