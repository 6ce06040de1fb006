import ArgumentParser
import Bibliography
import Evidence
import Foundation

/// `cite support`: claim-support tools.
struct SupportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "support",
        abstract: "Find the records of a library that address claims.",
        subcommands: [Rank.self]
    )

    /// `cite support rank --corpus ITEMS.jsonl --claims CLAIMS.jsonl [--top K]`
    struct Rank: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rank library items by how well they address each claim (BM25 over title and abstract).",
            discussion: """
                CLAIMS lines are {"id": ..., "claim": "..."}; ITEMS are CSL-JSON items with id, title, abstract \
                (JSON Lines or an array). Prints one JSON line per claim: {"id": claim id, "ranked": [item ids]}.
                """
        )

        @Option(name: .long, help: "CSL-JSON items (JSON Lines or an array).")
        var corpus: String

        @Option(name: .long, help: "Claims, one JSON object a line: {\"id\": ..., \"claim\": \"...\"}.")
        var claims: String

        @Option(name: .long, help: "How many item ids to list per claim.")
        var top: Int = 10

        func validate() throws {
            guard top > 0 else { throw ValidationError("--top must be at least 1") }
        }

        func run() throws {
            let items: [Item]
            let claimLines: [ClaimQuery]
            do {
                items = try Bibliography(cslJSON: try Self.read(corpus), file: corpus).items
                claimLines = try ClaimQuery.readJSONLines(try Self.read(claims), file: claims)
            } catch {
                FileHandle.standardError.write(Data("cite support rank: \(error)\n".utf8))
                throw ExitCode(2)
            }
            let ranker = ClaimRanker(items: items)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var out = Data()
            for line in claimLines {
                out += try encoder.encode(ClaimRanking(id: line.id, ranked: ranker.rank(line.claim, top: top)))
                out += Data("\n".utf8)
            }
            FileHandle.standardOutput.write(out)
        }

        static func read(_ path: String) throws -> Data {
            do {
                return try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw CommandError("\(path): cannot read: \((error as NSError).localizedDescription)")
            }
        }
    }
}
