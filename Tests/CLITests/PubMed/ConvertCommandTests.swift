import Foundation
import Testing

@Suite("cite convert: exit codes and output", .serialized)
struct ConvertCommandTests {
    static let sample = "Fixtures/pubmed/real/biomedquery/efetch_sample.xml"

    /// Runs `body` with a fresh empty folder, removed afterwards.
    static func inFolder(_ body: (URL) throws -> Void) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cite-convert-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: url) }
        try body(url)
    }

    /// The sample cut 600 characters into its fourth record (which starts at `line`): three whole
    /// records, then the end of the file.
    static func truncatedSample(in folder: URL) throws -> (url: URL, line: Int) {
        let text = try String(contentsOf: CLIProcess.packageRoot.appendingPathComponent(sample), encoding: .utf8)
        let fourth = try #require(text.ranges(of: "<PubmedArticle>").dropFirst(3).first)
        let url = folder.appendingPathComponent("truncated.xml")
        try Data(text[..<text.index(fourth.lowerBound, offsetBy: 600)].utf8).write(to: url)
        return (url, text[..<fourth.lowerBound].filter { $0 == "\n" }.count + 1)
    }

    /// The PMIDs of a CSL-JSON array, in order.
    static func pmids(_ json: Data) throws -> [String] {
        (try JSONSerialization.jsonObject(with: json) as? [[String: Any]] ?? []).compactMap { $0["PMID"] as? String }
    }

    @Test("a good file converts with exit 0 to a CSL-JSON array, on stdout or into -o")
    func goodFile() throws {
        let stdout = try CLIProcess.run(["convert", Self.sample])
        #expect(stdout.status == 0)
        #expect(stdout.stderr.isEmpty)
        let pmids = try Self.pmids(Data(stdout.stdout.utf8))
        #expect(pmids.count == 10)
        #expect(pmids.prefix(3) == ["27483622", "27451595", "27451590"])

        try Self.inFolder { folder in
            let output = folder.appendingPathComponent("out.json")
            let file = try CLIProcess.run(["convert", Self.sample, "-o", output.path])
            #expect(file.status == 0)
            #expect(file.stdout.isEmpty)
            #expect(try Data(contentsOf: output) == Data(stdout.stdout.utf8))
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.json"])
        }
    }

    @Test("a truncated file is exit 2 naming file:line:column; the records before the error are written")
    func truncatedFile() throws {
        try Self.inFolder { folder in
            let (truncated, fourthRecordLine) = try Self.truncatedSample(in: folder)
            let output = folder.appendingPathComponent("out.json")
            let result = try CLIProcess.run(["convert", truncated.path, "-o", output.path])
            #expect(result.status == 2)
            let lines = result.stderr.split(separator: "\n").map(String.init)
            #expect(lines.count == 2)
            let position = try #require(lines.first?.firstMatch(of: /^(.+):(\d+):(\d+): error: ./))
            #expect(position.output.1 == truncated.path)
            #expect(Int(position.output.2) ?? 0 > fourthRecordLine)
            #expect(lines.last == "cite convert: 3 records written; 1 input(s) had errors")
            #expect(try Self.pmids(Data(contentsOf: output)) == ["27483622", "27451595", "27451590"])
        }
    }

    @Test("--strict with a bad file is exit 2 and writes no output file")
    func strict() throws {
        try Self.inFolder { folder in
            let truncated = try Self.truncatedSample(in: folder).url
            let output = folder.appendingPathComponent("out.jsonl")
            let result = try CLIProcess.run(["convert", Self.sample, truncated.path, "--to", "jsonl", "--strict", "-o", output.path])
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix(truncated.path + ":"))
            #expect(result.stderr.hasSuffix("cite convert: --strict: nothing written\n"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["truncated.xml"])
        }
    }

    @Test("an output into a missing folder is exit 2 with one line naming it; no folder is created")
    func missingOutputFolder() throws {
        try Self.inFolder { folder in
            let output = folder.appendingPathComponent("missing/out.json")
            let result = try CLIProcess.run(["convert", Self.sample, "-o", output.path])
            #expect(result.status == 2)
            #expect(result.stderr == "\(output.path): error: cannot write the output: the folder \(folder.path)/missing does not exist\n")
            #expect(result.stdout.isEmpty)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        }
    }
}
