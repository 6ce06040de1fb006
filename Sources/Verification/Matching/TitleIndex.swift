import Foundation

/// An inverted index from title words (and first-author surnames) to records, so a reference is
/// compared only with the records that share its rarer words.
struct TitleIndex: Sendable {
    private var postings: [String: [Int32]] = [:]
    private let count: Int

    init(features: [MatchFeatures]) {
        count = features.count
        for (i, f) in features.enumerated() {
            for key in f.indexKeys { postings[key, default: []].append(Int32(i)) }
        }
    }

    /// Records sharing the most inverse-document-frequency weight with the query, best first
    /// (ties by record position).
    func candidates(for query: MatchFeatures, limit: Int) -> [Int] {
        // Scores by record position, summed key by key in the query's key order (so the sums, and
        // their ties, are the same in every process); `touched` lists the records with a score.
        var scores = [Double](repeating: 0, count: count)
        var touched: [Int32] = []
        let n = Double(max(count, 1))
        for key in query.indexKeys {
            guard let list = postings[key] else { continue }
            // Very common words cost much and locate little.
            if list.count > max(2_000, count / 5) { continue }
            let idf = log(1 + n / Double(list.count))
            for i in list {
                if scores[Int(i)] == 0 { touched.append(i) }
                scores[Int(i)] += idf
            }
        }
        touched.sort { a, b in
            let x = scores[Int(a)], y = scores[Int(b)]
            return x > y || (x == y && a < b)
        }
        return touched.prefix(limit).map { Int($0) }
    }
}
