import Bibliography

/// What `CitationAnalyzer` finds in a page: claims, markers, the reference list and citation findings.
public struct CitationAnalysis: Sendable {
    /// The sentences that carry markers, in document order.
    public var claims: [Claim]
    /// Every marker, in document order.
    public var markers: [Marker]
    /// The numbered reference list, in list order.
    public var references: [ReferenceEntry]
    /// Where the reference list starts, when the page has one.
    public var referenceListLocation: SourceLocation?
    /// `unresolved-marker`, `orphan-reference`, `marker-separator`, `out-of-order` and `marker-style` findings.
    public var findings: [Finding]

    public init(
        claims: [Claim] = [], markers: [Marker] = [], references: [ReferenceEntry] = [],
        referenceListLocation: SourceLocation? = nil, findings: [Finding] = []
    ) {
        self.claims = claims
        self.markers = markers
        self.references = references
        self.referenceListLocation = referenceListLocation
        self.findings = findings
    }
}
