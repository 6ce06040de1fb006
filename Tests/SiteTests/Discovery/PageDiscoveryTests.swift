import Foundation
import Site
import TestSupport
import Testing

@Suite struct PageDiscoveryTests {
    @Test func folderGivesEveryPageTypeSortedWithoutExcludedOrHiddenOnes() throws {
        let pages = try SiteFixture.pages()
        #expect(pages.map(\.path) == [
            "pages/about.txt", "pages/guides/bones/notes.markdown", "pages/guides/bones/vitamin-d.html",
            "pages/guides/sleep.md", "pages/index.md",
        ])
        #expect(pages.map(\.relativePath) == [
            "about.txt", "guides/bones/notes.markdown", "guides/bones/vitamin-d.html", "guides/sleep.md", "index.md",
        ])
        #expect(pages.map(\.format.rawValue) == ["text", "markdown", "html", "markdown", "markdown"])
    }

    @Test func includeGlobsNarrowThePages() throws {
        var configuration = try SiteFixture.configuration()
        configuration.include = ["guides/**/*.html", "*.txt"]
        let pages = try PageDiscovery.pages(["pages"], configuration: configuration, workingDirectory: SiteFixture.folder)
        #expect(pages.map(\.path) == ["pages/about.txt", "pages/guides/bones/vitamin-d.html"])
    }

    @Test func globsAndFilesAreTakenOnceEach() throws {
        let pages = try SiteFixture.pages(["pages/guides/**/*.md", "pages/index.md", "pages/guides/sleep.md"])
        #expect(pages.map(\.path) == ["pages/guides/sleep.md", "pages/index.md"])
    }

    @Test func anInputThatNamesNothingIsAnError() throws {
        #expect(throws: SiteError.noSuchPath("pages/missing")) { try SiteFixture.pages(["pages/missing"]) }
        #expect(throws: SiteError.noSuchPath("pages/**/*.xhtml")) { try SiteFixture.pages(["pages/**/*.xhtml"]) }
    }

    @Test func aFolderHoldingPageIsAnArticleBundle() {
        #expect(PageDiscovery.isArticleBundle(PackagePaths.root.appendingPathComponent("References/prolotherapy").path))
        #expect(!PageDiscovery.isArticleBundle(SiteFixture.root.path))
        #expect(PageDiscovery.anchor(of: "site/**/*.md") == "site")
        #expect(PageDiscovery.anchor(of: "*.md") == ".")
        #expect(PageDiscovery.anchor(of: "site/index.md") == "site/index.md")
    }

    @Test func aSymlinkedPageKeepsItsNameInTheSite() throws {
        let folder = try SiteFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: site.appendingPathComponent("shared.md"), withDestinationURL: SiteFixture.root.appendingPathComponent("index.md"))
        let configuration = try SiteConfiguration.find(for: site)
        let pages = try PageDiscovery.pages(["site"], configuration: configuration, workingDirectory: folder)
        #expect(pages.map(\.path) == ["site/shared.md"])
        #expect(pages.map(\.relativePath) == ["shared.md"])
    }
}
