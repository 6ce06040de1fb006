import Foundation

/// An inverted index from title words (and first-author surnames) to records, so a reference is
/// compared only with the records that share its rarer words.
struct TitleIndex: Sendable {
    private var postings: [String: [Int32]] = [:]
    private let count: Int

    init(features: [MatchFeatures]) {
        count = features.count
        for (i, f) in features.enumerated() {
            for w in Set(f.indexWords) { postings[w, default: []].append(Int32(i)) }
            if let a = f.firstAuthor { postings["au:" + a, default: []].append(Int32(i)) }
        }
    }

    /// Records sharing the most inverse-document-frequency weight with the query, best first.
    func candidates(for query: MatchFeatures, limit: Int) -> [Int] {
        var scores: [Int32: Double] = [:]
        // Distinct words in query order, so the score sums (and their ties) are the same in every process.
        var seen = Set<String>()
        var keys = query.indexWords.filter { seen.insert($0).inserted }
        if let a = query.firstAuthor { keys.append("au:" + a) }
        let n = Double(max(count, 1))
        for key in keys {
            guard let list = postings[key] else { continue }
            // Very common words cost much and locate little.
            if list.count > max(2_000, count / 5) { continue }
            let idf = log(1 + n / Double(list.count))
            for i in list { scores[i, default: 0] += idf }
        }
        return scores.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
            .prefix(limit).map { Int($0.key) }
    }
}
