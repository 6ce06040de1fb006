import Bibliography
import Evidence
import Foundation
import Testing
import Verification

@testable import CiteKit

@Suite("Report JSON: the direct writer gives JSONEncoder's bytes")
struct ReportJSONTests {
    private static func encoded(_ report: Report) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(report)
    }

    @Test("every fixture page's report and the bundled example's are written byte for byte as JSONEncoder writes them",
          arguments: [
              "References/prolotherapy", "Fixtures/pages/author-year.txt", "Fixtures/pages/footnotes.md",
              "Fixtures/pages/mixed-markers.txt", "Fixtures/pages/numbered-paragraphs.html", "Fixtures/pages/parentheses.txt",
              "Fixtures/pages/prolotherapy.html", "Fixtures/pages/superscript.html", "Fixtures/pages/wrapped.txt",
              "Fixtures/cli/unresolved.md",
          ])
    func pages(page: String) throws {
        let report = try Checker().check(path: Fixtures.packageRoot.appendingPathComponent(page).path)
        #expect(!report.references.isEmpty)
        let written = try report.jsonData()
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: try Self.encoded(report), as: UTF8.self))
        #expect(try JSONDecoder().decode(Report.self, from: written) == report)
    }

    @Test("a report with a record link, discrepancies, evidence and support is written as JSONEncoder writes it")
    func fullReport() throws {
        var item = Item(id: "ref1")
        item.title = "A trial"
        let reference = ReferenceReport(
            number: 1, text: "Smith J. A trial. J X. 2001;2:3-4.", item: item,
            diagnostics: [Finding(code: "reference.punctuation", severity: .info, message: "m", reference: 1)],
            record: RecordLink(id: "pmid:123", score: 0.8500000000000001),
            discrepancies: [.init(field: .volume, cited: "2", record: "12", detail: "d"), .init(field: .issue, cited: nil, record: "3", detail: "e")],
            evidence: EvidenceGrade(design: .randomizedTrial, basis: ["Randomized Controlled Trial"]),
            location: SourceLocation(line: 9, column: 1))
        let claim = ClaimReport(
            id: "c1", text: "It works [1].", citations: [1], marker: "1", location: SourceLocation(line: 2, column: 3),
            subject: ["works"], support: [CitationSupport(reference: 1, mentions: nil, terms: []), CitationSupport(reference: 2, mentions: true, terms: ["x"])])
        let report = Report(document: "page.md", references: [reference], claims: [claim], findings: reference.diagnostics, bibliography: "1. Smith J.\n")
        #expect(String(decoding: try report.jsonData(), as: UTF8.self) == String(decoding: try Self.encoded(report), as: UTF8.self))
    }
}
