import Foundation
import Testing
@testable import Evidence

@Suite("BM25 index")
struct BM25IndexTests {
    @Test("BM25 query-term weights scale each term's share; weight 0 drops it")
    func bm25Weights() {
        let index = BM25Index(documents: [
            (id: "a", title: "", body: "collagen ligament"),
            (id: "b", title: "", body: "collagen tendon"),
            (id: "c", title: "", body: "bone tendon"),
        ])
        let plain = index.search("ligament tendon", top: 3)
        let half = index.search("ligament tendon", top: 3, termWeight: { $0 == "ligament" ? 0.5 : 1 })
        // "a" holds only "ligament": its score halves; "b" and "c" hold only "tendon": unchanged.
        let score = { (hits: [(index: Int, score: Double)], doc: Int) in hits.first { $0.index == doc }?.score ?? -1 }
        #expect(abs(score(half, 0) - score(plain, 0) / 2) < 1e-12)
        #expect(score(half, 1) == score(plain, 1))
        #expect(index.search("ligament tendon", top: 3, termWeight: { $0 == "ligament" ? 0 : 1 }).map(\.index) == [1, 2])
    }
}
