import Bibliography
import Foundation

/// Text folding for comparing bibliographic fields (the library's duplicate finder shares its
/// trigrams and edit distance): case, diacritics, punctuation and
/// spacing differences are not evidence of a different work.
public enum MatchText {
    /// Lowercased, diacritics removed, Greek letters spelled out.
    static func fold(_ text: String) -> String {
        // ASCII text has no diacritics, wide forms or Greek letters: folding it is lowercasing it,
        // without Foundation's folding (slow on Linux, and called for every field of every reference).
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        out.reserveCapacity(folded.count)
        for ch in folded {
            if let spelled = GreekLetters.names[ch] { out += spelled } else { out.append(ch) }
        }
        return out
    }

    /// Words of a field: folded, split on anything that is not a letter or digit, markup dropped.
    static func words(_ text: String) -> [String] {
        let plain = stripMarkup(text)
        return fold(plain).split(whereSeparator: { !$0.isFastLetterOrNumber }).map(String.init)
    }

    /// All letters and digits of a field run together (`double- blind` and `double-blind` agree).
    static func squeezed(_ text: String) -> String {
        String(fold(stripMarkup(text)).filter(\.isFastLetterOrNumber))
    }

    /// Removes the HTML-like rich-text tags CSL-JSON allows in titles.
    static func stripMarkup(_ text: String) -> String {
        guard text.contains("<") else { return text }
        var out = ""
        var inTag = false
        for ch in text {
            if ch == "<" { inTag = true; continue }
            if ch == ">", inTag { inTag = false; continue }
            if !inTag { out.append(ch) }
        }
        return out
    }

    /// Character trigrams of the squeezed text, as a set of hashes.
    public static func trigrams(_ squeezed: String) -> Set<Int> {
        let chars = Array(squeezed.unicodeScalars)
        guard chars.count >= 3 else { return chars.isEmpty ? [] : [squeezed.hashValue] }
        var set = Set<Int>()
        set.reserveCapacity(chars.count)
        for i in 0..<(chars.count - 2) {
            let v = Int(chars[i].value) &* 1_000_003 &+ Int(chars[i + 1].value) &* 1_009 &+ Int(chars[i + 2].value)
            set.insert(v)
        }
        return set
    }

    /// Dice coefficient of two sets.
    public static func dice(_ a: Set<Int>, _ b: Set<Int>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
    }

    /// Levenshtein distance, for short strings such as surnames.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var prev = Array(0...y.count)
        var cur = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            cur[0] = i
            for j in 1...y.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[y.count]
    }

    /// Words too common in titles to locate a record by.
    static let stopWords: Set<String> = [
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is", "of", "on", "or", "the",
        "to", "with", "without", "its", "their", "after", "before", "during", "between", "under", "via",
    ]
}
