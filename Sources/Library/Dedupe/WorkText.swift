import Bibliography
import Foundation

/// Text folding for telling whether two records describe one work: case, accents, ligatures,
/// Greek letters written or spelled, rich-text markup and punctuation are differences of export,
/// not of work.
enum WorkText {
    /// Lowercased, accents and ligatures removed, Greek letters spelled out, markup dropped.
    static func fold(_ text: String) -> String {
        // Most titles are plain ASCII: lowercasing is all the folding they need.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "<") }) { return text.lowercased() }
        let plain = SearchText.plain(text)
        let folded = plain.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        out.reserveCapacity(folded.utf8.count)
        for ch in folded {
            if ch.isASCII {
                out.append(ch)
            } else if let spelled = GreekLetters.names[ch] ?? letters[ch] {
                out += spelled
            } else {
                out.append(ch)
            }
        }
        return out
    }

    /// Letters that diacritic folding leaves alone, written as their usual ASCII transliteration.
    private static let letters: [Character: String] = [
        "æ": "ae", "œ": "oe", "ø": "o", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
    ]

    /// The words of a field: folded, split on anything that is not a letter or digit.
    static func words(_ text: String) -> [String] {
        fold(text).split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// The numbers a title holds: Arabic numbers, and Roman numerals or number words where they
    /// number something (`Part II`, `phase three`, `type I`). Two titles with different numbers
    /// name different parts of a series, however alike the rest.
    static func numbers(_ words: [String]) -> [Int] {
        var found: [Int] = []
        for (i, word) in words.enumerated() {
            if word.allSatisfy({ $0.isASCII && $0.isNumber }) {
                found.append(Int(word.prefix(9)) ?? 0)
                continue
            }
            guard i > 0, numberingWords.contains(words[i - 1]) else { continue }
            if let value = roman(word) ?? numberWords[word] { found.append(value) }
        }
        return found.sorted()
    }

    /// Words after which a Roman numeral or number word numbers something.
    private static let numberingWords: Set<String> = [
        "part", "pt", "phase", "stage", "type", "grade", "class", "study", "paper", "series", "section",
        "chapter", "book", "volume", "vol", "no", "number", "trial", "report", "experiment", "level", "round",
    ]

    private static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    ]

    /// The value of a lowercase Roman numeral up to 39 (`xxxix`), or `nil`.
    static func roman(_ word: String) -> Int? {
        guard !word.isEmpty, word.count <= 7, word.allSatisfy({ "ivx".contains($0) }) else { return nil }
        let values: [Character: Int] = ["i": 1, "v": 5, "x": 10]
        var total = 0
        var previous = 0
        for ch in word.reversed() {
            guard let v = values[ch] else { return nil }
            if v < previous { total -= v } else { total += v; previous = v }
        }
        // Only canonical forms (`iv`, not `iiii` or `vx`).
        return canonicalRoman(total) == word ? total : nil
    }

    private static func canonicalRoman(_ n: Int) -> String {
        guard n > 0, n < 40 else { return "" }
        let tens = String(repeating: "x", count: n / 10)
        let units = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"][n % 10]
        return tens + units
    }

    /// Words that mark a record as a notice about another work (an erratum, a retraction, a comment
    /// or a reply), which often repeats that work's title.
    static let noticeWords: Set<String> = [
        "erratum", "errata", "corrigendum", "corrigenda", "correction", "corrections", "retraction",
        "retracted", "retract", "comment", "comments", "commentary", "reply", "replies", "response",
        "addendum", "withdrawn", "withdrawal", "concern", "republished", "reprint", "rebuttal", "rejoinder",
    ]

    /// Particles that lead a family name in one export and sit apart in another (`van der Berg`
    /// and `Berg` with the particle `van der`).
    static let particles: Set<String> = [
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "dos", "du", "la", "le",
        "ter", "ten", "zu", "vom", "af", "al", "el", "bin", "ibn", "st",
    ]
}
