import Foundation

/// A BM25 index over documents with a title and a body, using the biomedical tokenizer.
///
/// Title terms count ``BM25Parameters/titleWeight`` times (a simple BM25F); adjacent-term pairs
/// are indexed as extra terms so that phrase overlap ranks higher.
public struct BM25Index: Sendable {
    public private(set) var parameters: BM25Parameters
    /// The documents' ids, in index order.
    public let documentIDs: [String]
    private var termIDs: [String: Int32] = [:]
    private var postings: [[(doc: Int32, tf: Float)]] = []
    private var lengths: [Float] = []
    private var averageLength: Double = 1
    private let tokenizer = BiomedicalTokenizer()

    /// Builds the index.
    /// - Parameter documents: `(id, title, body)` per document.
    public init(documents: [(id: String, title: String, body: String)], parameters: BM25Parameters = BM25Parameters()) {
        let tokenizer = BiomedicalTokenizer()
        self.init(
            tokenized: documents.map { (id: $0.id, title: tokenizer.tokens($0.title), body: tokenizer.tokens($0.body)) },
            parameters: parameters)
    }

    /// Builds the index from documents already split into tokens by ``BiomedicalTokenizer``
    /// (so that a caller that needs the tokens too splits each text once).
    public init(tokenized documents: [(id: String, title: [Token], body: [Token])], parameters: BM25Parameters = BM25Parameters()) {
        self.parameters = parameters
        documentIDs = documents.map(\.id)
        lengths.reserveCapacity(documents.count)
        for (d, doc) in documents.enumerated() {
            var tf: [Int32: Float] = [:]
            var length: Float = 0
            for (tokens, weight) in [(doc.title, Float(parameters.titleWeight)), (doc.body, 1)] {
                for term in terms(tokens) {
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

    /// The same index scored with other saturation and length-normalisation settings (the
    /// indexed terms stay; title and bigram weights are fixed at indexing time).
    public func rescored(k1: Double, b: Double) -> BM25Index {
        var copy = self
        copy.parameters.k1 = k1
        copy.parameters.b = b
        return copy
    }

    /// Unigrams and (prefixed) bigrams of a text.
    func terms(_ text: String) -> [String] { terms(tokenizer.tokens(text)) }

    /// Unigrams and (prefixed) bigrams of a tokenized text.
    func terms(_ tokens: [Token]) -> [String] {
        var out = tokens.map(\.term)
        if parameters.bigramWeight > 0 {
            let seq = BiomedicalTokenizer.sequence(tokens)
            if seq.count > 1 {
                for i in 0..<(seq.count - 1) { out.append("§" + seq[i] + " " + seq[i + 1]) }
            }
        }
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
        score(queryWeights(query), top: top)
    }

    /// Scores every document for a query whose terms count `termWeight(term)` each time they
    /// occur (pairs count ``BM25Parameters/bigramWeight``); returns the best `top`, best first.
    public func search(_ query: String, top: Int, termWeight: (String) -> Double) -> [(index: Int, score: Double)] {
        score(queryWeights(query, termWeight: termWeight), top: top)
    }

    private func queryWeights(_ query: String, termWeight: (String) -> Double = { _ in 1 }) -> [Int32: Double] {
        var weights: [Int32: Double] = [:]
        for t in terms(query) {
            guard let id = termIDs[t] else { continue }
            weights[id, default: 0] += t.hasPrefix("§") ? parameters.bigramWeight : termWeight(t)
        }
        return weights
    }

    private func idf(_ term: Int32) -> Double {
        Self.idf(documents: documentIDs.count, holding: postings[Int(term)].count)
    }

    /// The BM25 inverse document frequency of a term `holding` of `documents` items hold.
    static func idf(documents: Int, holding: Int) -> Double {
        let n = Double(documents), df = Double(holding)
        return log(1 + (n - df + 0.5) / (df + 0.5))
    }

    private func score(_ weights: [Int32: Double], top: Int) -> [(index: Int, score: Double)] {
        denseScores(weights).enumerated().filter { $0.element > 0 }
            .sorted { $0.element > $1.element || ($0.element == $1.element && $0.offset < $1.offset) }
            .prefix(top).map { ($0.offset, $0.element) }
    }

    private func denseScores(_ weights: [Int32: Double]) -> [Double] {
        var scores = [Double](repeating: 0, count: documentIDs.count)
        let k1 = parameters.k1, b = parameters.b
        // In term order, so that sums (and ties) do not vary with the process's hash seed.
        for (term, weight) in weights.sorted(by: { $0.key < $1.key }) {
            let termIDF = idf(term)
            for (doc, tf) in postings[Int(term)] {
                let f = Double(tf)
                let norm = k1 * (1 - b + b * Double(lengths[Int(doc)]) / averageLength)
                scores[Int(doc)] += weight * termIDF * f * (k1 + 1) / (f + norm)
            }
        }
        return scores
    }
}
