import Bibliography

/// Judges how the records cited for a claim support it: whether each mentions the claim's
/// subject, and how strong the best of them is.
///
/// - `subject-not-mentioned` (warning), per citation whose record has text but never names the subject;
/// - `unsupported-claim` (warning), when records could be judged and none mentions the subject;
/// - `weak-evidence` (warning), when the strongest record among those that mention the subject
///   (or, if none could be judged on the subject, among all graded ones) is an animal,
///   in-vitro or opinion source.
public struct ClaimSupportChecker: Sendable {
    /// A checker; it has no settings.
    public init() {}

    /// Judges one claim against the records of its citations; findings point at `location`.
    public func check(_ claim: ClaimInput, citations: [CitedRecord], location: SourceLocation? = nil) -> ClaimSupport {
        let matcher = claim.subjectTerms.isEmpty ? SubjectMatcher(claimSentence: claim.text) : SubjectMatcher(terms: claim.subjectTerms)
        var support: [CitationSupport] = []
        var grades: [Int: EvidenceGrade] = [:]
        var findings: [Finding] = []
        let subjectText = matcher.terms.prefix(4).map { "\"\($0)\"" }.joined(separator: ", ")
        for citation in citations {
            guard let record = citation.record else {
                support.append(CitationSupport(reference: citation.reference, mentions: nil, terms: []))
                continue
            }
            let grade = StudyDesignClassifier.grade(record)
            grades[citation.reference] = grade
            let (mentions, terms) = matcher.assess(record)
            support.append(CitationSupport(reference: citation.reference, mentions: mentions, terms: terms))
            if mentions == false {
                findings.append(Finding(
                    code: .subjectNotMentioned, severity: .warning,
                    message: "claim \(claim.id): reference \(citation.reference) (\(record.reportID)) does not mention \(subjectText) in its title, abstract, MeSH headings or keywords",
                    reference: citation.reference, claim: claim.id, location: location))
            }
        }
        let judged = support.filter { $0.mentions != nil }
        if !judged.isEmpty, !judged.contains(where: { $0.mentions == true }) {
            findings.append(Finding(
                code: .unsupportedClaim, severity: .warning,
                message: "claim \(claim.id): none of the cited records that could be judged (\(judged.map { String($0.reference) }.joined(separator: ", "))) mentions \(subjectText)",
                claim: claim.id, location: location))
        }
        let mentioning = Set(support.filter { $0.mentions == true }.map(\.reference))
        let pool = grades.filter { mentioning.isEmpty || mentioning.contains($0.key) }
        let best = ClaimSupportChecker.strongest(pool)
        if let (reference, grade) = best, grade.design.isWeak {
            let others = pool.filter { $0.value.level != nil }.keys.sorted().map(String.init).joined(separator: ", ")
            findings.append(Finding(
                code: .weakEvidence, severity: .warning,
                message: "claim \(claim.id): its best support is \(grade.design.displayName) evidence (reference \(reference), level \(grade.level.map(String.init) ?? "?"); references considered: \(others)); no study in people backs it",
                reference: nil, claim: claim.id, location: location))
        }
        return ClaimSupport(claim: claim.id, subject: matcher.terms, support: support, grades: grades,
                            bestSupport: best?.1, findings: findings)
    }

    /// The grade with the lowest (best) CEBM level; ties go to the lower reference number.
    static func strongest(_ grades: [Int: EvidenceGrade]) -> (Int, EvidenceGrade)? {
        grades.filter { $0.value.level != nil }
            .min { a, b in
                let la = a.value.level ?? 99, lb = b.value.level ?? 99
                if la != lb { return la < lb }
                // Within level 5, a review of people is closer to them than a laboratory study.
                let wa = a.value.design.isWeak ? 1 : 0, wb = b.value.design.isWeak ? 1 : 0
                return wa != wb ? wa < wb : a.key < b.key
            }.map { ($0.key, $0.value) }
    }
}
