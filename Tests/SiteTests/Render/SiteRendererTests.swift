import Foundation
import Library
import Site
import Testing
import TestSupport

/// `cite render` over `Fixtures/site/render/pages`: a Markdown, an HTML and a text page citing two
/// records of the library (entries with wrong fields, wrapped lines, inline markup and entities)
/// and one reference with no record, and a page without a list.
@Suite struct SiteRendererTests {
    static let fixture = PackagePaths.fixture("site").appendingPathComponent("render")
    static let renderedPages = ["trials.md", "trials.html", "trials.txt"]

    /// A copy of the fixture site with its library built from `records/`.
    static func site() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("render-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let pages = folder.appendingPathComponent("pages")
        try FileManager.default.copyItem(at: fixture.appendingPathComponent("pages"), to: pages)
        let library = try RecordLibrary(path: pages.appendingPathComponent(".citekit/library.sqlite").path)
        _ = try library.importFile(pages.appendingPathComponent("records/vitamin-d.json"))
        return pages
    }

    static func render(_ pages: URL, out: URL? = nil) throws -> [PageRendering] {
        let configuration = try SiteConfiguration.find(for: pages)
        let library = try configuration.resolvedLibrary.map { try RecordLibrary(path: $0) }
        let found = try PageDiscovery.pages([pages.path], configuration: configuration)
        return try SiteRenderer(configuration: configuration, library: library, output: out).render(found)
    }

    static func bytes(_ url: URL) throws -> Data { try Data(contentsOf: url) }
    static func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    @Test func eachPageFormatMatchesItsGoldenFile() throws {
        let pages = try Self.site()
        defer { try? FileManager.default.removeItem(at: pages.deletingLastPathComponent()) }
        let results = try Self.render(pages)
        #expect(results.map(\.status) == [.skipped, .rendered, .rendered, .rendered])
        for name in Self.renderedPages {
            let expected = try Self.text(Self.fixture.appendingPathComponent("expected").appendingPathComponent(name))
            #expect(try Self.text(pages.appendingPathComponent(name)) == expected, "\(name)")
        }
    }

    @Test func aReferenceWithoutARecordKeepsItsTextAndIsReported() throws {
        let pages = try Self.site()
        defer { try? FileManager.default.removeItem(at: pages.deletingLastPathComponent()) }
        let results = try Self.render(pages)
        #expect(results.filter { $0.status == .rendered }.map(\.unmatched) == [[3], [3], [3]])
        let markdown = try Self.text(pages.appendingPathComponent("trials.md"))
        #expect(markdown.contains("3. Doe J, Roe R. Sunlight and mood in winter: a survey. J Example Psychol. 2015;12(3):45-51.\n"))
        let html = try Self.text(pages.appendingPathComponent("trials.html"))
        #expect(html.contains("<li id=\"ref-3\">Doe J, Roe R. Sunlight and mood in winter: a survey. <i>J Example Psychol</i>. 2015;12(3):45-51.</li>"))
    }

    @Test func renderingARenderedPageChangesNothing() throws {
        let pages = try Self.site()
        defer { try? FileManager.default.removeItem(at: pages.deletingLastPathComponent()) }
        _ = try Self.render(pages)
        let first = try Self.renderedPages.map { try Self.bytes(pages.appendingPathComponent($0)) }
        let second = try Self.render(pages)
        #expect(second.map(\.status) == [.skipped, .unchanged, .unchanged, .unchanged])
        #expect(second.allSatisfy { $0.written == nil })
        #expect(try Self.renderedPages.map { try Self.bytes(pages.appendingPathComponent($0)) } == first)
    }

    @Test func bytesOutsideTheListAreUntouched() throws {
        let pages = try Self.site()
        defer { try? FileManager.default.removeItem(at: pages.deletingLastPathComponent()) }
        // Each page's text before its first entry and after its last entry, in the original.
        let bounds = [
            "trials.md": ("## References\n\n1. ", "\n\n## See also"),
            "trials.html": ("<li id=\"ref-1\">", "</li>\n</ol>"),
            "trials.txt": ("References\n\n1. ", "\n\nWritten by"),
        ]
        var originals: [String: String] = [:]
        for name in Self.renderedPages { originals[name] = try Self.text(pages.appendingPathComponent(name)) }
        _ = try Self.render(pages)
        for (name, (before, after)) in bounds {
            let original = try #require(originals[name])
            let rendered = try Self.text(pages.appendingPathComponent(name))
            let prefix = try #require(original.range(of: before)).upperBound
            let suffix = try #require(original.range(of: after, options: .backwards)).lowerBound
            #expect(rendered.hasPrefix(original[..<prefix]), "\(name)")
            #expect(rendered.hasSuffix(original[suffix...]), "\(name)")
            #expect(rendered != original, "\(name)")
        }
    }

    @Test func outWritesCopiesAndLeavesTheSourceUnchanged() throws {
        let pages = try Self.site()
        let out = pages.deletingLastPathComponent().appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: pages.deletingLastPathComponent()) }
        let names = Self.renderedPages + ["about.txt"]
        let before = try names.map { try Self.bytes(pages.appendingPathComponent($0)) }
        let results = try Self.render(pages, out: out)
        #expect(try names.map { try Self.bytes(pages.appendingPathComponent($0)) } == before)
        #expect(results.compactMap(\.written).map(\.lastPathComponent).sorted() == names.sorted())
        for name in Self.renderedPages {
            let expected = try Self.text(Self.fixture.appendingPathComponent("expected").appendingPathComponent(name))
            #expect(try Self.text(out.appendingPathComponent(name)) == expected, "\(name)")
        }
        // A page without a list is copied as it is.
        #expect(try Self.bytes(out.appendingPathComponent("about.txt")) == before[3])
    }

    @Test func aPageWithoutAListIsNotWritten() throws {
        let pages = try Self.site()
        defer { try? FileManager.default.removeItem(at: pages.deletingLastPathComponent()) }
        let about = pages.appendingPathComponent("about.txt")
        let before = try Self.bytes(about)
        let modified = try FileManager.default.attributesOfItem(atPath: about.path)[.modificationDate] as? Date
        let results = try Self.render(pages)
        let result = try #require(results.first { $0.path.hasSuffix("about.txt") })
        #expect(result.status == .skipped && result.written == nil && result.unmatched.isEmpty)
        #expect(try Self.bytes(about) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: about.path)[.modificationDate] as? Date == modified)
    }
}
