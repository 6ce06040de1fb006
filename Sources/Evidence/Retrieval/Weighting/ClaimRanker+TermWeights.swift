import Foundation

extension ClaimRanker {
    /// The distinct terms of a claim that some item holds, in claim order, with their
    /// ``TermFeature`` values (in `allCases` order).
    public func termFeatures(_ claim: String) -> [(term: String, features: [Double])] {
        var seen = Set<String>()
        var known: [(term: String, counts: TermStatistics.Counts)] = []
        for term in BiomedicalTokenizer().terms(claim) where seen.insert(term).inserted {
            if let counts = statistics.counts(of: term) { known.append((term, counts)) }
        }
        let idfs = known.map { statistics.idf(documents: $0.counts.documents) }
        let largest = idfs.max() ?? 1
        return zip(known, idfs).map { entry, idf in
            let c = entry.counts
            let values = TermFeature.allCases.map { feature -> Double in
                switch feature {
                case .idf: idf
                case .titleShare: (Double(c.titles) + 0.5) / (Double(c.documents) + 1)
                case .burstiness: log(Double(c.abstractOccurrences) + 1) - log(Double(max(c.documents, 1)))
                case .relativeIDF: largest > 0 ? idf / largest : 0
                case .numeric: entry.term.first?.isNumber == true ? 1 : 0
                case .length: Double(min(entry.term.count, 12)) / 12
                }
            }
            return (entry.term, values)
        }
    }

    /// Term → weight for a claim's terms (empty without a weighting: every term counts 1).
    func termWeights(_ claim: String) -> [String: Double] {
        guard let termWeighting, termWeighting.exponent != 0 else { return [:] }
        var out: [String: Double] = [:]
        for (term, features) in termFeatures(claim) { out[term] = termWeighting.weight(features) }
        return out
    }
}
