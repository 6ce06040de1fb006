import Bibliography
import CiteKit
import Foundation
import Site
import Testing

@Suite struct SiteCheckerTests {
    @Test func fixtureSiteSummary() throws {
        let report = try SiteFixture.report()
        #expect(report.summary == SiteReport.Summary(
            pages: 5, checked: 3, skipped: 2, failed: 0, errors: 3, warnings: 4, infos: 1, silenced: 1))
        #expect(report.pages.map(\.status) == [.skipped, .skipped, .checked, .checked, .checked])
        #expect(report.exitStatus(failOn: .error) == 1)
        #expect(report.exitStatus(failOn: .never) == 0)
    }

    @Test func frontMatterClaimsAndRecordsReachTheChecker() throws {
        let report = try SiteFixture.report()
        let index = try #require(report.pages.first { $0.path == "pages/index.md" }?.report)
        #expect(index.claims.map(\.id) == ["falls", "c1", "c2"])
        #expect(index.claims.first?.location == SourceLocation(line: 12, column: 1))
        #expect(index.references.map { $0.record?.id } == ["pmid:19797342", "pmid:20460620"])
        #expect(index.findings.map(\.code) == [.unresolvedMarker, .fieldMismatch])
        #expect(index.findings.map { $0.location?.line } == [13, 18])
    }

    @Test func ignoredDisabledAndOverriddenFindings() throws {
        let report = try SiteFixture.report()
        let sleep = try #require(report.pages.first { $0.path == "pages/guides/sleep.md" })
        #expect(sleep.silenced.map(\.code) == [.unresolvedMarker])
        #expect(sleep.silenced.first?.location?.line == 14)
        #expect(!sleep.findings.contains { $0.code == .unresolvedMarker })
        let html = try #require(report.pages.first { $0.path == "pages/guides/bones/vitamin-d.html" }?.report)
        // The checker calls `1,2,3` info; the site's configuration makes it an error.
        #expect(html.findings(.markerStyle).map(\.severity) == [.error])
        // `sys- tematic` is a hyphenation artifact, a code the site disables: reported nowhere.
        #expect(html.findings(.hyphenationArtifact).isEmpty)
        #expect(html.references.allSatisfy { !$0.diagnostics.contains { $0.code == .hyphenationArtifact } })
    }

    @Test func withoutTheConfigurationTheCheckerDecides() throws {
        var configuration = try SiteFixture.configuration()
        configuration.severity = [:]
        configuration.disable = []
        let report = try SiteChecker(configuration: configuration).check(SiteFixture.pages())
        let html = try #require(report.pages.first { $0.path == "pages/guides/bones/vitamin-d.html" }?.report)
        #expect(html.findings(.markerStyle).map(\.severity) == [.info])
        #expect(html.findings(.hyphenationArtifact).map { $0.location?.line } == [23])
    }

    @Test func unreadablePagesAreReportedAndExitTwo() throws {
        let folder = try SiteFixture.copy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pages = folder.appendingPathComponent("pages")
        try Data([0x41, 0x00, 0x42]).write(to: pages.appendingPathComponent("binary.txt"))
        try "---\nrecords: [missing.json]\n---\nText [1].\n\n1. Doe J. A. B. 2000;1:1-2.\n"
            .write(to: pages.appendingPathComponent("lost.md"), atomically: true, encoding: .utf8)
        let configuration = try SiteConfiguration.find(for: pages)
        let report = try SiteChecker(configuration: configuration)
            .check(PageDiscovery.pages(["pages"], configuration: configuration, workingDirectory: folder))
        let failed = report.pages.filter { $0.status == .failed }
        #expect(failed.map(\.path) == ["pages/binary.txt", "pages/lost.md"])
        #expect(failed.last?.error == "pages/lost.md: front matter names the record file 'missing.json', which does not exist (paths are relative to the page)")
        #expect(failed.first?.error?.contains("NUL") == true)
        #expect(report.summary.failed == 2 && report.summary.checked == 3)
        #expect(report.exitStatus(failOn: .never) == 2)
    }

    @Test func aBadStyleStopsBeforeAnyPage() throws {
        var configuration = try SiteFixture.configuration()
        configuration.style = "no-such-style"
        #expect(throws: CheckError.self) { try SiteChecker(configuration: configuration).check(SiteFixture.pages()) }
    }

    @Test func parallelRunsGiveTheSameReport() throws {
        let first = try SiteFixture.report()
        for _ in 0..<3 { #expect(try SiteFixture.report() == first) }
    }
}
