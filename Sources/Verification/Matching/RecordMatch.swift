import Bibliography

/// A reference's record, the score of the match in 0...1, and how it was found.
public struct RecordMatch: Sendable, Hashable {
    /// The matched record.
    public var record: Record
    /// Position of the record in the list the matcher was built from.
    public var recordIndex: Int
    /// 1 for an identifier match; otherwise the field-comparison score.
    public var score: Double
    /// Whether an identifier or a field comparison found the record.
    public var method: MatchMethod

    /// A match of `record` (at `recordIndex`) with its score and method.
    public init(record: Record, recordIndex: Int, score: Double, method: MatchMethod) {
        self.record = record
        self.recordIndex = recordIndex
        self.score = score
        self.method = method
    }

    /// The report's `record` object: `{"id": "pmid:6224646", "score": 0.97}`.
    public var summary: MatchSummary {
        MatchSummary(id: record.reportID, score: (score * 100).rounded() / 100, method: method)
    }
}
