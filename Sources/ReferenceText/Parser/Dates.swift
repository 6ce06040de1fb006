/// Years, month names and seasons as references write them.
enum DateWords {
    /// The year at `i` (four digits 1500...2099 standing alone), and the index after it
    /// (after an optional letter suffix: `2005a`).
    static func year(in t: ScalarText, at i: Int) -> (year: Int, end: Int)? {
        guard i + 4 <= t.count, !t.at(i - 1).isAlnum else { return nil }
        var v = 0
        for k in i..<(i + 4) {
            guard t[k].isDigit else { return nil }
            v = v * 10 + t[k].digitValue
        }
        guard v >= 1500 && v <= 2099 else { return nil }
        var end = i + 4
        if t.at(end).isDigit { return nil }
        if t.at(end).isASCIILower && !t.at(end + 1).isLetter { end += 1 }
        else if t.at(end).isLetter { return nil }
        return (v, end)
    }

    private static let months: [(String, Int)] = [
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
        ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
        ("sept", 9),
    ]
    private static let seasons = ["spring", "summer", "autumn", "fall", "winter"]

    /// A month name or abbreviation at `i` (`Mar`, `March`, `Sep.`), with the month number and the end index.
    static func month(in t: ScalarText, at i: Int) -> (month: Int, end: Int)? {
        guard t.at(i).isLetter, !t.at(i - 1).isLetter else { return nil }
        var j = i
        while j < t.count, t[j].isLetter { j += 1 }
        guard j - i >= 3, j - i <= 9 else { return nil }
        let word = t.lowercasedASCII(i..<j)
        for (name, n) in months where name.hasPrefix(word) && (word.count == 3 || word.count == name.count || word == "sept") {
            var end = j
            if t.at(end) == "." { end += 1 }
            return (n, end)
        }
        return nil
    }

    /// A season name at `i` (`Summer`), with its end.
    static func season(in t: ScalarText, at i: Int) -> (String, Int)? {
        guard t.at(i).isLetter, !t.at(i - 1).isLetter else { return nil }
        var j = i
        while j < t.count, t[j].isLetter { j += 1 }
        guard j - i >= 4, j - i <= 6 else { return nil }
        let word = t.string(i..<j)
        return seasons.contains(t.lowercasedASCII(i..<j)) ? (word, j) : nil
    }
}
