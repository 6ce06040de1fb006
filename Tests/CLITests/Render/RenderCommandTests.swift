import Foundation
import Testing
import TestSupport

/// `cite render` from the command line, on a copy of `Fixtures/site/render/pages` whose library
/// the test fills with `cite library add`.
@Suite struct RenderCommandTests {
    static func site() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("render-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let pages = folder.appendingPathComponent("pages")
        try FileManager.default.copyItem(at: PackagePaths.fixture("site/render/pages"), to: pages)
        let added = try CLIProcess.run([
            "library", "add", pages.appendingPathComponent("records/vitamin-d.json").path,
            "--library", pages.appendingPathComponent(".citekit/library.sqlite").path,
        ])
        #expect(added.status == 0, "\(added.stderr)")
        return pages
    }

    @Test func rendersASiteListsUnmatchedReferencesAndIsIdempotent() throws {
        let pages = try Self.site()
        defer { try? FileManager.default.removeItem(at: pages.deletingLastPathComponent()) }
        let first = try CLIProcess.run(["render", pages.path])
        #expect(first.status == 0)
        #expect(first.stdout == "4 pages: 3 rendered, 0 unchanged, 1 without a reference list, 0 failed\n")
        #expect(first.stderr.components(separatedBy: "\n").filter { $0.hasSuffix("no record for reference 3; kept as written") }.count == 3)
        let expected = try String(contentsOf: PackagePaths.fixture("site/render/expected/trials.html"), encoding: .utf8)
        #expect(try String(contentsOf: pages.appendingPathComponent("trials.html"), encoding: .utf8) == expected)
        let second = try CLIProcess.run(["render", pages.path])
        #expect(second.stdout == "4 pages: 0 rendered, 3 unchanged, 1 without a reference list, 0 failed\n")
    }

    @Test func outWritesCopiesOfOnePage() throws {
        let pages = try Self.site()
        let out = pages.deletingLastPathComponent().appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: pages.deletingLastPathComponent()) }
        let page = pages.appendingPathComponent("trials.md")
        let before = try Data(contentsOf: page)
        let result = try CLIProcess.run(["render", page.path, "--out", out.path])
        #expect(result.status == 0)
        #expect(try Data(contentsOf: page) == before)
        let expected = try String(contentsOf: PackagePaths.fixture("site/render/expected/trials.md"), encoding: .utf8)
        #expect(try String(contentsOf: out.appendingPathComponent("trials.md"), encoding: .utf8) == expected)
    }

    @Test func aPageThatCannotBeReadExitsTwo() throws {
        let pages = try Self.site()
        defer { try? FileManager.default.removeItem(at: pages.deletingLastPathComponent()) }
        let broken = pages.appendingPathComponent("broken.txt")
        try Data([0x31, 0x2E, 0x20, 0x00, 0x41]).write(to: broken)
        let result = try CLIProcess.run(["render", pages.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("broken.txt"))
        #expect(try Data(contentsOf: broken) == Data([0x31, 0x2E, 0x20, 0x00, 0x41]))
    }
}
