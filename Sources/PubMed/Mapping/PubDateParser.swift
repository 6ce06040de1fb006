import Bibliography

/// Turns PubMed's date elements into CSL date values.
///
/// `PubDate` holds either Year/Month/Day/Season or a free-form `MedlineDate` such as
/// `1998 Dec-1999 Jan`, `2000 Spring`, `1999 Jul-Aug` or `1975 Aug 15-21`.
package enum PubDateParser {
    /// A date from its PubDate parts. Month may be a name (`Mar`) or a number (`03`). A `Season`
    /// that names months (`Jan-Mar`) becomes a month range; a season name becomes CSL's season.
    package static func date(year: String?, month: String?, day: String?, season: String?) -> DateValue? {
        guard let year, let y = Int(year) else {
            return season.map { DateValue(literal: $0) }
        }
        var parts = [y]
        if let month, let m = monthNumber(month) {
            parts.append(m)
            if let day, let d = Int(day), (1...31).contains(d) { parts.append(d) }
        }
        if parts.count == 1, let season, season.contains(where: \.isLetter) {
            let ranged = medlineDate(year + " " + season)
            if ranged.season == nil, ranged.dateParts.first?.count ?? 0 > 1 { return ranged }
        }
        return DateValue(dateParts: [parts], season: season.map(seasonValue))
    }

    /// Parses a MedlineDate into date parts (two for a range) and a season. Only text with no
    /// readable year is kept as a `literal`, so that a style prints one form of each date.
    package static func medlineDate(_ text: String) -> DateValue {
        let pieces = text.split(separator: "-", maxSplits: 1).map(String.init)
        // Text of hyphens alone (`-`) splits into no pieces.
        guard let first = pieces.first, let start = parseSide(first, inheriting: nil) else { return DateValue(literal: text) }
        guard pieces.count == 2, let end = parseSide(pieces[1], inheriting: start) else {
            return DateValue(dateParts: [start.parts], season: start.season.map(seasonValue))
        }
        let season = (start.season ?? end.season).map(seasonValue)
        if end.parts == start.parts { return DateValue(dateParts: [start.parts], season: season) }
        return DateValue(dateParts: [start.parts, end.parts], season: season)
    }

    /// CSL-JSON's season: 1...4 for spring...winter (rendered with the locale's season terms), the
    /// text itself for anything else (`Winter-Spring`).
    package static func seasonValue(_ text: String) -> JSONValue {
        switch text.lowercased() {
        case "spring": return .int(1)
        case "summer": return .int(2)
        case "fall", "autumn": return .int(3)
        case "winter": return .int(4)
        default: return .string(text)
        }
    }

    private struct Side {
        var parts: [Int]
        var season: String?
    }

    /// One side of a range: tokens in any order among year, month name, day and season. The
    /// end side inherits the start's year and month when it leaves them out (`Jul-Aug`, `15-21`).
    private static func parseSide(_ text: String, inheriting start: Side?) -> Side? {
        var year: Int?
        var month: Int?
        var day: Int?
        var season: String?
        for token in text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "/" }) {
            let t = String(token)
            if let n = Int(t) {
                if t.count == 4 { year = n } else if (1...31).contains(n) { day = n }
            } else if let m = monthNumber(t) {
                month = m
            } else if let s = seasonName(t) {
                season = s
            }
        }
        if let start {
            if year == nil { year = start.parts.first }
            if month == nil, day != nil, start.parts.count > 1 { month = start.parts[1] }
        }
        guard let year else { return nil }
        var parts = [year]
        if let month {
            parts.append(month)
            if let day { parts.append(day) }
        }
        return Side(parts: parts, season: season)
    }

    private static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
        "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// `Mar`, `March`, `03` or `3` → 3.
    package static func monthNumber(_ text: String) -> Int? {
        if let n = Int(text) { return (1...12).contains(n) ? n : nil }
        guard text.count >= 3 else { return nil }
        return months[String(text.prefix(3)).lowercased()]
    }

    private static func seasonName(_ text: String) -> String? {
        switch text.lowercased() {
        case "spring": return "Spring"
        case "summer": return "Summer"
        case "fall", "autumn": return "Fall"
        case "winter": return "Winter"
        default: return nil
        }
    }
}
