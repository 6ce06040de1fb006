import Bibliography
import CiteKit

/// The configuration's say over findings: disabled codes dropped, severities replaced, and
/// findings silenced in the page set apart.
struct FindingPolicy: Sendable {
    let severity: [FindingCode: Severity]
    let disabled: Set<FindingCode>

    init(_ configuration: SiteConfiguration) {
        severity = configuration.severity
        disabled = Set(configuration.disable)
    }

    /// The reported and the silenced findings, each in the order given.
    func apply(_ findings: [Finding], ignoring directives: IgnoreDirectives) -> (reported: [Finding], silenced: [Finding]) {
        var reported: [Finding] = [], silenced: [Finding] = []
        for var finding in findings where !disabled.contains(finding.code) {
            if let level = severity[finding.code] { finding.severity = level }
            if directives.silences(finding) { silenced.append(finding) } else { reported.append(finding) }
        }
        return (reported, silenced)
    }
}
