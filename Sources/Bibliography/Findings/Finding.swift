/// One problem found in a page, a reference or a record: a code, a severity, a message a user can act on,
/// and where it is.
public struct Finding: Sendable, Hashable, Codable {
    /// The stable identifier of the kind of problem (`orphan-reference`).
    public var code: FindingCode
    /// How serious it is; `--fail-on` compares against it.
    public var severity: Severity
    /// What is wrong and how to fix it, in one sentence a user can act on.
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

    /// A finding from its code, severity and message, and what it points at when known.
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

    /// Encodes the finding; `reference`, `claim` and `location` are always written (null when unknown).
    // Always present so the report format is stable for consumers.
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
