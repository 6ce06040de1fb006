/// A claim named in an article bundle's `claims.yaml`, with the terms its citations must mention.
///
/// ```yaml
/// claims:
///   - id: collagen
///     match: "induce the production of collagen"
///     subject: [collagen]
///     synonyms: [procollagen]
/// ```
public struct ClaimSubject: Sendable, Hashable, Codable {
    /// The claim's stable identifier.
    public var id: String
    /// Text that locates the claim's sentence on the page.
    public var match: String?
    /// The subject terms.
    public var subject: [String]
    /// Other names of the subject that count as mentioning it.
    public var synonyms: [String]

    /// A claim with its subject terms and, optionally, synonyms and the text locating it.
    public init(id: String, match: String? = nil, subject: [String], synonyms: [String] = []) {
        self.id = id
        self.match = match
        self.subject = subject
        self.synonyms = synonyms
    }

    /// Reads a `claims.yaml` entry; `subject` and `synonyms` may be left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        match = try c.decodeIfPresent(String.self, forKey: .match)
        subject = try c.decodeIfPresent([String].self, forKey: .subject) ?? []
        synonyms = try c.decodeIfPresent([String].self, forKey: .synonyms) ?? []
    }

    /// Subject terms and synonyms together, subject first.
    public var allTerms: [String] { subject + synonyms.filter { !subject.contains($0) } }
}
