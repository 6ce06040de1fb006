import Foundation
import Testing

@testable import CiteKit

@Suite("Report output, compared whole with golden files")
struct ReportGoldenTests {
    private func check(_ page: String) throws -> Report {
        try Checker().check(path: Fixtures.packageRoot.appendingPathComponent(page).path)
    }

    /// Paths in reports are relative to the package root, so goldens do not depend on the checkout's location.
    private func relative(_ report: Report) -> Report {
        var r = report
        r.document = String(r.document.dropFirst(Fixtures.packageRoot.path.count + 1))
        return r
    }

    @Test("the text report of a small Markdown page matches its golden file")
    func textGolden() throws {
        let report = relative(try check("Fixtures/cli/unresolved.md"))
        let expected = try String(contentsOf: Fixtures.url("cli/unresolved.expected.txt"), encoding: .utf8)
        #expect(report.text() == expected)
    }

    @Test("the JSON report of a small Markdown page matches its golden file")
    func jsonGolden() throws {
        let report = relative(try check("Fixtures/cli/unresolved.md"))
        let json = String(decoding: try report.jsonData(), as: UTF8.self) + "\n"
        let expected = try String(contentsOf: Fixtures.url("cli/unresolved.expected.json"), encoding: .utf8)
        #expect(json == expected)
    }
}
