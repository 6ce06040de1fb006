import Foundation
import Testing

@Suite("cite check: exit codes and output", .serialized)
struct CheckCommandTests {
    @Test("a missing page is exit 2 with a one-line message naming it")
    func missingFile() throws {
        let result = try CLIProcess.run(["check", "no/such/page.html"])
        #expect(result.status == 2)
        #expect(result.stderr == "no/such/page.html: no such file or folder\n")
        #expect(result.stdout.isEmpty)
    }

    @Test("an unknown option or a bad option value is bad usage: exit 2")
    func badUsage() throws {
        let badValue = try CLIProcess.run(["check", "References/prolotherapy", "--fail-on", "sometimes"])
        #expect(badValue.status == 2)
        #expect(badValue.stderr.contains("sometimes"))
        let unknown = try CLIProcess.run(["check", "References/prolotherapy", "--no-such-option"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("--no-such-option"))
    }

    @Test("an invalid claims.yaml is exit 2 naming the file and line")
    func badClaimsMap() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cite-bundle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Collagen rises.1\n\n1. Doe J. A study. J Test. 2001;1:1-2.\n".utf8).write(to: folder.appendingPathComponent("page.txt"))
        try Data("claims:\n  - id: a\n    match: [unclosed\n".utf8).write(to: folder.appendingPathComponent("claims.yaml"))
        let result = try CLIProcess.run(["check", folder.path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("\(folder.path)/claims.yaml:4:1: invalid claims map:"))
        #expect(result.stdout.isEmpty)
    }

    @Test("an unknown style is exit 2 naming the style")
    func badStyle() throws {
        let result = try CLIProcess.run(["check", "References/prolotherapy", "--style", "no-such-style"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no-such-style"))
    }

    @Test("the bundled page has warnings but no errors: exit 0 by default, 1 with --fail-on warning")
    func failOn() throws {
        let clean = try CLIProcess.run(["check", "References/prolotherapy", "--fail-on", "error"])
        #expect(clean.status == 0)
        #expect(clean.stdout.contains("[marker-separator]"))
        #expect(clean.stdout.contains("[orphan-reference]"))
        let strict = try CLIProcess.run(["check", "References/prolotherapy", "--fail-on", "warning"])
        #expect(strict.status == 1)
        let never = try CLIProcess.run(["check", "Fixtures/cli/unresolved.md", "--fail-on", "never"])
        #expect(never.status == 0)
    }

    @Test("an unresolved marker is an error: exit 1")
    func unresolvedIsError() throws {
        let result = try CLIProcess.run(["check", "Fixtures/cli/unresolved.md"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error:"))
        #expect(result.stdout.contains("[unresolved-marker]"))
    }

    @Test("--format json prints the report with the three claims of the bundled page")
    func json() throws {
        let result = try CLIProcess.run(["check", "References/prolotherapy", "--format", "json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let claims = object?["claims"] as? [[String: Any]] ?? []
        #expect(claims.map { $0["citations"] as? [Int] ?? [] } == [Array(1...6), Array(7...13), [13]])
        let references = object?["references"] as? [[String: Any]] ?? []
        #expect(references.count == 14)
        #expect((object?["document"] as? String)?.hasSuffix("page.txt") == true)
        #expect(object?["bibliography"] is String)
    }

    @Test("cite references prints the list as parsed from the page, as CSL-JSON or rendered")
    func references() throws {
        let json = try CLIProcess.run(["references", "References/prolotherapy", "--format", "csl-json"])
        #expect(json.status == 0)
        let items = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(items.count == 14)
        #expect(items.first?["title"] as? String == "Prolotherapy: a literature review and retrospective study")
        #expect(items[2]["volume"] as? String == "2")
        let text = try CLIProcess.run(["references", "References/prolotherapy"])
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n")
        #expect(lines.count == 14)
        #expect(lines[2].hasPrefix("3. Liu Y. An in situ study"))
        #expect(lines[2].contains("Connect Tissue Res. 1983;2:95–102."))
    }
}
