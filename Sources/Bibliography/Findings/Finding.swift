/// One problem found in a page, a reference or a record: a code, a severity, a message a user can act on,
/// and where it is.
public struct Finding: Sendable, Hashable, Codable {
    public var code: FindingCode
    public var severity: Severity
    public var message: String
    /// The reference number it concerns, if any.
    public var reference: Int?
    /// The claim id it concerns, if any.
    public var claim: String?
    /// Where it is in the page.
    public var location: SourceLocation?
    /// Where it is inside the reference or sentence text, when it points into one.
    public var span: SourceSpan?
    /// The suggested replacement text, when there is one (`9,10` for `9.10`).
    public var suggestion: String?

    public init(
        code: FindingCode, severity: Severity, message: String,
        reference: Int? = nil, claim: String? = nil,
        location: SourceLocation? = nil, span: SourceSpan? = nil, suggestion: String? = nil
    ) {
        self.code = code
        self.severity = severity
        self.message = message
        self.reference = reference
        self.claim = claim
        self.location = location
        self.span = span
        self.suggestion = suggestion
    }

    private enum CodingKeys: String, CodingKey {
        case code, severity, message, reference, claim, location, span, suggestion
    }

    // `reference`, `claim` and `location` are always present (null when unknown): the report format is stable.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(severity, forKey: .severity)
        try c.encode(message, forKey: .message)
        try c.encode(reference, forKey: .reference)
        try c.encode(claim, forKey: .claim)
        try c.encode(location, forKey: .location)
        try c.encodeIfPresent(span, forKey: .span)
        try c.encodeIfPresent(suggestion, forKey: .suggestion)
    }
}
