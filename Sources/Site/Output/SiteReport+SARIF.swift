import Bibliography
import Foundation

extension SiteReport {
    /// The report as a SARIF 2.1.0 log: one run, one rule per finding code present (sorted by code,
    /// with its help text), one result per finding with its page and position; findings silenced by
    /// `cite-ignore` are results with an in-source suppression, and pages that could not be read are
    /// the invocation's error notifications.
    public func sarifData() throws -> Data {
        // From each cached page's SARIF part, not its decoded result.
        let sarifPages = entries.map(\.sarif)
        let codes = Array(Set(sarifPages.flatMap { $0.findings.map(\.code) })).sorted()
        let ruleIndex = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
        let rules = codes.map { raw in
            let code = FindingCode(rawValue: raw), rule = RuleCatalog.rule(code)
            return SARIFLog.Rule(
                id: raw, name: RuleCatalog.name(code), shortDescription: .init(text: rule.summary),
                fullDescription: .init(text: rule.summary), help: .init(text: rule.help))
        }
        var results: [SARIFLog.Result] = []
        var notifications: [SARIFLog.Notification] = []
        for (entry, page) in zip(entries, sarifPages) {
            let uri = Self.uri(entry.path)
            for finding in page.findings {
                results.append(SARIFLog.Result(
                    ruleId: finding.code, ruleIndex: ruleIndex[finding.code] ?? 0,
                    level: Self.level(finding.severity), message: .init(text: finding.message),
                    locations: [Self.location(uri, finding.location)],
                    suppressions: finding.silenced ? [SARIFLog.Suppression(kind: "inSource")] : nil))
            }
            if let error = page.error {
                notifications.append(SARIFLog.Notification(
                    level: "error", message: .init(text: error), locations: [Self.location(uri, nil)]))
            }
        }
        let log = SARIFLog(runs: [SARIFLog.Run(
            tool: .init(driver: .init(
                name: "cite", fullName: "CiteKit cite check", informationUri: "https://github.com/citekit/citekit", rules: rules)),
            invocations: [.init(executionSuccessful: !hasFailedPages, toolExecutionNotifications: notifications)],
            results: results)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(log)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    private static func location(_ uri: String, _ location: SourceLocation?) -> SARIFLog.Location {
        SARIFLog.Location(physicalLocation: .init(
            artifactLocation: .init(uri: uri),
            region: location.map { SARIFLog.Region(startLine: $0.line, startColumn: $0.column) }))
    }

    /// A page path as a URI reference: relative paths stay relative (to the repository root, as
    /// code-scanning tools read them), absolute ones become `file://` URIs; unsafe characters are escaped.
    static func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ";?#[]")
        let escaped = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        return path.hasPrefix("/") ? "file://" + escaped : escaped
    }
}
