/// Whether one cited record mentions a claim's subject.
///
/// JSON: `{"reference": 3, "mentions": true, "terms": ["collagen"]}`; `mentions` is `null`
/// when the reference has no record or its record has no text to judge.
public struct CitationSupport: Sendable, Hashable, Codable {
    /// The number of the cited reference.
    public var reference: Int
    /// Whether the record names the subject; `nil` when it cannot be judged.
    public var mentions: Bool?
    /// The claim's terms the record mentions.
    public var terms: [String]

    /// One citation's verdict and the terms behind it.
    public init(reference: Int, mentions: Bool?, terms: [String]) {
        self.reference = reference
        self.mentions = mentions
        self.terms = terms
    }

    private enum CodingKeys: String, CodingKey { case reference, mentions, terms }

    /// `mentions` is always written (null when unknown) so the report shape is stable.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(reference, forKey: .reference)
        try c.encode(mentions, forKey: .mentions)
        try c.encode(terms, forKey: .terms)
    }
}
