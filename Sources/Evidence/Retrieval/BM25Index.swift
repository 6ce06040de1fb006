import Foundation

/// A BM25 index over documents with a title and a body, using the biomedical tokenizer.
///
/// Title terms count ``BM25Parameters/titleWeight`` times (a simple BM25F); adjacent-term pairs
/// are indexed as extra terms so that phrase overlap ranks higher.
public struct BM25Index: Sendable {
    public let parameters: BM25Parameters
    public let documentIDs: [String]
    private var termIDs: [String: Int32] = [:]
    private var postings: [[(doc: Int32, tf: Float)]] = []
    private var lengths: [Float] = []
    private var averageLength: Double = 1
    private let tokenizer = BiomedicalTokenizer()

    /// Builds the index.
    /// - Parameter documents: `(id, title, body)` per document.
    public init(documents: [(id: String, title: String, body: String)], parameters: BM25Parameters = BM25Parameters()) {
        self.parameters = parameters
        documentIDs = documents.map(\.id)
        lengths.reserveCapacity(documents.count)
        for (d, doc) in documents.enumerated() {
            var tf: [Int32: Float] = [:]
            var length: Float = 0
            for (text, weight) in [(doc.title, Float(parameters.titleWeight)), (doc.body, 1)] {
                for term in terms(text) {
                    tf[intern(term), default: 0] += weight
                    length += weight
                }
            }
            lengths.append(length)
            for (t, f) in tf { postings[Int(t)].append((Int32(d), f)) }
        }
        let total = lengths.reduce(0) { $0 + Double($1) }
        averageLength = documents.isEmpty ? 1 : max(1, total / Double(documents.count))
    }

    /// Unigrams and (prefixed) bigrams of a text.
    func terms(_ text: String) -> [String] {
        let tokens = tokenizer.tokens(text)
        var out = tokens.map(\.term)
        if parameters.bigramWeight > 0 {
            let seq = Self.sequence(tokens)
            if seq.count > 1 {
                for i in 0..<(seq.count - 1) { out.append("§" + seq[i] + " " + seq[i + 1]) }
            }
        }
        return out
    }

    private static func sequence(_ tokens: [Token]) -> [String] {
        var seen = Set<Int>()
        var out: [String] = []
        for t in tokens where seen.insert(t.position).inserted { out.append(t.term) }
        return out
    }

    private mutating func intern(_ term: String) -> Int32 {
        if let id = termIDs[term] { return id }
        let id = Int32(postings.count)
        termIDs[term] = id
        postings.append([])
        return id
    }

    /// Scores every document for a query; returns the best `top` as `(index, score)`, best first.
    public func search(_ query: String, top: Int) -> [(index: Int, score: Double)] {
        var qtf: [String: Double] = [:]
        for t in terms(query) { qtf[t, default: 0] += t.hasPrefix("§") ? parameters.bigramWeight : 1 }
        var scores = [Double](repeating: 0, count: documentIDs.count)
        let n = Double(documentIDs.count)
        let k1 = parameters.k1, b = parameters.b
        for (term, weight) in qtf {
            guard let id = termIDs[term] else { continue }
            let list = postings[Int(id)]
            let df = Double(list.count)
            let idf = log(1 + (n - df + 0.5) / (df + 0.5))
            for (doc, tf) in list {
                let f = Double(tf)
                let norm = k1 * (1 - b + b * Double(lengths[Int(doc)]) / averageLength)
                scores[Int(doc)] += weight * idf * f * (k1 + 1) / (f + norm)
            }
        }
        let ranked = scores.enumerated().filter { $0.element > 0 }
            .sorted { $0.element > $1.element || ($0.element == $1.element && $0.offset < $1.offset) }
        return ranked.prefix(top).map { ($0.offset, $0.element) }
    }
}
