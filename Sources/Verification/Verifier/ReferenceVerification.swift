import Bibliography

/// The outcome of checking one reference: its record (if any), what disagrees, and the findings.
public struct ReferenceVerification: Sendable, Hashable {
    /// The reference's record; `nil` when none matched.
    public var match: RecordMatch?
    /// Fields where the reference disagrees with its record, in field order.
    public var discrepancies: [Discrepancy]
    /// `field-mismatch`, `no-record`, `retracted-reference` and `erratum` findings, in that order of concern.
    public var findings: [Finding]

    /// An outcome from its parts.
    public init(match: RecordMatch?, discrepancies: [Discrepancy], findings: [Finding]) {
        self.match = match
        self.discrepancies = discrepancies
        self.findings = findings
    }
}
