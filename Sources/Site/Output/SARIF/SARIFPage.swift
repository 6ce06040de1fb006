import Bibliography
import Foundation

/// What the SARIF log needs of one page: its findings, reported and silenced, in page order, and
/// why it could not be checked. The cache keeps it beside the page's other outputs, so that a
/// warm SARIF run decodes this short list rather than the page's whole result.
struct SARIFPage: Sendable, Equatable, Codable {
    /// One finding as a SARIF result.
    struct Entry: Sendable, Equatable, Codable {
        var code: String
        var severity: Severity
        var message: String
        var location: SourceLocation?
        var silenced: Bool
    }

    var findings: [Entry]
    /// The reason the page could not be checked (an error notification of the log).
    var error: String?

    init(findings: [Entry], error: String?) {
        self.findings = findings
        self.error = error
    }

    /// The page's reported and silenced findings together, in page order (those without a position
    /// last, each in the order of its list).
    init(_ result: PageResult) {
        let all = result.findings.map { ($0, false) } + result.silenced.map { ($0, true) }
        findings = all.sorted { a, b in
            switch (a.0.location, b.0.location) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            default: return false
            }
        }
        .map { Entry(code: $0.0.code.rawValue, severity: $0.0.severity, message: $0.0.message, location: $0.0.location, silenced: $0.1) }
        error = result.status == .failed ? (result.error ?? "cannot be checked") : nil
    }
}
