import Bibliography
import Foundation

/// Numeric tests and number forms (ordinals, roman numerals, page ranges).
enum NumberFormat {
    /// A token of a numeric value: a number (with letters attached) or a separator.
    enum Token: Equatable {
        case number(String)
        case separator(String)
    }

    /// Whether `s` is "numeric" in the CSL sense: numbers, optionally with letter affixes, joined by `-`, `,`, `&`.
    static func isNumeric(_ s: String) -> Bool {
        guard let tokens = tokenize(s) else { return false }
        return !tokens.isEmpty
    }

    static func tokenize(_ s: String) -> [Token]? {
        let t = s.trimmingWhitespace()
        if t.isEmpty { return nil }
        var tokens: [Token] = []
        var current = ""
        var sep = ""
        func flushNumber() -> Bool {
            if current.isEmpty { return true }
            guard current.contains(where: { $0.isNumber }) else { return false }
            tokens.append(.number(current))
            current = ""
            return true
        }
        for c in t {
            if c == "-" || c == "," || c == "&" || c == "\u{2013}" {
                guard flushNumber() else { return nil }
                if tokens.isEmpty { return nil }
                sep.append(c)
            } else if c == " " {
                guard flushNumber() else { return nil }
                if !tokens.isEmpty { sep.append(c) }
            } else if c.isLetter || c.isNumber {
                if !sep.isEmpty {
                    tokens.append(.separator(sep))
                    sep = ""
                }
                current.append(c)
            } else {
                return nil
            }
        }
        guard flushNumber() else { return nil }
        if !sep.isEmpty { return nil }
        // Adjacent numbers separated only by spaces are not a numeric value ("2 3").
        for i in tokens.indices.dropFirst() {
            if case .number = tokens[i], case .number = tokens[i - 1] { return nil }
            if case .separator(let s) = tokens[i], s.trimmingWhitespace().isEmpty { return nil }
        }
        return tokens
    }

    /// Whether a value names more than one number ("1-3", "1, 4", "2 & 3", "213 and 235", "i–ix").
    static func isPlural(_ s: String, andTerm: String? = nil) -> Bool {
        if s.hasEscapedHyphen { return false }
        var text = s
        for word in [" and ", " et ", andTerm.map { " \($0) " } ?? " and "] {
            text = text.replacingOccurrences(of: word, with: "&")
        }
        let pieces = text.split(whereSeparator: { $0 == "-" || $0 == "," || $0 == "&" || $0 == "\u{2013}" })
            .map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        guard pieces.count > 1 else { return false }
        return pieces.allSatisfy { p in
            p.contains(where: { $0.isNumber }) || (!p.isEmpty && p.lowercased().allSatisfy { "ivxlcdm".contains($0) })
        }
    }

    static func roman(_ n: Int) -> String {
        guard n > 0, n < 4000 else { return String(n) }
        let table: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                                      (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var n = n
        var s = ""
        for (v, r) in table {
            while n >= v { s += r; n -= v }
        }
        return s
    }

    static func ordinal(_ n: Int, locale: ResolvedLocale, gender: String?) -> String {
        let terms = locale.ordinalTerms()
        func find(_ predicate: (Term) -> Bool) -> Term? {
            let matches = terms.filter(predicate)
            if let gender {
                return matches.first(where: { $0.genderForm == gender }) ?? matches.first(where: { $0.genderForm == nil })
            }
            return matches.first(where: { $0.genderForm == nil || $0.genderForm == "masculine" })
        }
        // ordinal-00..99 with match rules, falling back to "ordinal".
        let two = n % 100, one = n % 10
        let twoName = Renderer.twoDigit("ordinal-", two), oneName = Renderer.twoDigit("ordinal-", one)
        let wholeName = Renderer.twoDigit("ordinal-", n)
        let teenDefined = two >= 10 && two <= 19 && terms.contains { $0.name == twoName }
        var suffix: Term?
        if let t = find({ $0.name == twoName && ($0.match == "last-two-digits" || $0.match == "whole-number" && n == two) }) {
            suffix = t
        } else if n < 100, let t = find({ $0.name == wholeName && $0.match == "whole-number" }) {
            suffix = t
        } else if let t = find({ $0.name == oneName && ($0.match == nil || $0.match == "last-digit") && !teenDefined }) {
            suffix = t
        } else if let t = find({ $0.name == "ordinal" }) {
            suffix = t
        }
        return String(n) + (suffix?.single ?? "")
    }

    static func longOrdinal(_ n: Int, locale: ResolvedLocale, gender: String?) -> String {
        if n >= 1 && n <= 10, let t = locale.term(Renderer.twoDigit("long-ordinal-", n), gender: gender) {
            return t.single
        }
        return ordinal(n, locale: locale, gender: gender)
    }

    // MARK: page ranges

    /// Reformats page ranges per `page-range-format` and the range delimiter.
    static func pageRange(_ value: String, format: String?, delimiter: String) -> String {
        var out = ""
        if !value.utf8.contains(where: { $0 == 0x2D || $0 == 0xE2 }) { return value }
        // Ranges are separated by commas or ampersands ("101-105, 110-112 & 120"); each is formatted.
        var parts: [Substring] = []
        var separators: [Character] = []
        var start = value.startIndex
        for i in value.indices where value[i] == "," || value[i] == "&" {
            parts.append(value[start..<i])
            separators.append(value[i])
            start = value.index(after: i)
        }
        parts.append(value[start...])
        for (i, raw) in parts.enumerated() {
            if i > 0 { out.append(separators[i - 1]) }
            let part = String(raw)
            let halves = part.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "\u{2013}" })
            guard halves.count == 2 || (halves.count == 3 && halves[1].isEmpty) else {
                out += part
                continue
            }
            let leading = String(part.prefix(while: { $0 == " " }))
            let trailing = String(part.reversed().prefix(while: { $0 == " " }))
            let a = halves[0].trimmingWhitespace()
            let b = halves[halves.count - 1].trimmingWhitespace()
            out += leading + range(a, b, format: format, delimiter: delimiter) + trailing
        }
        return out
    }

    /// One range of a page value, its ends trimmed.
    private static func range(_ a: String, _ b: String, format: String?, delimiter: String) -> String {
        let (aPrefix, aNum) = splitNumber(a), (bPrefix, bNum) = splitNumber(b)
        let roman: (Substring) -> Bool = { x in !x.isEmpty && x.lowercased().allSatisfy { "ivxlcdm".contains($0) } }
        if roman(Substring(a)) && roman(Substring(b)) { return a + delimiter + b }
        guard !aNum.isEmpty, aNum.allSatisfy({ $0.isNumber }), !bNum.isEmpty, bNum.allSatisfy({ $0.isNumber }),
              aPrefix == bPrefix || bPrefix.isEmpty else {
            return a + "-" + b
        }
        if bPrefix.isEmpty && !aPrefix.isEmpty { return a + "-" + b }
        guard let format else { return a + delimiter + b }
        return a + delimiter + collapse(a, b, format: format)
    }

    /// "8n11564" → ("8n", "11564"): the trailing digits and what precedes them.
    static func splitNumber(_ s: String) -> (Substring, Substring) {
        let digits = s.reversed().prefix(while: { $0.isNumber }).count
        return (s.dropLast(digits), s.suffix(digits))
    }

    static func collapse(_ a: String, _ b: String, format: String) -> String {
        // Only collapse plain numbers sharing any non-numeric prefix.
        let (aPrefix, aNumS) = splitNumber(a), (bPrefix, bNumS) = splitNumber(b)
        let aNum = String(aNumS), bNum0 = String(bNumS)
        guard aPrefix == bPrefix, let ai = Int(aNum), Int(bNum0) != nil else { return b }
        var bNum = bNum0
        // Expand the abbreviated second number first.
        if bNum.count < aNum.count {
            bNum = String(aNum.prefix(aNum.count - bNum.count)) + bNum
        }
        guard let bi = Int(bNum), bi > ai, aNum.count == bNum.count else { return String(bPrefix) + bNum }
        let pre = format == "expanded" ? String(bPrefix) : ""
        switch format {
        case "expanded":
            return pre + bNum
        case "minimal":
            return pre + minimal(aNum, bNum, keep: 1)
        case "minimal-two":
            return pre + minimal(aNum, bNum, keep: 2)
        case "chicago", "chicago-15", "chicago-16":
            if ai < 100 || ai % 100 == 0 { return pre + bNum }
            if ai % 100 < 10 {
                return pre + minimal(aNum, bNum, keep: 1)
            }
            if format != "chicago-16" && aNum.count == 4 {
                let m = minimal(aNum, bNum, keep: 2)
                return pre + (m.count == 3 ? bNum : m)
            }
            return pre + minimal(aNum, bNum, keep: 2)
        default:
            return pre + bNum
        }
    }

    private static func minimal(_ a: String, _ b: String, keep: Int) -> String {
        let ac = Array(a), bc = Array(b)
        var i = 0
        while i < ac.count && ac[i] == bc[i] { i += 1 }
        let start = min(i, max(0, bc.count - keep))
        return String(bc[start...])
    }
}

extension String {
    /// Whether the text holds `\-`, CSL-JSON's literal (non-range) hyphen.
    var hasEscapedHyphen: Bool {
        var previous: UInt8 = 0
        for b in utf8 {
            if b == UInt8(ascii: "-") && previous == UInt8(ascii: "\\") { return true }
            previous = b
        }
        return false
    }
}
