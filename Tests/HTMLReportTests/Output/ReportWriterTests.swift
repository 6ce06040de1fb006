import Foundation
@testable import HTMLReport
import Testing

@Suite struct ReportWriterTests {
    static func temporary() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("report-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func files(_ marker: String) throws -> [ReportFile] {
        let report = ReportSamples.correctedPage()
        var files = try EvidenceReport(pages: [.init(result: .init(path: "a.md", status: .checked, report: report), source: nil)],
                                       options: ReportOptions(title: marker)).files()
        files.append(ReportFile(path: "pages/deep/\(marker).html", contents: marker))
        return files
    }

    @Test("writes a new folder, then replaces it whole: no file of the old report stays, no temporary folder is left")
    func replaces() throws {
        let parent = try Self.temporary()
        defer { try? FileManager.default.removeItem(at: parent) }
        let out = parent.appendingPathComponent("report")
        try ReportWriter(folder: out).write(Self.files("first"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("pages/deep/first.html").path))
        try ReportWriter(folder: out).write(Self.files("second"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("pages/deep/first.html").path))
        #expect(try String(contentsOf: out.appendingPathComponent("pages/deep/second.html"), encoding: .utf8) == "second")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["report"])
    }

    @Test("a folder that is not a report is refused and left as it was")
    func refusesOtherFolders() throws {
        let parent = try Self.temporary()
        defer { try? FileManager.default.removeItem(at: parent) }
        let precious = parent.appendingPathComponent("notes.txt")
        try "keep me".write(to: precious, atomically: true, encoding: .utf8)
        #expect(throws: ReportError.outputNotAReport(path: parent.path)) { try ReportWriter(folder: parent).write(Self.files("x")) }
        #expect(try String(contentsOf: precious, encoding: .utf8) == "keep me")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["notes.txt"])
        // A file in the way is refused too; an empty folder is fine.
        #expect(throws: ReportError.outputNotAReport(path: precious.path)) { try ReportWriter(folder: precious).write(Self.files("x")) }
        let empty = parent.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try ReportWriter(folder: empty).write(Self.files("x"))
        #expect(FileManager.default.fileExists(atPath: empty.appendingPathComponent("index.html").path))
    }

    @Test("a folder that cannot be written names the path and leaves nothing behind")
    func unwritable() throws {
        let parent = try Self.temporary()
        defer { try? FileManager.default.removeItem(at: parent) }
        let blocker = parent.appendingPathComponent("file")
        try "x".write(to: blocker, atomically: true, encoding: .utf8)
        // The output's parent is a file: nothing can be created below it.
        let out = blocker.appendingPathComponent("report")
        #expect {
            try ReportWriter(folder: out).write(Self.files("x"))
        } throws: { error in
            guard case ReportError.unwritable(let path, _) = error else { return false }
            return path.hasSuffix("/file")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["file"])
    }
}
