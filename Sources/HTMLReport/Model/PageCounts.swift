import CiteKit

/// A page's counts for the index: references, claims, findings by severity, references by evidence level.
struct PageCounts: Sendable, Equatable {
    var references = 0
    var claims = 0
    var errors = 0
    var warnings = 0
    var infos = 0
    var silenced = 0
    var retracted = 0
    /// References at CEBM levels 1 to 5, then those without a level (no record, or an unknown design).
    var levels = [Int](repeating: 0, count: 6)

    /// The columns, in the order of ``cells``.
    static let columns: [IndexView.Column] = [
        .init(label: "References"), .init(label: "Claims"), .init(label: "Errors"), .init(label: "Warnings"),
        .init(label: "Info"), .init(label: "Silenced", description: "findings silenced by cite-ignore comments"),
        .init(label: "Retracted", description: "references whose record has been retracted"),
    ] + (1...5).map { .init(label: "L\($0)", description: "references at evidence level \($0) (Oxford CEBM 2011)") }
        + [.init(label: "No level", description: "references without a record or with an unknown study design")]

    init() {}

    /// The counts of one checked page.
    init(report: Report, silenced: Int) {
        references = report.references.count
        claims = report.claims.count
        errors = report.findings.filter { $0.severity == .error }.count
        warnings = report.findings.filter { $0.severity == .warning }.count
        infos = report.findings.filter { $0.severity == .info }.count
        self.silenced = silenced
        retracted = Set(report.findings(.retractedReference).compactMap(\.reference)).count
        for reference in report.references {
            if let level = reference.evidence?.level, (1...5).contains(level) {
                levels[level - 1] += 1
            } else {
                levels[5] += 1
            }
        }
    }

    /// The sum of two pages' counts.
    static func + (a: PageCounts, b: PageCounts) -> PageCounts {
        var sum = PageCounts()
        sum.references = a.references + b.references
        sum.claims = a.claims + b.claims
        sum.errors = a.errors + b.errors
        sum.warnings = a.warnings + b.warnings
        sum.infos = a.infos + b.infos
        sum.silenced = a.silenced + b.silenced
        sum.retracted = a.retracted + b.retracted
        sum.levels = zip(a.levels, b.levels).map(+)
        return sum
    }

    /// One cell per column; zeros are muted, errors and retractions stand out.
    var cells: [IndexView.Cell] {
        let values = [references, claims, errors, warnings, infos, silenced, retracted] + levels
        return values.enumerated().map { index, value in
            let alarming = (index == 2 || index == 6) && value > 0
            return IndexView.Cell(value: value, className: "num" + (value == 0 ? " zero" : alarming ? " errors-present" : ""))
        }
    }
}
