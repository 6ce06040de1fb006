extension ParsedReference {
    /// A human-readable summary: one `field: value` line per field read, then the findings as
    /// `column: severity: message [code]` (columns count Characters from 1).
    public var textSummary: String {
        var lines: [String] = []
        if let number { lines.append("number: \(number)") }
        lines.append("type: \(item.type.rawValue)")
        if !item.author.isEmpty {
            var names = item.author.map(\.vancouverForm).joined(separator: ", ")
            if authorListTruncated { names += ", et al." }
            lines.append("author: \(names)")
        }
        if !item.editor.isEmpty { lines.append("editor: \(item.editor.map(\.vancouverForm).joined(separator: ", "))") }
        for key in ["title", "container-title", "edition", "publisher-place", "publisher"] {
            if let v = item.string(key) { lines.append("\(key): \(v)") }
        }
        if let d = item.issued, let y = d.year {
            lines.append("issued: " + ([y] + [d.month, d.day].compactMap { $0 }).map(String.init).joined(separator: "-"))
        }
        for key in ["volume", "issue", "page", "DOI", "PMID", "PMCID", "URL", "language"] {
            if let v = item.string(key) { lines.append("\(key): \(v)") }
        }
        lines.append("confidence: \((confidence * 100).rounded() / 100)")
        for d in diagnostics {
            let column = (d.span?.start ?? 0) + 1
            lines.append("\(column): \(d.severity.rawValue): \(d.message) [\(d.code.rawValue)]")
        }
        return lines.joined(separator: "\n")
    }
}

import Bibliography
