import Bibliography
import Evidence

extension Report {
    /// Options for the human-readable report.
    public struct TextOptions: Sendable {
        /// Use ANSI colours (only on a terminal, never with NO_COLOR; the caller decides).
        public var colour: Bool
        public init(colour: Bool = false) { self.colour = colour }
    }

    /// The report for people: claims with their citations, findings in compiler form
    /// (`file:line:column: severity: message [code]`), the evidence per claim, then the reference list.
    public func text(options: TextOptions = TextOptions()) -> String {
        var out: [String] = []
        let counts = Severity.allCases.reversed().map { severity in
            let n = findings.filter { $0.severity == severity }.count
            return "\(n) \(severity.rawValue)\(severity == .info || n == 1 ? "" : "s")"
        }
        let claimCount = "\(claims.count) claim\(claims.count == 1 ? "" : "s")"
        let referenceCount = "\(references.count) reference\(references.count == 1 ? "" : "s")"
        out.append("\(document): \(claimCount), \(referenceCount); \(counts.joined(separator: ", "))")

        if !claims.isEmpty {
            out.append("")
            out.append(style("Claims", .bold, options))
            let idWidth = claims.map(\.id.count).max() ?? 0
            let locationWidth = claims.map { $0.location.description.count }.max() ?? 0
            let citeWidth = claims.map { Report.compactNumbers($0.citations).count + 2 }.max() ?? 0
            for claim in claims {
                let cites = "[\(Report.compactNumbers(claim.citations))]"
                out.append("  \(pad(claim.id, idWidth))  \(pad(claim.location.description, locationWidth))  \(pad(cites, citeWidth))  \(claim.text)")
            }
        }

        if !findings.isEmpty {
            out.append("")
            out.append(style("Findings", .bold, options))
            for finding in findings { out.append(compilerLine(finding, options)) }
        }

        let graded = claims.filter { !$0.support.isEmpty }
        if !graded.isEmpty {
            out.append("")
            out.append(style("Evidence", .bold, options))
            let byNumber = Dictionary(references.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
            for claim in graded {
                out.append("  \(claim.id): \(claim.subject.joined(separator: ", "))")
                out.append("    ref  design                 level  mentions subject")
                for support in claim.support {
                    let evidence = byNumber[support.reference]?.evidence
                    let design = evidence?.design.rawValue ?? "no record"
                    let level = evidence?.level.map(String.init) ?? "-"
                    let mentions: String
                    switch support.mentions {
                    case .some(true): mentions = "yes (\(support.terms.joined(separator: ", ")))"
                    case .some(false): mentions = "no"
                    case .none: mentions = "unknown"
                    }
                    out.append("    \(pad(String(support.reference), 3))  \(pad(design, 21))  \(pad(level, 5))  \(mentions)")
                }
            }
        }

        if !bibliography.isEmpty {
            out.append("")
            out.append(style("Reference list", .bold, options))
            out.append(bibliography)
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One finding as `file:line:column: severity: message [code]`.
    public func compilerLine(_ finding: Finding, _ options: TextOptions = TextOptions()) -> String {
        let position = finding.location.map { ":\($0.line):\($0.column)" } ?? ""
        let severity: String
        switch finding.severity {
        case .error: severity = style("error", .red, options)
        case .warning: severity = style("warning", .yellow, options)
        case .info: severity = style("info", .cyan, options)
        }
        return "\(document)\(position): \(severity): \(finding.message) [\(finding.code)]"
    }

    /// `1,2,3,5` → `1-3,5`.
    static func compactNumbers(_ numbers: [Int]) -> String {
        var parts: [String] = []
        var i = 0
        while i < numbers.count {
            var j = i
            while j + 1 < numbers.count && numbers[j + 1] == numbers[j] + 1 { j += 1 }
            parts.append(j - i >= 2 ? "\(numbers[i])-\(numbers[j])" : (i...j).map { String(numbers[$0]) }.joined(separator: ","))
            i = j + 1
        }
        return parts.joined(separator: ",")
    }

    private enum Colour: String {
        case bold = "1", red = "31", yellow = "33", cyan = "36"
    }

    private func style(_ text: String, _ colour: Colour, _ options: TextOptions) -> String {
        options.colour ? "\u{1B}[\(colour.rawValue)m\(text)\u{1B}[0m" : text
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
