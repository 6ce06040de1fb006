import Bibliography
import Evidence
import Foundation

/// Recall@3 of `ClaimRanker` on SciFact (train claims with evidence), the corpus converted to
/// CSL-JSON items (id = doc_id, title, abstract = its sentences joined).
struct SciFactBenchmark {
    struct Claim {
        var id: Int
        var text: String
        var evidence: Set<String>
    }

    let items: [Item]
    let claims: [Claim]

    init(directory: URL) throws {
        var items: [Item] = []
        let corpus = try Data(contentsOf: directory.appendingPathComponent("corpus.jsonl"))
        for line in corpus.split(separator: UInt8(ascii: "\n")) {
            guard let o = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let id = o["doc_id"] as? Int else { continue }
            var item = Item(id: String(id))
            item.title = o["title"] as? String
            item.abstract = (o["abstract"] as? [String])?.joined(separator: " ")
            items.append(item)
        }
        var claims: [Claim] = []
        let data = try Data(contentsOf: directory.appendingPathComponent("claims_train.jsonl"))
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let o = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let id = o["id"] as? Int, let text = o["claim"] as? String,
                let evidence = o["evidence"] as? [String: Any], !evidence.isEmpty else { continue }
            claims.append(Claim(id: id, text: text, evidence: Set(evidence.keys)))
        }
        self.items = items
        self.claims = claims
    }

    /// The tuning split: claims whose id is even. Figures are reported on the odd (held-out)
    /// half and on all claims.
    func split(tuning: Bool) -> [Claim] { claims.filter { ($0.id % 2 == 0) == tuning } }

    struct Recall {
        var found = 0, gold = 0, claimSum = 0.0, claims = 0
        var micro: Double { gold == 0 ? 0 : Double(found) / Double(gold) }
        var macro: Double { claims == 0 ? 0 : claimSum / Double(claims) }
    }

    func recall(_ claims: [Claim], ranker: ClaimRanker, k: Int = 3) -> Recall {
        var r = Recall()
        for c in claims {
            let top = Set(ranker.rank(c.text, top: k))
            let hit = c.evidence.intersection(top).count
            r.found += hit
            r.gold += c.evidence.count
            r.claimSum += Double(hit) / Double(c.evidence.count)
            r.claims += 1
        }
        return r
    }
}
