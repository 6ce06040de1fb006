import Bibliography

/// Finds the record a cited reference describes, among any number of records.
///
/// Identifiers decide first (PMID, then DOI, then PMCID); otherwise the records that share the
/// reference's rarer title words are scored on title, first author, year, journal (full or NLM
/// abbreviation), volume and first page, and the best one is accepted when its score reaches the
/// threshold and is clearly ahead of the runner-up.
public struct RecordMatcher: Sendable {
    /// The score a field match needs. Chosen on the PMC matching set so that wrong matches stay
    /// rarer than missed ones (see Benchmarks/evidence/README.md).
    public static let defaultThreshold = 0.66

    /// The candidate records, in the order given.
    public let records: [Record]
    /// The field-match score a candidate needs to be accepted.
    public var threshold: Double
    private let features: [MatchFeatures]
    private let index: TitleIndex
    private let byPMID: [String: Int]
    private let byDOI: [String: Int]
    private let byPMCID: [String: Int]
    private let scorer = MatchScorer()

    /// Each record's features, by content: a site's pages match against the same records again and again.
    private static let features = BoundedMemo<RecordContentKey, MatchFeatures>(capacity: 8192)

    /// Builds the matcher and its indexes.
    /// - Parameters:
    ///   - records: the candidate records, from any source.
    ///   - threshold: the score a field match needs; ``defaultThreshold`` unless tuned.
    public init(records: [Record], threshold: Double = RecordMatcher.defaultThreshold) {
        self.records = records
        self.threshold = threshold
        let features = records.map { record in Self.features.value(for: RecordContentKey(record)) { MatchFeatures(item: record.item, metadata: record.metadata) } }
        self.features = features
        index = TitleIndex(features: features)
        var pmid: [String: Int] = [:], doi: [String: Int] = [:], pmcid: [String: Int] = [:]
        for (i, f) in features.enumerated() {
            if let p = f.pmid, pmid[p] == nil { pmid[p] = i }
            if let d = f.doi, doi[d] == nil { doi[d] = i }
            if let c = f.pmcid, pmcid[c] == nil { pmcid[c] = i }
        }
        byPMID = pmid
        byDOI = doi
        byPMCID = pmcid
    }

    /// The record the cited item describes, or `nil` when none is convincing.
    public func match(_ cited: Item) -> RecordMatch? {
        let query = MatchFeatures(item: cited)
        if let p = query.pmid, let i = byPMID[p] { return RecordMatch(record: records[i], recordIndex: i, score: 1, method: .pmid) }
        if let d = query.doi, let i = byDOI[d] { return RecordMatch(record: records[i], recordIndex: i, score: 1, method: .doi) }
        if let c = query.pmcid, let i = byPMCID[c] { return RecordMatch(record: records[i], recordIndex: i, score: 1, method: .pmcid) }
        let ranked = scoredCandidates(query, limit: 2)
        guard let best = ranked.first, best.score >= threshold else { return nil }
        // Two records that fit equally well: refusing is safer than picking one.
        if ranked.count > 1, ranked[1].score > best.score - 0.02,
            features[ranked[1].recordIndex].titleTrigrams != features[best.recordIndex].titleTrigrams
        {
            return nil
        }
        return best
    }

    /// The best-scoring records for a cited item by field comparison alone (identifiers ignored),
    /// best first; for diagnostics and threshold tuning.
    public func candidates(for cited: Item, limit: Int = 5) -> [RecordMatch] {
        scoredCandidates(MatchFeatures(item: cited), limit: limit)
    }

    private func scoredCandidates(_ query: MatchFeatures, limit: Int) -> [RecordMatch] {
        let pool = index.candidates(for: query, limit: 60)
        var scored: [RecordMatch] = []
        scored.reserveCapacity(pool.count)
        for i in pool {
            let s = scorer.score(query, features[i])
            if s > 0 { scored.append(RecordMatch(record: records[i], recordIndex: i, score: s, method: .fields)) }
        }
        scored.sort { $0.score > $1.score || ($0.score == $1.score && $0.recordIndex < $1.recordIndex) }
        return Array(scored.prefix(limit))
    }
}
