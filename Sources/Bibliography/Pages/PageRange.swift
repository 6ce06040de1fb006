import Foundation

/// One page or page range, with abbreviated ends expanded (`184-90` is 184 to 190).
public struct PageRange: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The first page as written, after trimming (`184`, `e1234`, `S12`).
    public var first: String
    /// The last page, expanded to its full form (`190` for `184-90`), or `nil` for a single page.
    public var last: String?

    /// A range from its first and (expanded) last page; `last` is `nil` for a single page.
    public init(first: String, last: String? = nil) {
        self.first = first
        self.last = last
    }

    /// `first-last`, or `first` alone.
    public var description: String { last.map { "\(first)-\($0)" } ?? first }

    /// The first page as a number, when it is one.
    public var firstNumber: Int? { Int(first) }

    /// Parses a page field into its ranges. Dashes of every kind separate a range; commas separate ranges.
    ///
    /// - Parameter text: the page field, e.g. `68-74, 77-80` or `1611–21`.
    /// - Returns: the ranges in order; empty when the text holds no page.
    public static func parseList(_ text: String) -> [PageRange] {
        var ranges: [PageRange] = []
        for piece in text.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let trimmed = piece.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if let r = PageRange(parsing: trimmed) { ranges.append(r) }
        }
        return ranges
    }

    /// Parses one range such as `184-90`, `S12-5`, `e1234` or `1611–21`.
    public init?(parsing text: String) {
        let dashes: Set<Character> = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}"]
        let parts = text.split(maxSplits: 1, whereSeparator: { dashes.contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard let start = parts.first, !start.isEmpty else { return nil }
        if parts.count == 1 {
            self.init(first: start)
            return
        }
        self.init(first: start, last: PageRange.expand(start: start, end: parts[1]))
    }

    /// Expands an abbreviated range end: `expand(start: "1611", end: "21")` is `1621`;
    /// `expand(start: "S12", end: "5")` is `S15`. Ends that are not abbreviated are returned as is.
    public static func expand(start: String, end: String) -> String {
        let (startPrefix, startDigits) = splitPrefix(start)
        let (endPrefix, endDigits) = splitPrefix(end)
        guard !startDigits.isEmpty, !endDigits.isEmpty else { return end }
        guard endPrefix.isEmpty || endPrefix == startPrefix else { return end }
        guard endDigits.count < startDigits.count else { return startPrefix + endDigits }
        let head = startDigits.prefix(startDigits.count - endDigits.count)
        var expanded = String(head) + endDigits
        if let s = Int(startDigits), let e = Int(expanded), e < s, let h = Int(head) {
            // 998-02 means 998 to 1002.
            let bumped = String(h + 1) + endDigits
            if let b = Int(bumped), b > s { expanded = bumped }
        }
        return startPrefix + expanded
    }

    private static func splitPrefix(_ s: String) -> (String, String) {
        let digits = s.reversed().prefix(while: { $0.isASCII && $0.isNumber })
        let prefix = s.dropLast(digits.count)
        return (String(prefix), String(digits.reversed()))
    }

    /// Whether two page fields describe the same pages once abbreviations are expanded
    /// (`236-48` equals `236-248`).
    public static func samePages(_ a: String, _ b: String) -> Bool {
        let ra = parseList(a).map { PageRange(first: $0.first.lowercased(), last: $0.last?.lowercased()) }
        let rb = parseList(b).map { PageRange(first: $0.first.lowercased(), last: $0.last?.lowercased()) }
        return !ra.isEmpty && ra == rb
    }

    /// The whole page field with every range expanded: `68-74, 77-80`, `184-190`.
    public static func expandedList(_ text: String) -> String {
        parseList(text).map(\.description).joined(separator: ", ")
    }
}
