import Foundation
import Testing

/// `cite report`'s files opened in headless Chromium from `file://`: no console error, no failed
/// request, no request at all but the file itself, and the DOM holds every claim and finding of
/// `cite check --format json`. CI installs Debian's `chromium`; without it these tests are skipped.
@Suite("cite report in headless Chromium", .serialized,
       .enabled(if: HeadlessChromium.executable != nil, "chromium is not installed: apt-get install -y chromium (CI's .ci/run installs it)"))
struct ReportBrowserTests {
    /// Where the screenshots go: `$CITE_REPORT_SCREENSHOTS` when set, else a temporary folder.
    static let screenshots: URL = {
        if let folder = ProcessInfo.processInfo.environment["CITE_REPORT_SCREENSHOTS"] { return URL(fileURLWithPath: folder) }
        return FileManager.default.temporaryDirectory.appendingPathComponent("cite-report-screenshots")
    }()

    @Test("the bundled page's report and index: no console errors or failed requests, every claim and finding of the JSON report")
    func bundledPage() throws {
        let out = try Self.report(["References/prolotherapy"])
        defer { try? FileManager.default.removeItem(at: out) }
        let json = try Self.checkJSON(["References/prolotherapy"])
        let browser = try HeadlessChromium(executable: try #require(HeadlessChromium.executable))

        let index = try Self.loadClean(browser, out.appendingPathComponent("index.html"))
        #expect(index.text.contains("References/prolotherapy/page.txt"))
        try Self.expectStructure(browser)
        let pages = try #require(try browser.evaluateJSON("[...document.querySelectorAll('tbody th a')].map(a => a.getAttribute('href'))") as? [String])
        #expect(pages == ["pages/page.txt.html"])

        _ = try Self.loadClean(browser, out.appendingPathComponent("pages/page.txt.html"))
        try Self.expectStructure(browser)
        try Self.expectClaimsAndFindings(browser, report: json)
        try Self.saveScreenshot(browser, name: "report-prolotherapy.png")
        try Self.expectKeyboardAndPrint(browser)
    }

    @Test("the fixture site's index and a page with errors: no console errors or failed requests, every claim and finding")
    func fixtureSite() throws {
        let out = try Self.report(["Fixtures/site/pages", "--no-cache"])
        defer { try? FileManager.default.removeItem(at: out) }
        let site = try Self.checkJSON(["Fixtures/site/pages", "--no-cache"])
        let browser = try HeadlessChromium(executable: try #require(HeadlessChromium.executable))

        _ = try Self.loadClean(browser, out.appendingPathComponent("index.html"))
        try Self.expectStructure(browser)
        let rows = try #require(try browser.evaluateJSON("[...document.querySelectorAll('table.pages tbody th')].map(th => th.innerText)") as? [String])
        let reports = try #require(site["pages"] as? [[String: Any]])
        let checked = reports.filter { $0["status"] as? String == "checked" }.compactMap { $0["path"] as? String }
        #expect(rows == checked)
        let unchecked = try #require(try browser.evaluateJSON("[...document.querySelectorAll('table.unchecked tbody th')].map(th => th.innerText)") as? [String])
        #expect(unchecked == reports.filter { $0["status"] as? String != "checked" }.compactMap { $0["path"] as? String })

        let page = try #require(reports.first { $0["path"] as? String == "Fixtures/site/pages/guides/bones/vitamin-d.html" }?["report"] as? [String: Any])
        _ = try Self.loadClean(browser, out.appendingPathComponent("pages/guides/bones/vitamin-d.html.html"))
        try Self.expectStructure(browser)
        try Self.expectClaimsAndFindings(browser, report: page)
    }

    @Test("the checks see a broken page: a missing image and a console error are reported")
    func detectsBrokenPages() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cite-broken-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("broken.html")
        try #"<!DOCTYPE html><html lang="en"><head><title>broken</title></head><body><img src="missing.png" alt="gone"><script>console.error("broken on purpose")</script></body></html>"#
            .write(to: page, atomically: true, encoding: .utf8)
        let browser = try HeadlessChromium(executable: try #require(HeadlessChromium.executable))
        let load = try browser.load(page)
        #expect(load.failedRequests.count == 1)
        #expect(load.consoleErrors.contains { $0.contains("broken on purpose") })
        #expect(load.requests.contains { $0.hasSuffix("/missing.png") })
    }

    // MARK: Helpers

    /// Runs `cite report ARGS --out TMP` and returns the folder.
    static func report(_ arguments: [String]) throws -> URL {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("cite-report-\(UUID().uuidString)")
        let result = try CLIProcess.run(["report"] + arguments + ["--out", out.path])
        #expect(result.status == 0, "cite report failed: \(result.stderr)")
        return out
    }

    /// `cite check ARGS --format json`, parsed.
    static func checkJSON(_ arguments: [String]) throws -> [String: Any] {
        let result = try CLIProcess.run(["check"] + arguments + ["--format", "json", "--fail-on", "never"])
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// Loads a file and expects no console error, no failed request and no request but the file.
    static func loadClean(_ browser: HeadlessChromium, _ file: URL) throws -> HeadlessChromium.PageLoad {
        let load = try browser.load(file)
        #expect(load.consoleErrors.isEmpty, "console errors in \(file.lastPathComponent): \(load.consoleErrors)")
        #expect(load.failedRequests.isEmpty, "failed requests in \(file.lastPathComponent): \(load.failedRequests)")
        #expect(load.requests == [file.absoluteString], "requests other than the file itself: \(load.requests)")
        return load
    }

    /// Semantic tables, a working skip link, unique ids, and no in-page link to a missing anchor.
    static func expectStructure(_ browser: HeadlessChromium) throws {
        let counts = try #require(try browser.evaluateJSON("""
            ({ tables: document.querySelectorAll('table').length,
               uncaptioned: document.querySelectorAll('table:not(:has(> caption))').length,
               unscoped: document.querySelectorAll('th:not([scope])').length,
               skip: document.querySelector('a.skip')?.getAttribute('href') ?? '',
               firstFocusable: document.querySelector('a[href], button')?.className ?? '',
               main: document.querySelectorAll('main#main').length,
               lang: document.documentElement.lang,
               duplicateIDs: (ids => ids.length - new Set(ids).size)([...document.querySelectorAll('[id]')].map(e => e.id)),
               dangling: [...document.querySelectorAll('a[href^="#"]')].map(a => a.getAttribute('href').slice(1))
                 .filter(id => !document.getElementById(id)) })
            """) as? [String: Any])
        #expect((counts["tables"] as? Int ?? 0) > 0)
        #expect(counts["uncaptioned"] as? Int == 0)
        #expect(counts["unscoped"] as? Int == 0)
        #expect(counts["skip"] as? String == "#main" && counts["firstFocusable"] as? String == "skip" && counts["main"] as? Int == 1)
        #expect(counts["lang"] as? String == "en")
        #expect(counts["duplicateIDs"] as? Int == 0)
        #expect((counts["dangling"] as? [String]) == [], "links to missing anchors: \(counts["dangling"] ?? "")")
    }

    /// Every claim (its text and cited references) and every finding (code, severity, message, in
    /// order) of the JSON report is in the page.
    static func expectClaimsAndFindings(_ browser: HeadlessChromium, report: [String: Any]) throws {
        let claims = try #require(report["claims"] as? [[String: Any]])
        let shownClaims = try #require(try browser.evaluateJSON("""
            [...document.querySelectorAll('section.claim')].map(s => ({
              text: s.querySelector('blockquote').innerText,
              refs: [...s.querySelectorAll('tbody th')].map(th => Number(th.innerText)) }))
            """) as? [[String: Any]])
        #expect(shownClaims.count == claims.count)
        for (claim, shown) in zip(claims, shownClaims) {
            #expect(normalized(shown["text"] as? String) == normalized(claim["text"] as? String))
            var seen = Set<Int>()
            let cited = (claim["citations"] as? [Int] ?? []).filter { seen.insert($0).inserted }
            #expect(shown["refs"] as? [Int] == cited)
        }
        let findings = try #require(report["findings"] as? [[String: Any]])
        let shownFindings = try #require(try browser.evaluateJSON("""
            [...document.querySelectorAll('table.findings tbody tr')].map(tr => ({
              code: tr.dataset.code, severity: tr.dataset.severity, message: tr.cells[3].innerText,
              line: tr.querySelector('th a')?.getAttribute('href') ?? '' }))
            """) as? [[String: Any]])
        #expect(shownFindings.count == findings.count)
        for (finding, shown) in zip(findings, shownFindings) {
            #expect(shown["code"] as? String == finding["code"] as? String)
            #expect(shown["severity"] as? String == finding["severity"] as? String)
            #expect(normalized(shown["message"] as? String) == normalized(finding["message"] as? String))
            if let line = (finding["location"] as? [String: Any])?["line"] as? Int {
                #expect(shown["line"] as? String == "#L\(line)")
            }
        }
    }

    /// The first Tab shows the skip link with a focus outline; Enter on it moves focus to the main
    /// content. In print, the skip link and the section links are hidden.
    static func expectKeyboardAndPrint(_ browser: HeadlessChromium) throws {
        try browser.press("Tab", code: 9)
        let focused = try #require(try browser.evaluateJSON("""
            (() => { const a = document.activeElement, s = getComputedStyle(a), r = a.getBoundingClientRect();
              return { cls: a.className, top: r.top, outline: s.outlineStyle, width: parseFloat(s.outlineWidth) }; })()
            """) as? [String: Any])
        #expect(focused["cls"] as? String == "skip")
        #expect((focused["top"] as? Double ?? -1) >= 0, "the focused skip link is off screen")
        #expect(focused["outline"] as? String == "solid" && (focused["width"] as? Double ?? 0) >= 2)
        try browser.press("Enter", code: 13)
        let target = try #require(try browser.evaluateJSON("[location.hash, document.activeElement.id]") as? [String])
        #expect(target == ["#main", "main"])
        try browser.emulateMedia("print")
        let hidden = try #require(try browser.evaluateJSON("""
            ['a.skip', 'nav.toc'].map(q => getComputedStyle(document.querySelector(q)).display)
            """) as? [String])
        #expect(hidden == ["none", "none"])
        try browser.emulateMedia("")
    }

    static func saveScreenshot(_ browser: HeadlessChromium, name: String) throws {
        let png = try browser.screenshot()
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 10_000)
        try FileManager.default.createDirectory(at: screenshots, withIntermediateDirectories: true)
        try png.write(to: screenshots.appendingPathComponent(name))
    }

    static func normalized(_ text: String?) -> String {
        (text ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
