import Bibliography

/// Dates of BibTeX (`year`, `month`, `day`) and biblatex (`date`, `urldate`, ... in ISO 8601 /
/// EDTF level 0-1: `2001`, `2001-03`, `2001-03-15`, ranges with `/`, open ends, `~` circa, `?`).
enum BibTeXDate {
    /// A biblatex date field; `nil` when empty. Text that is no date is kept as a literal.
    static func parse(biblatex raw: String) -> DateValue? {
        let text = raw.trimmingSpaces()
        guard !text.isEmpty else { return nil }
        var circa = false
        var parts: [[Int]] = []
        let ends = text.split(separator: "/", omittingEmptySubsequences: false)
        guard ends.count <= 2 else { return DateValue(literal: text) }
        for end in ends {
            var s = Substring(end)
            while let last = s.last, last == "~" || last == "?" || last == "%" {
                if last != "?" { circa = true }
                s = s.dropLast()
            }
            if s.isEmpty || s == ".." {
                if ends.count == 2 { parts.append([0]) }
                continue
            }
            guard let date = isoParts(s) else { return DateValue(literal: text) }
            parts.append(date)
        }
        // An open range ("1998/") is written by CSL-JSON as [[1998], [0]].
        guard !parts.isEmpty, parts.contains(where: { $0 != [0] }) else { return DateValue(literal: text) }
        var value = DateValue(dateParts: parts)
        if circa { value.circa = .bool(true) }
        return value
    }

    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (a negative year allowed); a time part is ignored.
    private static func isoParts(_ s: Substring) -> [Int]? {
        var text = s
        if let t = text.firstIndex(of: "T") { text = text[..<t] }
        var negative = false
        if text.first == "-" { negative = true; text = text.dropFirst() }
        let pieces = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(pieces.count), pieces[0].count >= 1, pieces[0].count <= 4 else { return nil }
        var out: [Int] = []
        for (k, piece) in pieces.enumerated() {
            guard !piece.isEmpty, piece.allSatisfy(\.isASCII), let n = Int(piece) else { return nil }
            if k == 1, !(1...24).contains(n) { return nil }
            if k == 2, !(1...31).contains(n) { return nil }
            out.append(k == 0 && negative ? -n : n)
        }
        // Seasons (21-24) are EDTF months; CSL-JSON keeps them as `season`.
        if out.count == 2, out[1] > 12 { return [out[0]] }
        return out
    }

    private static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]

    /// A month from a number, a name or an abbreviation (`3`, `mar`, `March`, `Mar.`).
    static func month(_ raw: String) -> Int? {
        if let decided = asciiMonth(raw) { return decided }
        // Periods are trimmed as scalars, as Foundation's trimming does.
        var scalars = Substring(raw.trimmingSpaces().lowercased()).unicodeScalars
        while scalars.first == "." { scalars = scalars.dropFirst() }
        while scalars.last == "." { scalars = scalars.dropLast() }
        let text = Substring(scalars)
        if let n = Int(text), (1...12).contains(n) { return n }
        guard text.count >= 3 else { return nil }
        return monthNames.firstIndex { $0.hasPrefix(text) || (text.count > 3 && text.hasPrefix($0)) }.map { $0 + 1 }
    }

    /// ``month(_:)`` for printable ASCII text (nearly every value), on bytes; `nil` when the text
    /// is not such, so the general path decides.
    private static func asciiMonth(_ raw: String) -> Int?? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.utf8.count)
        for b in raw.utf8 {
            guard b >= 0x20, b < 0x7F else { return nil }
            bytes.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
        var low = 0
        var high = bytes.count
        while low < high, bytes[low] == 0x20 { low += 1 }
        while high > low, bytes[high - 1] == 0x20 { high -= 1 }
        while low < high, bytes[low] == UInt8(ascii: ".") { low += 1 }
        while high > low, bytes[high - 1] == UInt8(ascii: ".") { high -= 1 }
        let text = bytes[low..<high]
        if let first = text.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || (first >= 0x30 && first <= 0x39) {
            if let n = Int(String(decoding: text, as: UTF8.self)), (1...12).contains(n) { return .some(n) }
        }
        guard text.count >= 3 else { return .some(nil) }
        let k = monthNameBytes.firstIndex { $0.starts(with: text) || (text.count > 3 && text.starts(with: $0)) }
        return .some(k.map { $0 + 1 })
    }

    private static let monthNameBytes = monthNames.map { Array($0.utf8) }

    /// A date from BibTeX's `year`, `month` and `day`; a year that is not a number is a literal.
    static func parse(year rawYear: String, month rawMonth: String?, day rawDay: String?) -> DateValue? {
        let year = LaTeXDecoder.decode(rawYear, richText: false)
        guard !year.isEmpty else { return nil }
        guard let y = Int(year) else {
            // "2001/2002" and other biblatex-shaped years.
            if let value = parse(biblatex: year), value.literal == nil { return value }
            return DateValue(literal: year)
        }
        var parts = [y]
        if let rawMonth, let m = month(LaTeXDecoder.decode(rawMonth, richText: false)) {
            parts.append(m)
            if let rawDay, let d = Int(rawDay.trimmingSpaces()), (1...31).contains(d) { parts.append(d) }
        }
        return DateValue(dateParts: [parts])
    }
}

import Foundation
