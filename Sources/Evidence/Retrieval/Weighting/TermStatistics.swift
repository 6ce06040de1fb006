import Foundation

/// How a library uses each term: in how many items, in how many titles, and how often in
/// abstracts. The query-term weighting reads these.
public struct TermStatistics: Sendable {
    /// Counts for one term.
    public struct Counts: Sendable, Hashable {
        /// Items whose title or abstract holds the term.
        public var documents = 0
        /// Items whose title holds the term.
        public var titles = 0
        /// Occurrences in all abstracts together.
        public var abstractOccurrences = 0
    }

    /// Number of items counted.
    public let documentCount: Int
    private let counts: [String: Counts]

    /// Counts the terms of `(title, abstract)` pairs with `tokenizer`.
    public init(documents: [(title: String, abstract: String)], tokenizer: BiomedicalTokenizer = BiomedicalTokenizer()) {
        self.init(terms: documents.map { (title: tokenizer.terms($0.title), abstract: tokenizer.terms($0.abstract)) })
    }

    /// Counts already tokenized `(title, abstract)` pairs.
    public init(terms documents: [(title: [String], abstract: [String])]) {
        var counts: [String: Counts] = [:]
        for doc in documents {
            let title = Set(doc.title)
            var body: [String: Int] = [:]
            for term in doc.abstract { body[term, default: 0] += 1 }
            for term in title.union(body.keys) {
                counts[term, default: Counts()].documents += 1
                if title.contains(term) { counts[term, default: Counts()].titles += 1 }
                counts[term, default: Counts()].abstractOccurrences += body[term] ?? 0
            }
        }
        documentCount = documents.count
        self.counts = counts
    }

    /// The counts of a term, or nil when no item holds it.
    public func counts(of term: String) -> Counts? { counts[term] }

    /// The BM25 inverse document frequency of a term held by `documents` items.
    public func idf(documents: Int) -> Double {
        BM25Index.idf(documents: documentCount, holding: documents)
    }
}
