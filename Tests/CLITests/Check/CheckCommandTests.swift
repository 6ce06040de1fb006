import Foundation
import Testing

@Suite("cite check: exit codes and output", .serialized)
struct CheckCommandTests {
    @Test("a missing page is exit 2 with a one-line message naming it")
    func missingFile() throws {
        let result = try CLIProcess.run(["check", "no/such/page.html"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no/such/page.html: no such file or folder"))
        #expect(result.stdout.isEmpty)
    }

    @Test("an unknown option is bad usage: exit 2")
    func badUsage() throws {
        let result = try CLIProcess.run(["check", "References/prolotherapy", "--fail-on", "sometimes"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("sometimes"))
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

    @Test("cite references prints the parsed list as CSL-JSON")
    func referencesCSLJSON() throws {
        let result = try CLIProcess.run(["references", "References/prolotherapy", "--format", "csl-json"])
        #expect(result.status == 0)
        let items = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(items.count == 14)
        #expect(items.first?["title"] as? String == "Prolotherapy: a literature review and retrospective study")
    }
}
