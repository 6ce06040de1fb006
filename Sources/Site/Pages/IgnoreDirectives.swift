import Bibliography

/// The `<!-- cite-ignore CODE ... -->` comments of a page: each silences the findings on the next
/// line with one of its codes, or every finding there when it names none.
public struct IgnoreDirectives: Sendable, Equatable {
    /// A directive: the line it silences and its codes (empty: all codes).
    public struct Directive: Sendable, Equatable {
        /// The 1-based line whose findings it silences (the line after the comment).
        public var line: Int
        /// The codes silenced; empty silences every code.
        public var codes: [FindingCode]
    }

    /// The page's directives, in page order.
    public var directives: [Directive]

    /// Reads the directives of a page's source.
    public init(source: String) {
        var directives: [Directive] = []
        var lineNumber = 0
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var rest = line[...]
            while let open = rest.range(of: "<!--") {
                let after = rest[open.upperBound...]
                guard let close = after.range(of: "-->") else { break }
                let words = after[..<close.lowerBound].split(whereSeparator: \.isWhitespace)
                if words.first == "cite-ignore" {
                    directives.append(Directive(line: lineNumber + 1, codes: words.dropFirst().map { FindingCode(rawValue: String($0)) }))
                }
                rest = after[close.upperBound...]
            }
        }
        self.directives = directives
    }

    /// Whether a finding is silenced by a directive on the line before it.
    public func silences(_ finding: Finding) -> Bool {
        guard let line = finding.location?.line else { return false }
        return directives.contains { $0.line == line && ($0.codes.isEmpty || $0.codes.contains(finding.code)) }
    }
}
