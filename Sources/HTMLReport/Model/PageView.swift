/// What one page's report file shows. Field names are unique across the nested views, because a
/// Mustache name that a view lacks (or holds as `nil`) is looked up in the enclosing views.
struct PageView: Sendable {
    struct Stat: Sendable {
        var label: String
        var value: Int
    }

    /// A retraction or correction of a cited record.
    struct Alert: Sendable {
        var label: String
        var className: String
        var hiddenPrefix: String?
        var referenceNumber: Int
        var referenceAnchor: String
        var message: String
    }

    /// A reference as one claim cites it.
    struct Cited: Sendable {
        var referenceNumber: Int
        var referenceAnchor: String
        var referenceText: String
        var rowClass: String?
        var badges: [BadgeView]
        var mentions: String
        var flags: [BadgeView]
    }

    struct Claim: Sendable {
        var claimID: String
        var anchor: String
        var text: String
        var marker: String
        var claimLine: Int
        var claimColumn: Int
        var claimLineAnchor: String?
        var subject: String?
        var cited: [Cited]
    }

    struct Reference: Sendable {
        var referenceNumber: Int
        var referenceAnchor: String
        var referenceText: String
        var referenceLine: Int?
        var referenceLineAnchor: String?
        var rowClass: String?
        var recordLabel: String
        var recordHref: String?
        var recordScore: String?
        var badges: [BadgeView]
        var flags: [BadgeView]
        var hasDiscrepancies: Bool
        var discrepancyAnchor: String
    }

    struct Segment: Sendable {
        var isEqual: Bool
        var isDeleted: Bool
        var isInserted: Bool
        var text: String
    }

    struct DiscrepancyRow: Sendable {
        var field: String
        var segments: [Segment]
        var detail: String
    }

    struct DiscrepancyTable: Sendable {
        var referenceNumber: Int
        var referenceAnchor: String
        var discrepancyAnchor: String
        var recordLabel: String?
        var rows: [DiscrepancyRow]
    }

    struct FindingRow: Sendable {
        var findingAnchor: String
        var code: String
        var severity: String
        var severityBadge: BadgeView
        var message: String
        var findingPosition: String
        var findingLineAnchor: String?
        var concerns: [Concern]
    }

    /// What a finding is about (a reference, a claim), linked when the page shows it.
    struct Concern: Sendable {
        var concernLabel: String
        var concernHref: String?
    }

    struct SourceLine: Sendable {
        var sourceNumber: Int
        var sourceAnchor: String
        var sourceText: String
        var sourceClass: String?
        var sourceFindingHref: String?
        var sourceFindingLabel: String?
    }

    var generator: String
    var generatedAt: String?
    var documentTitle: String
    var stylesheet: String
    var path: String
    var indexHref: String
    var stats: [Stat]
    var alerts: [Alert]
    var hasAlerts: Bool
    var claimCount: Int
    var claims: [Claim]
    var referenceCount: Int
    var references: [Reference]
    var discrepancyCount: Int
    var hasDiscrepancies: Bool
    var discrepancyTables: [DiscrepancyTable]
    var findingCount: Int
    var silencedNote: String?
    var hasFindings: Bool
    var findings: [FindingRow]
    var hasSource: Bool
    var sourceLines: [SourceLine]
}
