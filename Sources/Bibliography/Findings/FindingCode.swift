/// A finding's stable identifier, like a linter's rule name. Codes are never renamed; JSON holds the code as a string.
public struct FindingCode: RawRepresentable, Sendable, Hashable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The code as printed in reports (`orphan-reference`).
    public var rawValue: String
    /// A code from its printed form.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// A code from its printed form written as a literal.
    public init(stringLiteral value: String) { rawValue = value }
    /// The printed form.
    public var description: String { rawValue }

    /// An in-text marker cites a number the reference list does not have.
    public static let unresolvedMarker: FindingCode = "unresolved-marker"
    /// A reference in the list is never cited in the text.
    public static let orphanReference: FindingCode = "orphan-reference"
    /// A marker separates numbers with something other than a comma or a range dash (`9.10`).
    public static let markerSeparator: FindingCode = "marker-separator"
    /// A reference is first cited after a higher-numbered one (Vancouver numbers by first citation).
    public static let outOfOrder: FindingCode = "out-of-order"
    /// Two references in the list describe the same work.
    public static let duplicateReference: FindingCode = "duplicate-reference"
    /// A marker lists three or more consecutive numbers one by one instead of as a range (`1,2,3` for `1-3`).
    public static let markerStyle: FindingCode = "marker-style"
    /// A reference's punctuation departs from its style (missing period, wrong separator, stray space).
    public static let referencePunctuation: FindingCode = "reference-punctuation"
    /// A word in a reference is broken by a line-end hyphen or a space after its hyphen.
    public static let hyphenationArtifact: FindingCode = "hyphenation-artifact"
    /// A reference lacks an element its type requires (authors, year, volume, pages, publisher...).
    public static let referenceIncomplete: FindingCode = "reference-incomplete"
    /// A book reference writes its publisher before its place of publication.
    public static let bookOrder: FindingCode = "book-order"
    /// No bibliographic record could be matched to a reference.
    public static let noRecord: FindingCode = "no-record"
    /// Two records fit a reference about equally well, so neither was accepted.
    public static let ambiguousRecord: FindingCode = "ambiguous-record"
    /// A reference's record could not be looked up: a service failed after every retry.
    public static let resolveFailed: FindingCode = "resolve-failed"
    /// A reference's field (volume, pages, year, authors...) differs from its matched record.
    public static let fieldMismatch: FindingCode = "field-mismatch"
    /// A cited work has been retracted.
    public static let retractedReference: FindingCode = "retracted-reference"
    /// An erratum or expression of concern has been published for a cited work.
    public static let erratum: FindingCode = "erratum"
    /// A claim's strongest support is weak evidence (animal, in-vitro, opinion) rather than studies in people.
    public static let weakEvidence: FindingCode = "weak-evidence"
    /// A cited record does not mention the claim's subject in its title, abstract, MeSH headings or keywords.
    public static let subjectNotMentioned: FindingCode = "subject-not-mentioned"
    /// A claim is not backed: a named claim is no longer cited, or none of its judged references mentions its subject.
    public static let unsupportedClaim: FindingCode = "unsupported-claim"
}
