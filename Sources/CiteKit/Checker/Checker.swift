import Bibliography
import Citations
import Evidence
import Foundation
import ReferenceText
import Verification

/// The `cite check` pipeline: reads a page, links claims to references, parses and checks each
/// reference, and assembles the ``Report``.
public struct Checker: Sendable {
    /// Choices that change what the check produces.
    public struct Options: Sendable {
        /// The page format; inferred from the file extension when `nil`.
        public var inputFormat: PageFormat?
        /// The CSL style of the rendered reference list: a bundled name or a `.csl` path.
        public var style: String
        /// The locale of the rendered reference list; the style's default when `nil`.
        public var locale: String?
        public init(inputFormat: PageFormat? = nil, style: String = "vancouver", locale: String? = nil) {
            self.inputFormat = inputFormat
            self.style = style
            self.locale = locale
        }
    }

    public var options: Options
    private let parser = ReferenceParser()

    public init(options: Options = Options()) { self.options = options }

    /// Checks a page file or an article bundle folder.
    /// - Throws: ``CheckError`` when the input cannot be read.
    public func check(path: String) throws -> Report {
        try check(ArticleBundle.load(path: path, format: options.inputFormat))
    }

    /// Checks a loaded bundle.
    public func check(_ bundle: ArticleBundle) throws -> Report {
        let renderer = try ReferenceListRenderer(style: options.style, locale: options.locale)
        let document = Document(source: bundle.pageSource, format: bundle.format, path: bundle.pagePath)
        let analysis = CitationAnalyzer.analyze(document)

        var references: [ReferenceReport] = []
        var findings = analysis.findings
        for entry in analysis.references {
            let parsed = parser.parse(entry.text)
            let diagnostics = parsed.diagnostics.map { Self.place($0, in: entry) }
            var item = parsed.item
            item.id = .string("ref-\(entry.number)")
            references.append(ReferenceReport(
                number: entry.number, text: entry.text, item: item, diagnostics: diagnostics, location: entry.location))
            findings.append(contentsOf: diagnostics)
        }
        findings.append(contentsOf: DuplicateDetector.findings(references))

        // Verification and evidence need records; a page checked alone has none.
        let records = try RecordLoader.load(bundle.recordFiles)
        var matched: [Int: Record] = [:]
        var corrected: [Int: Item] = [:]
        if !records.isEmpty {
            let verifier = ReferenceVerifier(records: records)
            for index in references.indices {
                let reference = references[index]
                let verification = verifier.verify(reference.item, reference: reference.number, location: reference.location)
                findings.append(contentsOf: verification.findings)
                guard let match = verification.match else { continue }
                matched[reference.number] = match.record
                corrected[reference.number] = CorrectedItem.merge(cited: reference.item, record: match.record)
                references[index].record = RecordLink(id: match.record.reportID, score: (match.score * 100).rounded() / 100)
                references[index].discrepancies = verification.discrepancies
                references[index].evidence = StudyDesignClassifier.grade(match.record)
            }
        }

        var claims: [ClaimReport] = []
        for claim in analysis.claims {
            let named = bundle.claims?.entry(matching: claim.text)
            var report = ClaimReport(
                id: named?.id ?? claim.id, text: claim.text, citations: claim.citations,
                marker: claim.markers.map(\.raw).joined(separator: " "), location: claim.location,
                subject: named?.subject ?? [])
            if !records.isEmpty {
                let input = ClaimInput(id: report.id, text: claim.text, subjectTerms: named?.allTerms ?? [])
                let cited = claim.citations.map { CitedRecord(reference: $0, record: matched[$0]) }
                let support = ClaimSupportChecker().check(input, citations: cited, location: claim.location)
                if report.subject.isEmpty { report.subject = support.subject }
                report.support = support.support
                findings.append(contentsOf: support.findings)
            }
            claims.append(report)
        }
        findings.append(contentsOf: Self.missingNamedClaims(bundle.claims, claims))

        let bibliography = renderer.render(references.map { corrected[$0.number] ?? $0.item })
        return Report(
            document: bundle.pagePath, references: references, claims: claims,
            findings: Self.ordered(findings), bibliography: bibliography)
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

    /// Named claims of the claims map that the page no longer makes or no longer cites.
    static func missingNamedClaims(_ map: ClaimsMap?, _ claims: [ClaimReport]) -> [Finding] {
        guard let map else { return [] }
        return map.claims.compactMap { entry in
            if claims.contains(where: { $0.id == entry.id }) { return nil }
            return Finding(
                code: .unsupportedClaim, severity: .error,
                message: "named claim '\(entry.id)' (\"\(entry.match ?? entry.subject.joined(separator: ", "))\") is not found as a cited sentence on the page; cite it or update claims.yaml",
                claim: entry.id)
        }
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
