import Bibliography

/// A claim as the support check needs it: its id, its sentence, and its subject terms if named.
public struct ClaimInput: Sendable, Hashable {
    public var id: String
    /// The claim sentence; its content words stand in for the subject when none is named.
    public var text: String
    /// Subject terms and synonyms (from `claims.yaml`); empty to use the sentence's content words.
    public var subjectTerms: [String]

    public init(id: String, text: String, subjectTerms: [String] = []) {
        self.id = id
        self.text = text
        self.subjectTerms = subjectTerms
    }
}

/// One citation of a claim: the reference number and its matched record, if any.
public struct CitedRecord: Sendable, Hashable {
    public var reference: Int
    public var record: Record?
    public init(reference: Int, record: Record?) {
        self.reference = reference
        self.record = record
    }
}

/// The support check's outcome for one claim.
public struct ClaimSupport: Sendable, Hashable {
    public var claim: String
    /// The terms the check looked for.
    public var subject: [String]
    /// One entry per citation, in citation order.
    public var support: [CitationSupport]
    /// The grade of each cited record that has one, by reference number.
    public var grades: [Int: EvidenceGrade]
    /// The strongest design among the records that address the subject (see ``ClaimSupportChecker``).
    public var bestSupport: EvidenceGrade?
    /// `subject-not-mentioned`, `weak-evidence` and `unsupported-claim` findings.
    public var findings: [Finding]
}
