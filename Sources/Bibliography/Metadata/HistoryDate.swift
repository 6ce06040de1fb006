/// A dated event in a record's history.
public struct HistoryDate: Sendable, Hashable, Codable {
    /// The event (`received`, `accepted`, `pubmed`, `medline`, `entrez`, ...).
    public var status: String
    /// The date as `[year, month?, day?, hour?, minute?]`.
    public var date: [Int]
    /// An event from its status and date parts.
    public init(status: String, date: [Int]) {
        self.status = status
        self.date = date
    }
}
