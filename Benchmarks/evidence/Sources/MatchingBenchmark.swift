import Bibliography
import ReferenceText
import Foundation
import Verification

/// Precision and recall of `RecordMatcher` on the biblio-glutton PMC matching set: every raw
/// string is matched against records built from the gold fields of all entries.
struct MatchingBenchmark {
    struct Entry {
        var id: String
        var raw: String
        var gold: [String: String]
    }

    /// How a raw reference string becomes the cited Item: the project's reference parser, on the
    /// string with its PDF line breaks turned into spaces; identifiers are removed unless kept.
    var citedItem: @Sendable (_ raw: String, _ id: String, _ keepIdentifiers: Bool) -> Item = { raw, id, keep in
        let text = raw.split(whereSeparator: { $0 == "\n" || $0 == " " }).joined(separator: " ")
        var item = ReferenceParser().parse(text).item
        item.id = .string(id)
        if !keep {
            item.doi = nil
            item.pmid = nil
            item.pmcid = nil
        }
        return item
    }

    let entries: [Entry]

    init(file: URL) throws {
        let data = try Data(contentsOf: file)
        var entries: [Entry] = []
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let obj = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let id = obj["id"] as? String, let raw = (obj["text_raw"] as? String) ?? (obj["text"] as? String),
                let fields = obj["fields"] as? [String: Any]
            else { continue }
            entries.append(Entry(id: id, raw: raw, gold: fields.compactMapValues { $0 as? String }))
        }
        self.entries = entries
    }

    /// One record per distinct work (by DOI, else PMID), from the gold fields.
    func records() -> [Record] {
        var seen = Set<String>()
        var out: [Record] = []
        for e in entries {
            let key = goldKey(e.gold)
            guard seen.insert(key).inserted else { continue }
            var item = Item(id: e.id)
            item.title = e.gold["title"]
            item.containerTitle = e.gold["container-title"]
            item.volume = e.gold["volume"]
            item.page = e.gold["first_page"]
            item.doi = e.gold["doi"]
            item.pmid = e.gold["pmid"]
            if let s = e.gold["first_author_surname"] { item.author = [Name(family: s)] }
            var m = RecordMetadata(source: "pmc-gold")
            m.pmid = e.gold["pmid"]
            out.append(Record(item: item, metadata: m))
        }
        return out
    }

    func goldKey(_ g: [String: String]) -> String {
        if let d = g["doi"].flatMap(Identifiers.normalizedDOI) { return "doi:" + d }
        if let p = g["pmid"] { return "pmid:" + p }
        return "title:" + (g["title"] ?? "")
    }

    struct Result {
        var matched = 0, correct = 0, total = 0
        var precision: Double { matched == 0 ? 0 : Double(correct) / Double(matched) }
        var recall: Double { total == 0 ? 0 : Double(correct) / Double(total) }
    }

    /// Runs the matcher at its threshold, and prints a threshold sweep of the field scores.
    func run(keepIdentifiers: Bool, threshold: Double, sweep: Bool, showErrors: Int) -> Result {
        let recs = records()
        let matcher = RecordMatcher(records: recs, threshold: threshold)
        var result = Result()
        var bestScores: [(score: Double, correct: Bool)] = []
        var errors = 0
        for e in entries {
            result.total += 1
            let cited = citedItem(e.raw, e.id, keepIdentifiers)
            let want = goldKey(e.gold)
            if let m = matcher.match(cited) {
                result.matched += 1
                let ok = goldKey(gold(of: m.record)) == want
                if ok { result.correct += 1 } else if errors < showErrors {
                    errors += 1
                    print("WRONG \(e.id) score \(String(format: "%.3f", m.score)): \(e.raw.replacingOccurrences(of: "\n", with: " "))\n   cited title: \(cited.title ?? "-") | journal \(cited.containerTitle ?? "-") | vol \(cited.volume ?? "-") | page \(cited.page ?? "-")\n   matched: \(m.record.item.title ?? "-") | \(m.record.item.containerTitle ?? "-")")
                }
            } else if errors < showErrors, sweep {
                let top = matcher.candidates(for: cited, limit: 1).first
                if let top, goldKey(gold(of: top.record)) == want, top.score < threshold - 0.1 {
                    errors += 1
                    print("MISSED \(e.id) best-true score \(String(format: "%.3f", top.score)): \(e.raw.replacingOccurrences(of: "\n", with: " "))\n   cited title: \(cited.title ?? "-") | author \(cited.author.first?.family ?? "-") | journal \(cited.containerTitle ?? "-") | vol \(cited.volume ?? "-") | page \(cited.page ?? "-")")
                }
            }
            if sweep, let top = matcher.candidates(for: cited, limit: 1).first {
                bestScores.append((top.score, goldKey(gold(of: top.record)) == want))
            }
        }
        if sweep {
            for t in stride(from: 0.5, through: 0.95, by: 0.05) {
                let accepted = bestScores.filter { $0.score >= t }
                let ok = accepted.filter(\.correct).count
                print(String(format: "  threshold %.2f: P %.4f R %.4f (field scores only)", t,
                             accepted.isEmpty ? 0 : Double(ok) / Double(accepted.count), Double(ok) / Double(entries.count)))
            }
        }
        return result
    }

    private func gold(of record: Record) -> [String: String] {
        var g: [String: String] = [:]
        g["doi"] = record.item.doi
        g["pmid"] = record.item.pmid
        g["title"] = record.item.title
        return g
    }
}
