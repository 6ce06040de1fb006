import Foundation
import HTMLReport
import Testing

/// Golden files: `Fixtures/report/expected/prolotherapy/` is `cite report References/prolotherapy`
/// run at the package root; `Fixtures/report/expected/site/` is `cite report pages --no-cache` run in
/// `Fixtures/site`. Every file is compared whole, and no other file is written.
@Suite struct GoldenReportTests {
    static func compare(_ files: [ReportFile], with folder: URL) throws {
        let expected = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".html") }.sorted() ?? []
        #expect(files.map(\.path).sorted() == expected)
        for file in files {
            let golden = try String(contentsOf: folder.appendingPathComponent(file.path), encoding: .utf8)
            #expect(file.contents == golden, "\(file.path) differs from its golden file")
        }
    }

    @Test("the bundled page's report matches its golden files")
    func bundledPage() throws {
        try Self.compare(EvidenceReport(pages: GoldenInputs.bundledPage(), options: ReportOptions(siteLabel: "References/prolotherapy")).files(),
                         with: GoldenInputs.expected.appendingPathComponent("prolotherapy"))
    }

    @Test("the fixture site's report matches its golden files: nested pages, skipped pages, silenced findings")
    func fixtureSite() throws {
        let pages = try GoldenInputs.fixtureSite()
        let files = try EvidenceReport(pages: pages, options: ReportOptions(siteLabel: "pages")).files()
        try Self.compare(files, with: GoldenInputs.expected.appendingPathComponent("site"))
        let index = try #require(files.first?.contents)
        #expect(index.contains("<caption>Pages not checked (2)</caption>"))
        #expect(index.contains("skipped: no numbered reference list"))
        let sleep = try #require(files.first { $0.path == "pages/guides/sleep.md.html" }?.contents)
        #expect(sleep.contains("1 finding is silenced by cite-ignore comments and not listed."))
    }
}
