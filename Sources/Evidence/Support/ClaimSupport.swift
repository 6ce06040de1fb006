import Bibliography

/// The support check's outcome for one claim.
public struct ClaimSupport: Sendable, Hashable {
    /// The checked claim's id.
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
