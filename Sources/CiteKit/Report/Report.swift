import Bibliography
import Evidence
import Verification

/// The result of `cite check`: references, claims, findings and the rendered reference list.
///
/// Its JSON form is the stable report format of DESIGN.md.
public struct Report: Sendable, Codable, Equatable {
    /// The page's path as given.
    public var document: String
    public var references: [ReferenceReport]
    public var claims: [ClaimReport]
    /// All findings, in page order.
    public var findings: [Finding]
    /// The reference list rendered in the chosen style.
    public var bibliography: String

    public init(document: String, references: [ReferenceReport] = [], claims: [ClaimReport] = [], findings: [Finding] = [], bibliography: String = "") {
        self.document = document
        self.references = references
        self.claims = claims
        self.findings = findings
        self.bibliography = bibliography
    }

    /// The most severe finding's severity, or `nil` when there are none.
    public var worstSeverity: Severity? { findings.map(\.severity).max() }

    /// Findings with the given code.
    public func findings(_ code: FindingCode) -> [Finding] { findings.filter { $0.code == code } }
}

/// One entry of the page's reference list, parsed and checked.
public struct ReferenceReport: Sendable, Codable, Equatable {
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

/// The record a reference was matched to, and how sure the match is (0...1).
public struct RecordLink: Sendable, Codable, Equatable {
    /// `pmid:N`, `doi:...` or the record's item id.
    public var id: String
    public var score: Double
    public init(id: String, score: Double) {
        self.id = id
        self.score = score
    }
}



/// One claim of the page: a sentence or clause with its citations.
public struct ClaimReport: Sendable, Codable, Equatable {
    public var id: String
    public var text: String
    /// The reference numbers it cites, in order of appearance.
    public var citations: [Int]
    /// The marker as written (`1,2,3,4,5,6`).
    public var marker: String
    public var location: SourceLocation
    /// The claim's subject terms (from the claims map, or the sentence's content words).
    public var subject: [String]
    /// Whether each cited record mentions the subject.
    public var support: [CitationSupport]

    public init(id: String, text: String, citations: [Int], marker: String, location: SourceLocation, subject: [String] = [], support: [CitationSupport] = []) {
        self.id = id
        self.text = text
        self.citations = citations
        self.marker = marker
        self.location = location
        self.subject = subject
        self.support = support
    }
}

