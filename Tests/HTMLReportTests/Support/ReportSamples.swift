import Bibliography
import CiteKit
import Evidence
import Foundation
import HTMLReport
import Site
import TestSupport
import Verification

/// Reports built in code for the rendering tests (values of this project's own, not real records).
enum ReportSamples {
    /// A page citing a retracted record and a record with an erratum, with a discrepancy whose text
    /// holds markup that must be escaped.
    static func correctedPage() -> Report {
        let retracted = Finding(code: .retractedReference, severity: .error,
                                message: "reference 1: record pmid:100 has been retracted (retraction: PMID 200); do not cite it as evidence",
                                reference: 1, location: SourceLocation(line: 5, column: 1))
        let erratum = Finding(code: .erratum, severity: .warning,
                              message: "reference 2: record doi:10.1000/xyz has an erratum: PMID 300; check the correction before citing",
                              reference: 2, location: SourceLocation(line: 6, column: 1))
        let marker = Finding(code: .unresolvedMarker, severity: .error, message: "marker '3' cites reference 3, but the list has 1–2",
                             claim: "pain <relief>", location: SourceLocation(line: 2, column: 40))
        return Report(
            document: "site/pain.md",
            references: [
                ReferenceReport(number: 1, text: "Doe J. Pain <script>alert(1)</script> trial. J Pain. 2001;2:1-5.", item: Item(id: "ref-1"),
                                record: RecordLink(id: "pmid:100", score: 0.954),
                                discrepancies: [Discrepancy(field: .volume, cited: "2", record: "12", detail: "volume 2 where the record has 12")],
                                evidence: EvidenceGrade(design: .randomizedTrial, basis: ["pubtype:Randomized Controlled Trial"]),
                                location: SourceLocation(line: 5, column: 1)),
                ReferenceReport(number: 2, text: "Roe R. Knee & hip. Lancet. 2002;3:4-9.", item: Item(id: "ref-2"),
                                record: RecordLink(id: "doi:10.1000/xyz", score: 1),
                                evidence: EvidenceGrade(design: .animal, basis: ["mesh:Animals"]),
                                location: SourceLocation(line: 6, column: 1)),
            ],
            claims: [
                ClaimReport(id: "pain <relief>", text: "Injections relieve pain.", citations: [1, 2, 3], marker: "1,2,3",
                            location: SourceLocation(line: 2, column: 40), subject: ["pain"],
                            support: [CitationSupport(reference: 1, mentions: true, terms: ["pain"]), CitationSupport(reference: 2, mentions: false, terms: [])]),
            ],
            findings: [marker, retracted, erratum])
    }

    static let correctedSource = "# Pain\n\nInjections relieve pain.<sup>1,2,3</sup>\n\n1. Doe J. Pain trial.\n2. Roe R. Knee & hip.\n"
}

/// The goldens' inputs, read as `cite report` reads them.
enum GoldenInputs {
    static let expected = PackagePaths.fixture("report/expected")

    /// `cite report References/prolotherapy` (or another bundle), run at the package root.
    static func bundledPage(_ folder: String = "References/prolotherapy") throws -> [ReportPage] {
        var bundle = try ArticleBundle.load(path: PackagePaths.root.appendingPathComponent(folder).path)
        bundle.pagePath = folder + "/" + URL(fileURLWithPath: bundle.pagePath).lastPathComponent
        let report = try Checker(options: CheckOptions(style: "vancouver")).check(bundle)
        return [ReportPage(result: PageResult(path: report.document, status: .checked, report: report), source: bundle.pageSource)]
    }

    /// `cite report pages --no-cache`, run in `Fixtures/site`.
    static func fixtureSite() throws -> [ReportPage] {
        let folder = PackagePaths.fixture("site")
        let configuration = try SiteConfiguration.find(for: folder.appendingPathComponent("pages"))
        let pages = try PageDiscovery.pages(["pages"], configuration: configuration, workingDirectory: folder)
        let report = try SiteChecker(configuration: configuration).check(pages)
        return report.pages.map { result in
            ReportPage(result: result, source: try? String(contentsOf: folder.appendingPathComponent(result.path), encoding: .utf8))
        }
    }
}
