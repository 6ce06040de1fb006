import Bibliography
import Foundation
import Testing

@testable import Evidence

@Suite("Claims files for ranking")
struct ClaimQueryTests {
    @Test("reads one claim a line, ids as written, blank lines skipped")
    func reads() throws {
        let data = Data("{\"id\": 7, \"claim\": \"Dextrose raises collagen.\"}\n\n{\"id\": \"c2\", \"claim\": \"B\"}\n".utf8)
        let claims = try ClaimQuery.readJSONLines(data, file: "claims.jsonl")
        #expect(claims == [ClaimQuery(id: .int(7), claim: "Dextrose raises collagen."), ClaimQuery(id: .string("c2"), claim: "B")])
    }

    @Test("a bad line is reported with the file and its line number")
    func badLine() {
        let data = Data("{\"id\": 1, \"claim\": \"A\"}\n{\"id\": 2}\n".utf8)
        #expect(throws: ClaimQueryError.malformed(file: "claims.jsonl", line: 2, reason: "expected {\"id\": ..., \"claim\": \"...\"}")) {
            try ClaimQuery.readJSONLines(data, file: "claims.jsonl")
        }
    }
}

@Suite("Hostile ranking and indexing input")
struct HostileEvidenceInputTests {
    @Test("MeSH strings that are only a star or a slash are ignored, not a crash")
    func oddMesh() {
        var item = Item(id: "x")
        item.fields["custom"] = .object(["mesh": .array([.string("*"), .string("/"), .string("Rabbits"), .string("Collagen/physiology*")])])
        let record = Record.fromCSLJSON(item)
        #expect(record.metadata.meshHeadings.map(\.descriptor.name) == ["Rabbits", "Collagen"])
        #expect(record.metadata.meshHeadings[1].qualifiers.first?.majorTopic == true)
    }

    @Test("a ranking asks for no more items than the library has, and none for top 0")
    func topBounds() {
        var a = Item(id: "a")
        a.title = "Collagen synthesis in tendons"
        var b = Item(id: "b")
        b.title = "Glucose and mesangial cells"
        let ranker = ClaimRanker(items: [a, b])
        #expect(ranker.rank("collagen in tendons", top: 0) == [])
        #expect(ranker.rank("collagen in tendons", top: Int.max).first == "a")
        #expect(ranker.rank("collagen in tendons", top: Int.max).count <= 2)
    }

    @Test("a very long run of y does not make the stemmer recurse or slow down")
    func longToken() {
        let token = String(repeating: "y", count: 100_000)
        #expect(PorterStemmer.stem(token) == token)
    }
}
