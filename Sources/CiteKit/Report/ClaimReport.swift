import Bibliography
import Evidence

/// One claim of the page: a sentence or clause with its citations.
public struct ClaimReport: Sendable, Codable, Equatable {
    /// The claim's name in `claims.yaml`, else `c1`, `c2`, ... in page order.
    public var id: String
    /// The sentence.
    public var text: String
    /// The reference numbers it cites, in order of appearance.
    public var citations: [Int]
    /// The marker as written (`1,2,3,4,5,6`).
    public var marker: String
    /// Where the sentence starts.
    public var location: SourceLocation
    /// The claim's subject terms (from the claims map, or the sentence's content words).
    public var subject: [String]
    /// Whether each cited record mentions the subject.
    public var support: [CitationSupport]

    /// Creates a claim report.
    public init(id: String, text: String, citations: [Int], marker: String, location: SourceLocation, subject: [String] = [], support: [CitationSupport] = []) {
        self.id = id
        self.text = text
        self.citations = citations
        self.marker = marker
        self.location = location
        self.subject = subject
        self.support = support
    }
}
