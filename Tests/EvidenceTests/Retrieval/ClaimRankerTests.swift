import Bibliography
import Foundation
import Testing
@testable import Evidence

@Suite("Ranking library items for claims")
struct ClaimRankerTests {
    func items() throws -> [Item] { try EvidenceFixtures.rankItems() }

    @Test("the item addressing the claim ranks first; items sharing no term are left out")
    func ranking() throws {
        let ranker = ClaimRanker(items: try items())
        #expect(ranker.rank("Dextrose injections increase collagen in rabbit ligaments", top: 3).first == "collagen-rabbit")
        #expect(ranker.rank("TGF-β1 production by mononuclear cells", top: 3).first == "tgf-beta")
        #expect(ranker.rank("zebra crossings", top: 3).isEmpty)
    }

    @Test("top limits the list")
    func top() throws {
        #expect(ClaimRanker(items: try items()).rank("glucose", top: 1).count == 1)
    }

    @Test("an output line is {\"id\": claim id, \"ranked\": [item ids]} with the claim id's JSON type kept")
    func format() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let numeric = String(decoding: try encoder.encode(ClaimRanking(id: .int(12), ranked: ["a", "b"])), as: UTF8.self)
        #expect(numeric == #"{"id":12,"ranked":["a","b"]}"#)
        let text = String(decoding: try encoder.encode(ClaimRanking(id: .string("c1"), ranked: [])), as: UTF8.self)
        #expect(text == #"{"id":"c1","ranked":[]}"#)
    }
}
