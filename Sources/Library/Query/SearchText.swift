/// Text prepared for the full-text index and for queries.
enum SearchText {
    /// `text` without CSL rich-text markup (`<i>`, `<sup>`...), so that tag names are not indexed as words.
    static func plain(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "<")) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            // A tag is '<' then a letter or '/', up to the next '>'; "p < 0.05" is text.
            if scalars[i] == "<", i + 1 < scalars.count, scalars[i + 1] == "/" || scalars[i + 1].properties.isAlphabetic,
                let close = scalars[(i + 1)...].firstIndex(of: ">")
            {
                i = close + 1
                continue
            }
            out.append(scalars[i])
            i += 1
        }
        return String(out)
    }

    /// Words of `text` worth searching for: letters and digits, lowercased, at least three
    /// characters, not among the commonest English function words (which match nearly every
    /// record and make a query slow without making it better), in text order, without repeats.
    static func words(_ text: String, limit: Int = 16) -> [String] {
        var words: [String] = []
        var seen = Set<String>()
        var current = ""
        func flush() {
            defer { current = "" }
            guard current.count >= 3, !stopWords.contains(current), seen.insert(current).inserted else { return }
            words.append(current)
        }
        for ch in plain(text).lowercased() {
            if ch.isLetter || ch.isNumber { current.append(ch) } else { flush() }
        }
        flush()
        return Array(words.prefix(limit))
    }

    /// Every word of `text` (letters and digits), lowercased, in order.
    static func tokens(_ text: String) -> [String] {
        plain(text).lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// The commonest English function words in titles.
    static let stopWords: Set<String> = [
        "the", "and", "for", "with", "from", "that", "this", "are", "was", "were", "into", "its",
        "their", "after", "over", "under", "between", "among", "via", "not", "but", "than", "have",
        "has", "had", "been", "who", "which", "what", "when", "how", "why", "our", "your", "his", "her",
    ]
}
