import Foundation
import Bibliography

extension SiteReport {
    /// GitHub Actions workflow commands, one per finding
    /// (`::warning file=…,line=…,col=…,title=…::…`), then the totals as a plain line.
    public func githubAnnotations() -> String {
        var lines: [String] = []
        for page in pages {
            switch page.status {
            case .checked:
                for finding in page.findings {
                    var properties = ["file=\(Self.escapeProperty(page.path))"]
                    if let location = finding.location {
                        properties += ["line=\(location.line)", "col=\(location.column)"]
                    }
                    properties.append("title=\(Self.escapeProperty(finding.code.rawValue))")
                    lines.append("::\(Self.command(finding.severity)) \(properties.joined(separator: ","))::\(Self.escapeData(finding.message))")
                }
            case .failed:
                lines.append("::error file=\(Self.escapeProperty(page.path)),title=unreadable::\(Self.escapeData(page.error ?? "cannot be checked"))")
            case .skipped:
                continue
            }
        }
        lines.append(summaryLine)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// The escaping GitHub's runner undoes in a command's message.
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    /// The escaping GitHub's runner undoes in a command's property values.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
