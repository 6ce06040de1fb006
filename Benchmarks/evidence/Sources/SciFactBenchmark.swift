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

    /// Where the gold abstracts of missed claims rank (for analysis): counts by rank bucket.
    func missRanks(_ claims: [Claim], ranker: ClaimRanker) -> [String: Int] {
        var buckets: [String: Int] = [:]
        for c in claims {
            let ranked = ranker.rank(c.text, top: 100)
            let titles = Dictionary(items.map { ($0.idString, $0.title ?? "") }, uniquingKeysWith: { a, _ in a })
            for g in c.evidence where !ranked.prefix(3).contains(g) {
                FileHandle.standardError.write(Data("MISS \(c.text)\n   gold #\((ranked.firstIndex(of: g) ?? 999) + 1): \(titles[g] ?? "")\n   top1: \(titles[ranked.first ?? ""] ?? "")\n".utf8))
            }
            for g in c.evidence {
                let r = ranked.firstIndex(of: g).map { $0 + 1 }
                let key: String
                switch r {
                case .some(let x) where x <= 3: continue
                case .some(let x) where x <= 5: key = "4-5"
                case .some(let x) where x <= 10: key = "6-10"
                case .some(let x) where x <= 100: key = "11-100"
                default: key = ">100"
                }
                buckets[key, default: 0] += 1
            }
        }
        return buckets
    }

    /// Term-weighting training samples: each distinct claim term the library holds, with the
    /// share of the claim's gold abstracts (title or abstract) that hold it.
    func termSamples(_ claims: [Claim], ranker: ClaimRanker) -> [LogisticFitter.Sample] {
        let tokenizer = BiomedicalTokenizer()
        let byID = Dictionary(items.map { ($0.idString, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [LogisticFitter.Sample] = []
        for c in claims {
            let gold = c.evidence.sorted().compactMap { byID[$0] }.map { Set(tokenizer.terms(($0.title ?? "") + " . " + ($0.abstract ?? ""))) }
            guard !gold.isEmpty else { continue }
            for (term, features) in ranker.termFeatures(c.text) {
                out.append(LogisticFitter.Sample(features: features, target: Double(gold.filter { $0.contains(term) }.count) / Double(gold.count)))
            }
        }
        return out
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
