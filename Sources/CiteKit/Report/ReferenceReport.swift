import Bibliography
import Evidence
import Verification

/// One entry of the page's reference list, parsed and checked.
public struct ReferenceReport: Sendable, Codable, Equatable {
    /// The entry's number in the list.
    public var number: Int
    /// The entry as written on the page.
    public var text: String
    /// The parsed entry as CSL-JSON.
    public var item: Item
    /// Style problems inside the entry.
    public var diagnostics: [Finding]
    /// The record it was matched to.
    public var record: RecordLink?
    /// Fields where the entry and its record disagree.
    public var discrepancies: [Discrepancy]
    /// The study design and evidence level of the matched record.
    public var evidence: EvidenceGrade?
    /// Where the entry starts on the page.
    public var location: SourceLocation?

    /// Creates a reference report.
    public init(number: Int, text: String, item: Item, diagnostics: [Finding] = [], record: RecordLink? = nil,
                discrepancies: [Discrepancy] = [], evidence: EvidenceGrade? = nil, location: SourceLocation? = nil) {
        self.number = number
        self.text = text
        self.item = item
        self.diagnostics = diagnostics
        self.record = record
        self.discrepancies = discrepancies
        self.evidence = evidence
        self.location = location
    }

    private enum CodingKeys: String, CodingKey {
        case number, text, item, diagnostics, record, discrepancies, evidence, location
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(text, forKey: .text)
        try c.encode(item, forKey: .item)
        try c.encode(diagnostics, forKey: .diagnostics)
        try c.encode(record, forKey: .record)
        try c.encode(discrepancies, forKey: .discrepancies)
        try c.encode(evidence, forKey: .evidence)
        try c.encodeIfPresent(location, forKey: .location)
    }
}
