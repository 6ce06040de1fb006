import Bibliography
import Foundation
import PubMed
import Testing
import TestSupport

@testable import Library

@Suite("Library: importing files")
struct ImportTests {
    @Test("gzipped MEDLINE imports every citation; the deletion list is counted, not applied")
    func gzipMedline() throws {
        try TestLibrary.withLibrary { (library: RecordLibrary, _: URL) throws in
            let summary = try library.importFile(TestLibrary.medline)
            let expected = try PubMedReader.records(contentsOf: TestLibrary.medline).count
            #expect(summary.added == expected)
            #expect(summary.deletions == 1)
            #expect(try library.stats().records == expected)
        }
    }

    @Test("a missing file, a folder and a file of another kind give a LibraryError naming the file")
    func unreadable() throws {
        try TestLibrary.withLibrary { (library: RecordLibrary, folder: URL) throws in
            let missing = folder.appendingPathComponent("missing.xml")
            #expect(throws: LibraryError.unreadable(file: missing.relativePath, reason: "no such file")) { try library.importFile(missing) }
            #expect(throws: LibraryError.unreadable(file: folder.relativePath, reason: "it is a folder")) { try library.importFile(folder) }
            let text = folder.appendingPathComponent("notes.txt")
            try Data("Just some notes\n".utf8).write(to: text)
            let error = #expect(throws: LibraryError.self) { try library.importFile(text) }
            guard case .unknownFormat(let file, _)? = error else {
                Issue.record("expected unknownFormat, got \(String(describing: error))")
                return
            }
            #expect(file == text.relativePath)
            let empty = folder.appendingPathComponent("empty.json")
            try Data().write(to: empty)
            #expect(throws: LibraryError.unknownFormat(file: empty.relativePath, reason: "the file is empty")) { try library.importFile(empty) }
        }
    }

    @Test("a truncated PubMed file: the whole records before the error are stored, the error names file and line")
    func truncatedXML() throws {
        try TestLibrary.withLibrary { (library: RecordLibrary, folder: URL) throws in
            let text = try String(contentsOf: TestLibrary.efetchSample, encoding: .utf8)
            let fourth = try #require(text.ranges(of: "<PubmedArticle>").dropFirst(3).first)
            let url = folder.appendingPathComponent("truncated.xml")
            try Data(text[..<text.index(fourth.lowerBound, offsetBy: 600)].utf8).write(to: url)
            let error = #expect(throws: LibraryError.self) { try library.importFile(url) }
            guard case .invalidInput(let file, let line, _, _, let stored)? = error else {
                Issue.record("expected invalidInput, got \(String(describing: error))")
                return
            }
            #expect(file == url.relativePath)
            #expect((line ?? 0) > text[..<fourth.lowerBound].filter { $0 == "\n" }.count)
            #expect(stored.added == 3)
            #expect(try library.stats().records == 3)
            #expect(error?.description.hasPrefix(url.relativePath + ":") == true)
        }
    }

    @Test("CSL-JSON: an array and JSON Lines import; items without identifiers are keyed by a work hash; bad JSON names file and line")
    func cslJSON() throws {
        try TestLibrary.withLibrary { (library: RecordLibrary, folder: URL) throws in
            let array = folder.appendingPathComponent("items.json")
            try Data("""
                [
                  {"id": "a", "type": "article-journal", "title": "Prolotherapy for chronic low back pain", "DOI": "10.1002/14651858.CD004059.pub3",
                   "author": [{"family": "Dagenais", "given": "Simon"}], "issued": {"date-parts": [[2007]]}},
                  {"id": "b", "type": "book", "title": "A book without identifiers"},
                  {"id": "c", "type": "article-journal", "title": "Ligament healing", "PMID": "6224646"}
                ]
                """.utf8).write(to: array)
            #expect(try library.importFile(array) == ImportSummary(added: 3))
            #expect(try TestLibrary.all(library).map(\.id).filter { $0?.hasPrefix("work:") == true }.count == 1)
            let stored = try #require(try library.record(id: "doi:10.1002/14651858.cd004059.pub3"))
            #expect(stored.record.item.title == "Prolotherapy for chronic low back pain")
            #expect(stored.source.kind == "csl-json")
            #expect(try library.search("prolotherapy", limit: 5).map(\.id) == ["doi:10.1002/14651858.cd004059.pub3"])

            let lines = folder.appendingPathComponent("items.jsonl")
            try Data("""
                {"id": "d", "title": "First line", "PMCID": "PMC123"}
                {"id": "e", "title": "Second line", "PMID": "6224646"}

                """.utf8).write(to: lines)
            // The same PMID from another file is merged into the stored record, which lists both sources.
            #expect(try library.importFile(lines) == ImportSummary(added: 1, merged: 1))
            let merged = try #require(try library.record(id: "6224646"))
            #expect(merged.record.item.title == "Ligament healing")
            #expect(merged.mergedFrom?.map(\.item) == ["c", "e"])
            #expect(merged.mergedFrom?.map(\.origin) == [array.relativePath, lines.relativePath])

            let bad = folder.appendingPathComponent("bad.jsonl")
            try Data("{\"id\": \"f\", \"PMID\": \"1\"}\n{\"id\": \"g\", \"title\": }\n".utf8).write(to: bad)
            let error = #expect(throws: LibraryError.self) { try library.importFile(bad) }
            guard case .invalidInput(let file, let line, _, _, _)? = error else {
                Issue.record("expected invalidInput, got \(String(describing: error))")
                return
            }
            #expect(file == bad.relativePath)
            #expect(line == 2)
            #expect(try library.record(id: "pmid:1") == nil)
        }
    }

    @Test("a file large enough to be read in parallel parts: every record stored once, a duplicate resolved by content, not by timing")
    func parallelPartsInFileOrder() throws {
        try TestLibrary.inFolder { (folder: URL) throws in
            // Copies of a MEDLINE file, PMIDs shifted per copy, past the size at which files are split;
            // at the end a changed version (same revision) of the first record.
            let gunzip = Process()
            gunzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
            gunzip.arguments = ["-dc", TestLibrary.medline.path]
            let pipe = Pipe()
            gunzip.standardOutput = pipe
            try gunzip.run()
            let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            gunzip.waitUntilExit()
            let open = try #require(text.range(of: "<MedlineCitationSet>"))
            let close = try #require(text.range(of: "</MedlineCitationSet>", options: .backwards))
            let body = String(text[open.upperBound..<close.lowerBound])
            let firstCitation = try #require(body.range(of: "<MedlineCitation ")?.lowerBound)
            let firstEnd = try #require(body.range(of: "</MedlineCitation>")?.upperBound)
            let changed = body[firstCitation..<firstEnd].replacingOccurrences(of: "<ArticleTitle>", with: "<ArticleTitle>CHANGED ")
            let copies = Int(17_000_000 / body.utf8.count) + 1
            var out = String(text[..<open.upperBound])
            for copy in 0..<copies {
                out += copy == 0 ? body : body.replacingOccurrences(of: "<PMID Version=\"1\">", with: "<PMID Version=\"1\">\(copy)")
            }
            out += changed + "\n</MedlineCitationSet>\n"
            let url = folder.appendingPathComponent("big.xml")
            try Data(out.utf8).write(to: url)
            #expect(PubMedPartition(url, parts: 2).count == 2)

            let library = try RecordLibrary(path: folder.appendingPathComponent("library.sqlite").path)
            let summary = try library.importFile(url)
            let perCopy = try PubMedReader.records(contentsOf: TestLibrary.medline).count
            #expect(summary.added == perCopy * copies)
            #expect(summary.replaced + summary.kept == 1)
            #expect(try library.stats().records == perCopy * copies)
            // Of the two versions, the one with the larger digest is kept, whichever part came first.
            let all = try PubMedReader.records(contentsOf: url)
            let first = try #require(all.first)
            let last = try #require(all.last)
            #expect(first.metadata.pmid == last.metadata.pmid)
            let source = RecordSource(kind: "test", origin: "test")
            let digests = try [first, last].map { try EncodedRecord(StoredRecord(record: $0, source: source)).digest }
            let winner = UInt64(bitPattern: digests[0]) > UInt64(bitPattern: digests[1]) ? first : last
            #expect(try library.record(id: try #require(first.metadata.pmid))?.record == winner)
        }
    }
}
