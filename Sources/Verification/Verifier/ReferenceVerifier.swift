import Bibliography

/// Checks cited references against a set of records: match, field discrepancies, retractions and
/// corrections, as findings.
public struct ReferenceVerifier: Sendable {
    /// The matcher over every available record.
    public let matcher: RecordMatcher
    private let comparator = FieldComparator()

    /// - Parameters:
    ///   - records: every record available to the check (PubMed XML and CSL-JSON alike).
    ///   - threshold: the field-match score needed; ``RecordMatcher/defaultThreshold`` unless tuned.
    public init(records: [Record], threshold: Double = RecordMatcher.defaultThreshold) {
        matcher = RecordMatcher(records: records, threshold: threshold)
    }

    /// Verifies one cited reference.
    /// - Parameters:
    ///   - cited: the reference as parsed from the page.
    ///   - reference: its number in the list, carried into the findings.
    ///   - location: where the reference sits in the page, carried into the findings.
    public func verify(_ cited: Item, reference: Int? = nil, location: SourceLocation? = nil) -> ReferenceVerification {
        let label = reference.map { "reference \($0)" } ?? "reference \(cited.idString)"
        guard let match = matcher.match(cited) else {
            let finding = Finding(
                code: .noRecord, severity: .info,
                message: "\(label): no record found among the given records; its fields could not be checked",
                reference: reference, location: location)
            return ReferenceVerification(match: nil, discrepancies: [], findings: [finding])
        }
        let discrepancies = comparator.discrepancies(cited: cited, record: match.record)
        let id = match.record.reportID
        var findings = discrepancies.map { d in
            Finding(
                code: .fieldMismatch, severity: .warning,
                message: "\(label): \(d.field.rawValue) differs from record \(id): cited \(quote(d.cited)), record \(quote(d.record)) (\(d.detail))",
                reference: reference, location: location, suggestion: d.record)
        }
        findings += CorrectionFindings.findings(for: match.record, label: label, reference: reference, location: location)
        return ReferenceVerification(match: match, discrepancies: discrepancies, findings: findings)
    }

    private func quote(_ s: String?) -> String { s.map { "\"\($0)\"" } ?? "none" }
}
