import Bibliography
import CiteKit
import Evidence
import Site
import Verification

/// Turns one checked page's report into the view its template renders.
struct PageViewBuilder {
    var report: Report
    var silenced: Int
    var source: String?
    var path: String
    var indexHref: String
    var shared: SharedParts

    /// The parts every file carries.
    struct SharedParts {
        var generator: String
        var generatedAt: String?
        var stylesheet: String
    }

    func build() -> PageView {
        let claimAnchors = uniqueAnchors(report.claims.map(\.id), prefix: "claim")
        let flags = referenceFlags()
        let lineCount = sourceLines().count
        let references = report.references.map { reference(for: $0, flags: flags[$0.number] ?? [], lineCount: lineCount) }
        let byNumber = Dictionary(references.map { ($0.referenceNumber, $0) }, uniquingKeysWith: { first, _ in first })
        let claims = zip(report.claims, claimAnchors).map { claim(for: $0, anchor: $1, references: byNumber, lineCount: lineCount) }
        let tables = report.references.filter { !$0.discrepancies.isEmpty }.map(discrepancyTable)
        let findings = report.findings.enumerated().map { index, finding in
            findingRow(finding, index: index, claimAnchors: Dictionary(zip(report.claims.map(\.id), claimAnchors), uniquingKeysWith: { a, _ in a }), lineCount: lineCount)
        }
        let counts = PageCounts(report: report, silenced: silenced)
        let stats: [PageView.Stat] = [
            .init(label: "claims", value: counts.claims), .init(label: "references", value: counts.references),
            .init(label: "errors", value: counts.errors), .init(label: "warnings", value: counts.warnings),
            .init(label: "info", value: counts.infos), .init(label: "retracted references", value: counts.retracted),
        ]
        let alerts = alertsForCorrections()
        let source = sourceView()
        return PageView(
            generator: shared.generator, generatedAt: shared.generatedAt,
            documentTitle: "\(path) — evidence report", stylesheet: shared.stylesheet,
            path: path, indexHref: indexHref, stats: stats,
            alerts: alerts, hasAlerts: !alerts.isEmpty,
            claimCount: claims.count, claims: claims,
            referenceCount: references.count, references: references,
            discrepancyCount: tables.reduce(0) { $0 + $1.rows.count }, hasDiscrepancies: !tables.isEmpty, discrepancyTables: tables,
            findingCount: findings.count,
            silencedNote: silenced > 0 ? "\(silenced) finding\(silenced == 1 ? " is" : "s are") silenced by cite-ignore comments and not listed." : nil,
            hasFindings: !findings.isEmpty, findings: findings,
            hasSource: !source.isEmpty, sourceLines: source)
    }

    // MARK: References

    /// Retraction and erratum badges of each reference, from the page's findings.
    private func referenceFlags() -> [Int: [BadgeView]] {
        var flags: [Int: [BadgeView]] = [:]
        for reference in report.references {
            var badges: [BadgeView] = []
            if report.findings.contains(where: { $0.code == .retractedReference && $0.reference == reference.number }) { badges.append(.retracted) }
            if report.findings.contains(where: { $0.code == .erratum && $0.reference == reference.number }) { badges.append(.erratum) }
            if !reference.discrepancies.isEmpty { badges.append(.discrepancies(reference.discrepancies.count)) }
            flags[reference.number] = badges
        }
        return flags
    }

    private func rowClass(_ flags: [BadgeView]) -> String? {
        if flags.contains(where: { $0.className == BadgeView.retracted.className }) { return "retracted" }
        if flags.contains(where: { $0.className == BadgeView.erratum.className }) { return "erratum" }
        return nil
    }

    private func evidenceBadges(_ reference: ReferenceReport) -> [BadgeView] {
        guard reference.record != nil else { return [.noRecord] }
        let grade = reference.evidence ?? .unknown
        return [.design(grade.design.displayName), .level(grade.level)]
    }

    private func reference(for reference: ReferenceReport, flags: [BadgeView], lineCount: Int) -> PageView.Reference {
        let anchor = "ref-\(reference.number)"
        return PageView.Reference(
            referenceNumber: reference.number, referenceAnchor: anchor, referenceText: reference.text,
            referenceLine: reference.location?.line, referenceLineAnchor: Self.lineAnchor(reference.location, lineCount: lineCount),
            rowClass: rowClass(flags),
            recordLabel: reference.record?.id ?? "no record found",
            recordHref: reference.record.flatMap { RecordLinks.href(forRecordID: $0.id) },
            recordScore: reference.record.map { RecordLinks.score($0.score) },
            badges: evidenceBadges(reference), flags: flags,
            hasDiscrepancies: !reference.discrepancies.isEmpty, discrepancyAnchor: "diff-\(reference.number)")
    }

    // MARK: Claims

    private func claim(for claim: ClaimReport, anchor: String, references: [Int: PageView.Reference], lineCount: Int) -> PageView.Claim {
        let support = Dictionary(claim.support.map { ($0.reference, $0) }, uniquingKeysWith: { first, _ in first })
        var seen = Set<Int>()
        let cited = claim.citations.filter { seen.insert($0).inserted }.map { number -> PageView.Cited in
            guard let reference = references[number] else {
                return PageView.Cited(referenceNumber: number, referenceAnchor: "findings", referenceText: "not in the reference list",
                                      rowClass: nil, badges: [], mentions: "—", flags: [])
            }
            return PageView.Cited(
                referenceNumber: number, referenceAnchor: reference.referenceAnchor, referenceText: reference.referenceText,
                rowClass: reference.rowClass, badges: reference.badges, mentions: mentions(support[number]), flags: reference.flags)
        }
        return PageView.Claim(
            claimID: claim.id, anchor: anchor, text: claim.text, marker: claim.marker,
            claimLine: claim.location.line, claimColumn: claim.location.column, claimLineAnchor: Self.lineAnchor(claim.location, lineCount: lineCount),
            subject: claim.subject.isEmpty ? nil : claim.subject.joined(separator: ", "), cited: cited)
    }

    private func mentions(_ support: CitationSupport?) -> String {
        switch support?.mentions {
        case .some(true): support.map { $0.terms.isEmpty ? "yes" : "yes: " + $0.terms.joined(separator: ", ") } ?? "yes"
        case .some(false): "no"
        case .none: "cannot tell (no record text)"
        }
    }

    /// An anchor per claim id, unique even when two ids clean to the same letters.
    private func uniqueAnchors(_ ids: [String], prefix: String) -> [String] {
        var used = Set<String>()
        return ids.map { id in
            var anchor = OutputPaths.anchor(prefix, id)
            var attempt = 2
            while used.contains(anchor) {
                anchor = OutputPaths.anchor(prefix, id) + "-\(attempt)"
                attempt += 1
            }
            used.insert(anchor)
            return anchor
        }
    }

    // MARK: Differences

    private func discrepancyTable(_ reference: ReferenceReport) -> PageView.DiscrepancyTable {
        PageView.DiscrepancyTable(
            referenceNumber: reference.number, referenceAnchor: "ref-\(reference.number)", discrepancyAnchor: "diff-\(reference.number)",
            recordLabel: reference.record?.id,
            rows: reference.discrepancies.map { discrepancy in
                let diff = TextDiff(cited: discrepancy.cited, record: discrepancy.record)
                return PageView.DiscrepancyRow(
                    field: discrepancy.field.rawValue,
                    segments: diff.segments.map { .init(isEqual: $0.kind == .equal, isDeleted: $0.kind == .deleted, isInserted: $0.kind == .inserted, text: $0.text) },
                    detail: discrepancy.detail)
            })
    }

    // MARK: Findings and alerts

    private func findingRow(_ finding: Finding, index: Int, claimAnchors: [String: String], lineCount: Int) -> PageView.FindingRow {
        let lineAnchor = Self.lineAnchor(finding.location, lineCount: lineCount)
        return PageView.FindingRow(
            findingAnchor: "finding-\(index + 1)", code: finding.code.rawValue, severity: finding.severity.rawValue,
            severityBadge: .severity(finding.severity.rawValue), message: finding.message,
            findingPosition: finding.location?.description ?? "—", findingLineAnchor: lineAnchor,
            concerns: concerns(of: finding, claimAnchors: claimAnchors))
    }

    private func concerns(of finding: Finding, claimAnchors: [String: String]) -> [PageView.Concern] {
        var out: [PageView.Concern] = []
        if let number = finding.reference {
            let listed = report.references.contains { $0.number == number }
            out.append(.init(concernLabel: "reference \(number)", concernHref: listed ? "ref-\(number)" : nil))
        }
        if let claim = finding.claim {
            out.append(.init(concernLabel: "claim \(claim)", concernHref: claimAnchors[claim]))
        }
        return out
    }

    private func alertsForCorrections() -> [PageView.Alert] {
        report.findings.filter { $0.code == .retractedReference || $0.code == .erratum }.compactMap { finding in
            guard let number = finding.reference else { return nil }
            let badge: BadgeView = finding.code == .retractedReference ? .retracted : .erratum
            return PageView.Alert(label: badge.label, className: badge.className, hiddenPrefix: badge.hiddenPrefix,
                                  referenceNumber: number, referenceAnchor: "ref-\(number)", message: finding.message)
        }
    }

    // MARK: Source

    /// The anchor of a line in the source listing, only when the listing has it (a page read without its text has none).
    static func lineAnchor(_ location: SourceLocation?, lineCount: Int) -> String? {
        guard let line = location?.line, line >= 1, line <= lineCount else { return nil }
        return "L\(line)"
    }

    private func sourceLines() -> [Substring] {
        guard let source, !source.isEmpty else { return [] }
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
    }

    private func sourceView() -> [PageView.SourceLine] {
        var worst: [Int: Severity] = [:]
        var first: [Int: Int] = [:]
        var count: [Int: Int] = [:]
        for (index, finding) in report.findings.enumerated() {
            guard let line = finding.location?.line else { continue }
            worst[line] = max(worst[line] ?? finding.severity, finding.severity)
            if first[line] == nil { first[line] = index + 1 }
            count[line, default: 0] += 1
        }
        return sourceLines().enumerated().map { index, text in
            let number = index + 1
            let findings = count[number] ?? 0
            return PageView.SourceLine(
                sourceNumber: number, sourceAnchor: "L\(number)", sourceText: String(text),
                sourceClass: worst[number].map { "marked line-\($0.rawValue)" },
                sourceFindingHref: first[number].map { "finding-\($0)" },
                sourceFindingLabel: findings == 0 ? nil : "\(findings) finding\(findings == 1 ? "" : "s")")
        }
    }
}
