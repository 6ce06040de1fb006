import Bibliography
import CiteKit

extension SiteReport {
    /// The report for people and editors, grouped by file: each checked page's count line and its
    /// findings in compiler form (`file:line:column: severity: message [code]`), pages that could not
    /// be read, then the site's totals.
    public func text(options: Report.TextOptions = Report.TextOptions()) -> String {
        var blocks: [String] = []
        for entry in entries {
            if !options.colour, let output = entry.output {
                if !output.text.isEmpty { blocks.append(output.text) }
            } else if let block = Self.textBlock(entry.result, options: options) {
                blocks.append(block)
            }
        }
        blocks.append(summaryLine)
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// A page's block of the text report: its count line and findings, or why it could not be read;
    /// `nil` for a skipped page or one without findings.
    static func textBlock(_ page: PageResult, options: Report.TextOptions) -> String? {
        switch page.status {
        case .checked:
            guard let report = page.report, !report.findings.isEmpty else { return nil }
            var lines = [report.countLine(silenced: page.silenced.count)]
            lines += report.findings.map { report.compilerLine($0, options) }
            return lines.joined(separator: "\n")
        case .failed:
            return "\(page.path): error: \(page.error ?? "cannot be checked")"
        case .skipped:
            return nil
        }
    }

    /// `7 pages: 3 checked, 3 skipped (no numbered reference list), 1 unreadable; 2 errors, 5 warnings, 1 info; 1 silenced`.
    public var summaryLine: String {
        let s = summary
        let pagesPart = "\(s.pages) page\(s.pages == 1 ? "" : "s"): \(s.checked) checked, \(s.skipped) skipped (no numbered reference list), \(s.failed) unreadable"
        let counts = "\(Self.plural(s.errors, "error")), \(Self.plural(s.warnings, "warning")), \(s.infos) info"
        return "\(pagesPart); \(counts); \(s.silenced) silenced"
    }

    static func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}

extension Report {
    /// `page.md: 3 claims, 2 references; 1 error, 0 warnings, 0 info (1 silenced)`.
    func countLine(silenced: Int) -> String {
        let counts = [Severity.error, .warning].map { severity in
            SiteReport.plural(findings.filter { $0.severity == severity }.count, severity.rawValue)
        } + ["\(findings.filter { $0.severity == .info }.count) info"]
        let silencedPart = silenced > 0 ? " (\(silenced) silenced)" : ""
        return "\(document): \(SiteReport.plural(claims.count, "claim")), \(SiteReport.plural(references.count, "reference")); \(counts.joined(separator: ", "))\(silencedPart)"
    }
}
