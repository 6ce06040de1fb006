import Foundation
import Testing

@testable import CiteKit

@Suite("Reading pages and bundles")
struct ArticleBundleTests {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("citekit-bundle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("a binary file is refused with the file named, not read as an empty page")
    func binary() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("page.txt").path
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).write(to: URL(fileURLWithPath: path))
        #expect {
            try ArticleBundle.load(path: path)
        } throws: { error in
            guard case .unreadable(let file, let reason) = error as? CheckError else { return false }
            return file == path && reason.contains("NUL")
        }
    }

    @Test("a UTF-16 page with a byte-order mark is read as text")
    func utf16() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("page.txt").path
        let text = "Collagen rises.1\n\n1. Doe J. A study. J Test. 2001;1:1-2.\n"
        var data = Data([0xFF, 0xFE])
        data.append(text.data(using: .utf16LittleEndian) ?? Data())
        try data.write(to: URL(fileURLWithPath: path))
        #expect(try ArticleBundle.load(path: path).pageSource == text)
    }

    @Test("a bundle reads its record files but skips hidden ones; paths keep the form the user gave")
    func recordFiles() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["page.md", "records.json", "more.xml", "._records.xml", "notes.txt"] {
            try Data("x".utf8).write(to: folder.appendingPathComponent(name))
        }
        let bundle = try ArticleBundle.load(path: folder.path)
        #expect(bundle.recordFiles.map(\.lastPathComponent) == ["more.xml", "records.json"])
        #expect(bundle.recordFiles.allSatisfy { $0.path.hasPrefix(folder.path) })
        #expect(bundle.pagePath == folder.path + "/page.md")
        #expect(bundle.format == .markdown)
    }

    @Test("a folder without a page names what it expected")
    func noPage() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: CheckError.noPage(folder: folder.path)) { try ArticleBundle.load(path: folder.path) }
    }
}
