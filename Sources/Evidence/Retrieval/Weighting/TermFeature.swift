import Foundation

/// What the query-term weighting knows of one distinct claim term, in vector order.
public enum TermFeature: String, Sendable, CaseIterable, Codable {
    /// BM25 inverse document frequency in the library.
    case idf
    /// Share of the items holding the term that hold it in their title, (titles + ½) ÷ (items + 1):
    /// topic words reach titles, wording of findings ("increased", "associated") rarely does.
    case titleShare
    /// log(abstract occurrences + 1) − log(items holding it): topic words repeat within an abstract.
    case burstiness
    /// The term's IDF ÷ the largest IDF among the claim's terms.
    case relativeIDF
    /// 1 for a number (or a number with its unit), else 0.
    case numeric
    /// Characters in the term, up to 12, ÷ 12.
    case length
}

extension TermFeature {
    /// The feature's position in a feature vector.
    public var position: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
