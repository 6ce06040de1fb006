import Bibliography
import Foundation
import LoopbackServer
import TestSupport
import Testing

/// `cite check --resolve` and `cite resolve` against the loopback server: the bundled page with its
/// record files removed finds the same works, discrepancies and evidence grades as with them.
@Suite("cite check --resolve against the loopback server", .serialized)
struct ResolveCommandTests {
    static let bundle = PackagePaths.root.appendingPathComponent("References/prolotherapy")

    static func startServer() async throws -> LoopbackServer {
        var pubmed = PubMedCorpus()
        try pubmed.add(contentsOf: bundle.appendingPathComponent("records.xml"))
        let items = try Bibliography(cslJSON: Data(contentsOf: bundle.appendingPathComponent("records.json"))).items
        return try await LoopbackServer.start(pubmed: pubmed, crossref: CrossrefCorpus(items: items))
    }

    /// A copy of the bundle without its record files, and an empty library path.
    static func pageOnly() throws -> (folder: URL, library: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cite-resolve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["page.txt", "claims.yaml"] {
            try FileManager.default.copyItem(at: bundle.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return (folder, folder.appendingPathComponent("library.sqlite").path)
    }

    /// `cite resolve` of `folder` into `library`, pointed at the server.
    static func resolveArguments(_ folder: URL, _ library: String, _ server: LoopbackServer) -> [String] {
        ["resolve", folder.path, "--format", "json", "--library", library] + serviceArguments(server)
    }

    static func serviceArguments(_ server: LoopbackServer) -> [String] {
        ["--eutils-url", server.eutilsURL.absoluteString, "--crossref-url", server.crossrefURL.absoluteString]
    }

    /// The JSON array `cite resolve --format json` printed.
    static func resolutions(_ stdout: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [[String: Any]])
    }

    static func references(_ json: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return object?["references"] as? [[String: Any]] ?? []
    }

    /// What verification concluded per reference: the work (a bundle CSL-JSON id becomes the test
    /// DOI the server gives it), the discrepant fields and the evidence design and level.
    static func conclusions(_ json: String) throws -> [String] {
        try references(json).map { r in
            let number = r["number"] as? Int ?? 0
            var work = ((r["record"] as? [String: Any])?["id"] as? String) ?? "none"
            if work.hasPrefix("confirmed-") { work = "doi:10.5555/" + work }
            let fields = (r["discrepancies"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
            let evidence = r["evidence"] as? [String: Any]
            let design = evidence?["design"] as? String ?? "-"
            let level = evidence?["level"] as? Int
            return "\(number) \(work) [\(fields.joined(separator: ","))] \(design) \(level.map(String.init) ?? "-")"
        }
    }

    @Test("the page without its record files, resolved, gives the bundle's records, discrepancies and evidence")
    func sameAsBundle() async throws {
        let server = try await Self.startServer()
        defer { Task { await server.stop() } }
        let (folder, library) = try Self.pageOnly()
        defer { try? FileManager.default.removeItem(at: folder) }
        let withFiles = try await CLIProcess.runAsync(["check", "References/prolotherapy", "--format", "json", "--library", library + ".unused"])
        let resolved = try await CLIProcess.runAsync(["check", folder.path, "--format", "json", "--resolve", "--library", library] + Self.serviceArguments(server))
        #expect(resolved.status == 0, "\(resolved.stderr)")
        let expected = try Self.conclusions(withFiles.stdout)
        #expect(expected.count == 14)
        #expect(try Self.conclusions(resolved.stdout) == expected)
        #expect(await server.rateLimitViolations() == 0)

        // The library now holds them: a check without --resolve sends nothing and concludes the same.
        let before = await server.totalRequests()
        let again = try await CLIProcess.runAsync(["check", folder.path, "--format", "json", "--library", library])
        #expect(try Self.conclusions(again.stdout) == expected)
        #expect(await server.totalRequests() == before)
    }

    @Test("cite resolve prints each reference's record, score and resolver; a second run asks nothing")
    func resolveCommand() async throws {
        let server = try await Self.startServer()
        defer { Task { await server.stop() } }
        let (folder, library) = try Self.pageOnly()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = Self.resolveArguments(folder, library, server)
        let first = try await CLIProcess.runAsync(arguments)
        #expect(first.status == 0)
        let results = try Self.resolutions(first.stdout)
        #expect(results.count == 14)
        let three = try #require(results.first { $0["number"] as? Int == 3 })
        #expect(three["status"] as? String == "resolved")
        #expect(three["record"] as? String == "pmid:6224646")
        #expect(["ecitmatch", "esearch"].contains(three["resolver"] as? String ?? ""))
        #expect(first.stderr.contains("10 of 14 references resolved"))
        let requests = await server.totalRequests()
        let second = try await CLIProcess.runAsync(arguments)
        #expect(await server.totalRequests() == requests)
        let again = try Self.resolutions(second.stdout)
        #expect(again.filter { $0["status"] as? String == "resolved" }.allSatisfy { $0["resolver"] as? String == "library" })
        #expect(again.map { $0["record"] as? String } == results.map { $0["record"] as? String })
    }

    @Test("two processes resolving into one library at once both finish, share one rate limit, and store each record once")
    func twoProcesses() async throws {
        let server = try await Self.startServer()
        defer { Task { await server.stop() } }
        let (folder, library) = try Self.pageOnly()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = Self.resolveArguments(folder, library, server)
        async let a = CLIProcess.runAsync(arguments)
        async let b = CLIProcess.runAsync(arguments)
        let (first, second) = try await (a, b)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(first.stderr.contains("10 of 14 references resolved"))
        #expect(second.stderr.contains("10 of 14 references resolved"))
        let arrivals = await server.eutilsArrivals().map { String(format: "%.3f", $0) }
        #expect(await server.rateLimitViolations() == 0, "arrivals: \(arrivals)")
        let export = try await CLIProcess.runAsync(["library", "export", "--format", "jsonl", "--library", library])
        let ids = export.stdout.split(separator: "\n").compactMap { line -> String? in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return (object?["PMID"] as? String).map { "pmid:" + $0 } ?? (object?["DOI"] as? String).map { "doi:" + $0 }
        }
        #expect(!ids.isEmpty)
        #expect(Set(ids).count == ids.count)
        #expect(Set(ids).isSuperset(of: ["pmid:6224646", "pmid:3998899", "pmid:10710805", "pmid:15100629"]))
    }

    @Test("kill -9 in the middle loses nothing already fetched: the next run asks only for the rest and ends the same")
    func interrupted() async throws {
        let server = try await Self.startServer()
        defer { Task { await server.stop() } }
        let (folder, library) = try Self.pageOnly()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = Self.resolveArguments(folder, library, server)
        let executable = try #require(CLIProcess.executable)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it once a few answers have been stored, well before it ends.
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(30)
        while await server.totalRequests() < 6, clock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let beforeKill = await server.totalRequests()
        #expect(beforeKill >= 6)

        let resumed = try await CLIProcess.runAsync(arguments)
        #expect(resumed.status == 0)
        let resumedRequests = await server.totalRequests() - beforeKill
        let results = try Self.resolutions(resumed.stdout)
        #expect(results.filter { $0["status"] as? String == "resolved" }.count == 10)

        // A clean run from an empty library, for comparison: it needs more requests than the resumed one.
        let (cleanFolder, cleanLibrary) = try Self.pageOnly()
        defer { try? FileManager.default.removeItem(at: cleanFolder) }
        let before = await server.totalRequests()
        let clean = try await CLIProcess.runAsync(Self.resolveArguments(cleanFolder, cleanLibrary, server))
        let cleanRequests = await server.totalRequests() - before
        #expect(resumedRequests < cleanRequests)
        let cleanResults = try Self.resolutions(clean.stdout)
        #expect(results.map { $0["record"] as? String } == cleanResults.map { $0["record"] as? String })
    }

    @Test("--offline with --resolve sends nothing; the unreachable references are reported, not fatal")
    func offline() async throws {
        let server = try await Self.startServer()
        defer { Task { await server.stop() } }
        let (folder, library) = try Self.pageOnly()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try await CLIProcess.runAsync(["check", folder.path, "--resolve", "--offline", "--library", library,
                                         "--eutils-url", server.eutilsURL.absoluteString])
        #expect(result.status == 0)
        #expect(await server.totalRequests() == 0)
        #expect(result.stdout.contains("[resolve-failed]"))
        #expect(result.stdout.contains("--offline forbids network access"))
    }
}
