import Foundation
import HTMLReport
import Testing

/// Golden files: `Fixtures/report/expected/prolotherapy/` is `cite report References/prolotherapy`
/// run at the package root (`expected/erratum/` likewise for `Fixtures/report/erratum`); `Fixtures/report/expected/site/` is `cite report pages --no-cache` run in
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

    @Test("a cited record with an erratum: announced at the top, its row marked, its two differences shown as a diff")
    func erratum() throws {
        let files = try EvidenceReport(pages: GoldenInputs.bundledPage("Fixtures/report/erratum"), options: ReportOptions(siteLabel: "Fixtures/report/erratum")).files()
        try Self.compare(files, with: GoldenInputs.expected.appendingPathComponent("erratum"))
        let page = try #require(files.last?.contents)
        #expect(page.contains(##"<li><span class="badge flag-erratum">Erratum</span> <a href="#ref-1">Reference 1</a>: reference 1: record pmid:35649368 has an erratum: Cell Rep. 2022 Jun 28;39(13):111044. doi: 10.1016/j.celrep.2022.111044., PMID 35767954; check the correction before citing</li>"##))
        #expect(page.contains(##"<tr id="ref-1" class="erratum">"##))
        #expect(page.contains("increasing mitochondrial membrane <del><span class=\"sr-only\">[as cited: </span>lipid<span class=\"sr-only\">]</span></del><ins><span class=\"sr-only\">[in the record: </span>lipids<span class=\"sr-only\">]</span></ins>"))
        #expect(page.contains(##"<a href="https://pubmed.ncbi.nlm.nih.gov/35649368/">pmid:35649368</a>"##))
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
