import Foundation
import Bibliography

extension SiteReport {
    /// GitHub Actions workflow commands, one per finding
    /// (`::warning file=…,line=…,col=…,title=…::…`), then the totals as a plain line.
    public func githubAnnotations() -> String {
        var lines: [String] = []
        for entry in entries {
            if let output = entry.output {
                if !output.github.isEmpty { lines.append(output.github) }
            } else {
                lines += Self.githubLines(entry.result)
            }
        }
        lines.append(summaryLine)
        return lines.joined(separator: "\n") + "\n"
    }

    /// A page's workflow commands: one per finding, or one for a page that could not be read.
    static func githubLines(_ page: PageResult) -> [String] {
        switch page.status {
        case .checked:
            return page.findings.map { finding in
                var properties = ["file=\(escapeProperty(page.path))"]
                if let location = finding.location {
                    properties += ["line=\(location.line)", "col=\(location.column)"]
                }
                properties.append("title=\(escapeProperty(finding.code.rawValue))")
                return "::\(command(finding.severity)) \(properties.joined(separator: ","))::\(escapeData(finding.message))"
            }
        case .failed:
            return ["::error file=\(escapeProperty(page.path)),title=unreadable::\(escapeData(page.error ?? "cannot be checked"))"]
        case .skipped:
            return []
        }
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
