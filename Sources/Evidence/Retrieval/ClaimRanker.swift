import Bibliography
import Foundation

/// Ranks the items of a library by how well they address a claim: BM25 over title and abstract,
/// plus the best single abstract sentence (claims usually restate one finding, so a sentence
/// that matches closely counts beyond what the whole abstract shares with the claim). Each claim
/// term counts by its ``QueryTermWeighting`` weight (topic words above the wording of findings).
public struct ClaimRanker: Sendable {
    /// The library being ranked, in input order.
    public let items: [Item]
    public private(set) var parameters: BM25Parameters
    private var index: BM25Index
    private var sentences: BM25Index
    /// For each sentence, the item it belongs to.
    private let sentenceOwner: [Int]
    /// How claim terms are weighted; nil counts each occurrence once.
    public var termWeighting: QueryTermWeighting?
    /// The library's term counts the weighting reads.
    public let statistics: TermStatistics

    /// Indexes the items' titles and abstracts (and abstract sentences when `sentenceWeight` > 0).
    /// - Parameters:
    ///   - items: The library to rank.
    ///   - parameters: BM25 settings.
    ///   - termWeighting: How claim terms are weighted; by default the weighting fitted on SciFact's
    ///     tuning claims (`QueryTermWeighting.fitted`), which reads only the library's own term counts;
    ///     `nil` counts each claim term once.
    public init(items: [Item], parameters: BM25Parameters = BM25Parameters(), termWeighting: QueryTermWeighting? = .fitted) {
        self.items = items
        self.parameters = parameters
        self.termWeighting = termWeighting
        let tokenizer = BiomedicalTokenizer()
        let tokenized = items.map { (id: $0.idString, title: tokenizer.tokens($0.title ?? ""), body: tokenizer.tokens($0.abstract ?? "")) }
        statistics = TermStatistics(terms: tokenized.map { (title: $0.title.map(\.term), abstract: $0.body.map(\.term)) })
        index = BM25Index(tokenized: tokenized, parameters: parameters)
        var passages: [(id: String, title: String, body: String)] = []
        var owner: [Int] = []
        if parameters.sentenceWeight > 0 {
            for (i, item) in items.enumerated() {
                for sentence in SentenceSplitter.sentences(item.abstract ?? "") {
                    passages.append((id: item.idString, title: "", body: sentence))
                    owner.append(i)
                }
            }
        }
        sentences = BM25Index(documents: passages, parameters: BM25Parameters(k1: parameters.k1, b: parameters.b, titleWeight: 1, bigramWeight: parameters.bigramWeight, sentenceWeight: 0))
        sentenceOwner = owner
    }

    /// The same ranker with other scoring settings, without re-indexing (for tuning; title and
    /// bigram weights are fixed at indexing).
    public func rescored(k1: Double, b: Double, sentenceWeight: Double) -> ClaimRanker {
        var copy = self
        copy.parameters.k1 = k1
        copy.parameters.b = b
        copy.parameters.sentenceWeight = sentenceWeight
        copy.index = index.rescored(k1: k1, b: b)
        copy.sentences = sentences.rescored(k1: k1, b: b)
        return copy
    }

    /// The ids of the best `top` items for a claim, best first (items sharing no term are left out).
    public func rank(_ claim: String, top requested: Int = 10) -> [String] {
        let top = min(max(requested, 0), items.count)
        guard top > 0 else { return [] }
        let weights = termWeights(claim)
        let weight: (String) -> Double = { weights[$0] ?? 1 }
        var scores: [Int: Double] = [:]
        for hit in index.search(claim, top: max(top * 20, 200), termWeight: weight) { scores[hit.index] = hit.score }
        if parameters.sentenceWeight > 0 {
            var best: [Int: Double] = [:]
            for hit in sentences.search(claim, top: max(top * 60, 600), termWeight: weight) {
                let owner = sentenceOwner[hit.index]
                best[owner] = max(best[owner] ?? 0, hit.score)
            }
            for (doc, s) in best where scores[doc] != nil { scores[doc, default: 0] += parameters.sentenceWeight * s }
        }
        return scores.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
            .prefix(top).map { items[$0.key].idString }
    }
}
