/// A suspended hyphen that lost its space (`foreign-and US-born`, `pre-and post-test`): the first
/// word of a pair sharing a second part, written `foreign- and US-born`.
struct SuspendedHyphen: Sendable {
    /// The hyphen.
    var hyphen: Int
    /// The words as written (`foreign-and US-born`).
    var written: String
    /// The same with the space after the hyphen (`foreign- and US-born`).
    var corrected: String

    /// Words that do not open the second part of a pair (`dollar-or is it?` is a dash, not a pair).
    static let notSecondParts: Set<String> = ["is", "are", "was", "the", "a", "an", "not", "what", "which", "how", "it"]

    /// The suspended hyphens of `text`: `X-and Y` or `X-or Y` with `Y` a word that can end the pair.
    static func find(in text: ScalarText) -> [SuspendedHyphen] {
        let s = text.scalars
        var out: [SuspendedHyphen] = []
        var i = 1
        while i + 4 < s.count {
            defer { i += 1 }
            guard s[i] == "-", s[i - 1].isAlnum else { continue }
            let conjunction: Int
            if text.matches("and ", at: i + 1, caseInsensitive: false) { conjunction = 4 } else if text.matches("or ", at: i + 1, caseInsensitive: false) {
                conjunction = 3
            } else { continue }
            let next = i + 1 + conjunction
            var e = next
            while e < s.count, s[e].isLetter || s[e].isDigit || s[e] == "-" { e += 1 }
            guard e > next, s[next].isLetter || s[next].isDigit else { continue }
            let word = text.string(next..<e)
            guard !notSecondParts.contains(word.lowercased()) else { continue }
            var a = i
            while a > 0, s[a - 1].isAlnum || s[a - 1] == "-" { a -= 1 }
            out.append(SuspendedHyphen(
                hyphen: i, written: text.string(a..<e),
                corrected: text.string(a..<(i + 1)) + " " + text.string((i + 1)..<e)))
        }
        return out
    }
}
