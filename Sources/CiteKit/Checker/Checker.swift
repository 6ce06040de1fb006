import Bibliography
import Citations
import Evidence
import Foundation
import Library
import ReferenceText
import Resolve
import Verification

/// The `cite check` pipeline: reads a page, links claims to references, parses and checks each
/// reference, verifies it against the bundle's records, grades the evidence, and assembles the ``Report``.
public struct Checker: Sendable {
    /// The check's settings.
    public var options: CheckOptions
    private let parser = ReferenceParser()
    /// The library's candidates per reference, for the checker's lifetime: a site's pages cite the
    /// same works again and again (a checker sees the library as it was at its first look-up).
    private let candidateMemo = CandidateMemo()

    /// Creates a checker with the given settings.
    public init(options: CheckOptions = CheckOptions()) { self.options = options }

    /// Checks a page file or an article bundle folder.
    /// - Throws: ``CheckError`` when the input cannot be read or a bundle file is invalid.
    public func check(path: String) throws -> Report {
        try check(ArticleBundle.load(path: path, format: options.inputFormat))
    }

    /// Checks a loaded bundle; `resolutions` (from ``resolve(_:with:)``) add findings for references
    /// whose record could not be settled.
    /// - Throws: ``CheckError`` when a record file or the style is invalid.
    public func check(_ bundle: ArticleBundle, resolutions: [Resolution] = []) throws -> Report {
        try checkCorrecting(bundle, resolutions: resolutions).report
    }

    /// Checks a loaded bundle as ``check(_:resolutions:)`` does, and returns beside the report each
    /// matched reference's corrected item (the cited item with every field its record confirms), by
    /// reference number: what `cite render` writes back into the page.
    /// - Throws: ``CheckError`` when a record file or the style is invalid.
    public func checkCorrecting(_ bundle: ArticleBundle, resolutions: [Resolution] = []) throws -> (report: Report, corrected: [Int: Item]) {
        let renderer = try ReferenceListRenderer.shared(style: options.style, locale: options.locale)
        let analysis = analyze(bundle)
        var references = parseReferences(analysis.references)
        var findings = analysis.findings + references.flatMap(\.diagnostics)
        findings += DuplicateDetector.findings(references)

        // Verification and evidence need records: the bundle's files, and the library's candidates.
        let records = try RecordLoader.load(bundle.recordFiles) + libraryCandidates(for: references)
        let verification = verify(&references, against: records)
        findings += verification.findings
        findings += ResolutionFindings.findings(resolutions, references: references)

        let claims = ClaimLinker(map: bundle.claims).reports(for: analysis.claims)
        // The analysis numbered the claims; findings must use the names the claims map gave them.
        let names = Dictionary(zip(analysis.claims.map(\.id), claims.reports.map(\.id)), uniquingKeysWith: { first, _ in first })
        for index in findings.indices {
            if let claim = findings[index].claim, let name = names[claim] { findings[index].claim = name }
        }
        findings += claims.findings
        var claimReports = claims.reports
        if !records.isEmpty {
            findings += assessSupport(&claimReports, named: bundle.claims, matched: verification.matched)
        }

        let bibliography = renderer.render(references.map { verification.corrected[$0.number] ?? $0.item })
        let report = Report(
            document: bundle.pagePath, references: references, claims: claimReports,
            findings: Self.ordered(findings), bibliography: bibliography)
        return (report, verification.corrected)
    }

    /// The page's reference list, parsed, without records, claims or checks beyond the entries' own diagnostics.
    /// - Throws: ``CheckError`` when the page cannot be read.
    public func references(path: String) throws -> [ReferenceReport] {
        let bundle = try ArticleBundle.load(path: path, format: options.inputFormat, readingBundleFiles: false)
        return parseReferences(analyze(bundle).references)
    }

    /// Finds the records of the page's references through `resolver` (which stores what it finds in
    /// its store, normally the library the check then reads).
    public func resolve(_ bundle: ArticleBundle, with resolver: ReferenceResolver) async -> [Resolution] {
        let references = parseReferences(analyze(bundle).references)
        return await resolver.resolve(references.map { ResolveInput(number: $0.number, text: $0.text, item: $0.item) })
    }

    /// The library's candidate records for each reference, each record once.
    private func libraryCandidates(for references: [ReferenceReport]) throws -> [Record] {
        guard let library = options.library else { return [] }
        var seen = Set<String>()
        var records: [Record] = []
        do {
            // One read for the whole page, in reference order.
            for candidates in try library.candidates(for: references.map(\.item), limit: 10, memo: candidateMemo) {
                for stored in candidates where seen.insert(stored.record.reportID).inserted {
                    records.append(stored.record)
                }
            }
        } catch {
            throw CheckError.unreadable(path: library.path, reason: String(describing: error))
        }
        return records
    }

    private func analyze(_ bundle: ArticleBundle) -> CitationAnalysis {
        CitationAnalyzer.analyze(Document(source: bundle.pageSource, format: bundle.format, path: bundle.pagePath))
    }

    private func parseReferences(_ entries: [ReferenceEntry]) -> [ReferenceReport] {
        entries.map { entry in
            let parsed = parser.parse(entry.text)
            var item = parsed.item
            item.id = .string("ref-\(entry.number)")
            return ReferenceReport(
                number: entry.number, text: entry.text, item: item,
                diagnostics: parsed.diagnostics.map { Self.place($0, in: entry) }, location: entry.location)
        }
    }

    /// What verification adds: the matched record and the corrected item per reference number, and findings.
    private struct VerificationOutcome {
        var matched: [Int: Record] = [:]
        var corrected: [Int: Item] = [:]
        var findings: [Finding] = []
    }

    private func verify(_ references: inout [ReferenceReport], against records: [Record]) -> VerificationOutcome {
        var outcome = VerificationOutcome()
        guard !records.isEmpty else { return outcome }
        let verifier = ReferenceVerifier(records: records)
        for index in references.indices {
            let reference = references[index]
            let verification = verifier.verify(reference.item, reference: reference.number, location: reference.location)
            outcome.findings += verification.findings
            guard let match = verification.match else { continue }
            outcome.matched[reference.number] = match.record
            outcome.corrected[reference.number] = CorrectedItem.merge(cited: reference.item, record: match.record)
            references[index].record = RecordLink(id: match.record.reportID, score: (match.score * 100).rounded() / 100)
            references[index].discrepancies = verification.discrepancies
            references[index].evidence = StudyDesignClassifier.grade(match.record)
        }
        return outcome
    }

    private func assessSupport(_ claims: inout [ClaimReport], named map: ClaimsMap?, matched: [Int: Record]) -> [Finding] {
        var findings: [Finding] = []
        for index in claims.indices {
            let claim = claims[index]
            let named = map?.claims.first { $0.id == claim.id }
            let input = ClaimInput(id: claim.id, text: claim.text, subjectTerms: named?.allTerms ?? [])
            let cited = claim.citations.map { CitedRecord(reference: $0, record: matched[$0]) }
            let support = ClaimSupportChecker().check(input, citations: cited, location: claim.location)
            if claims[index].subject.isEmpty { claims[index].subject = support.subject }
            claims[index].support = support.support
            findings += support.findings
        }
        return findings
    }

    /// Gives a reference diagnostic its page position: the source location of its span's first character.
    static func place(_ finding: Finding, in entry: ReferenceEntry) -> Finding {
        var placed = finding
        placed.reference = entry.number
        if placed.location == nil {
            placed.location = finding.span.map { entry.location(ofTextOffset: $0.start) } ?? entry.location
        }
        return placed
    }

    /// Findings in page order; those without a position last, by reference number.
    static func ordered(_ findings: [Finding]) -> [Finding] {
        findings.enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default:
                let ra = a.element.reference ?? Int.max, rb = b.element.reference ?? Int.max
                return ra != rb ? ra < rb : a.offset < b.offset
            }
        }.map(\.element)
    }
}
