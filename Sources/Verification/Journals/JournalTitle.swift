/// A journal title reduced to comparable words, with the NLM abbreviation rules understood:
/// each abbreviated word is a prefix of the full word (`Rehabil` for `Rehabilitation`), and
/// articles and prepositions are dropped (`Journal of Orthopaedic Research` → `J Orthop Res`).
public struct JournalTitle: Sendable, Hashable {
    /// The folded significant words.
    public let words: [String]
    /// The words with British spellings folded, and their lengths: what ``wordsAgree(_:_:)``
    /// compares, computed once rather than on every comparison of the alignment.
    private let folded: [(word: String, length: Int)]

    /// Reduces a journal title or abbreviation as written.
    public init(_ text: String) {
        words = MatchText.words(text.replacingOccurrences(of: "&", with: " ")).filter { !JournalTitle.ignored.contains($0) }
        folded = words.map { let f = Self.spellingFold($0); return (f, f.count) }
    }

    public static func == (a: JournalTitle, b: JournalTitle) -> Bool { a.words == b.words }
    public func hash(into hasher: inout Hasher) { hasher.combine(words) }

    /// Words NLM abbreviations leave out.
    static let ignored: Set<String> = ["a", "an", "and", "the", "of", "for", "in", "on", "de", "la", "le", "der", "und", "et"]

    /// British and American spellings abbreviate the same way (`Orthopaedic`, `Orthopedic`).
    private static func spellingFold(_ w: String) -> String {
        w.replacingOccurrences(of: "ae", with: "e").replacingOccurrences(of: "oe", with: "e")
    }

    /// Whether one word abbreviates the other (or they are equal).
    static func wordsAgree(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let fa = spellingFold(a), fb = spellingFold(b)
        return foldedAgree((fa, fa.count), (fb, fb.count))
    }

    /// ``wordsAgree(_:_:)`` on folded words (equal words fold equal).
    private static func foldedAgree(_ a: (word: String, length: Int), _ b: (word: String, length: Int)) -> Bool {
        if a.word == b.word { return true }
        let (short, long) = a.length <= b.length ? (a.word, b.word) : (b.word, a.word)
        return !short.isEmpty && long.hasPrefix(short)
    }

    /// How closely two titles agree: aligned words that abbreviate one another, as a Dice score
    /// over both word lists (1 when every word of each has a partner, in order).
    public func similarity(to other: JournalTitle) -> Double {
        guard !words.isEmpty, !other.words.isEmpty else { return 0 }
        if words == other.words { return 1 }
        let matched = Self.alignedCount(folded, other.folded)
        return 2 * Double(matched) / Double(words.count + other.words.count)
    }

    /// Whether every word of both titles has an abbreviation partner, in order.
    public func isEquivalent(to other: JournalTitle) -> Bool {
        let matched = Self.alignedCount(folded, other.folded)
        return !words.isEmpty && matched == words.count && matched == other.words.count
    }

    /// Words present in `self` with no partner in `other` (for messages).
    public func unmatchedWords(against other: JournalTitle) -> [String] {
        let a = words, b = other.words
        let table = Self.lcsTable(a, b)
        var i = a.count, j = b.count
        var unmatched: [String] = []
        while i > 0 && j > 0 {
            if Self.wordsAgree(a[i - 1], b[j - 1]) && table[i][j] == table[i - 1][j - 1] + 1 {
                i -= 1; j -= 1
            } else if table[i - 1][j] >= table[i][j - 1] {
                unmatched.append(a[i - 1]); i -= 1
            } else {
                j -= 1
            }
        }
        while i > 0 { unmatched.append(a[i - 1]); i -= 1 }
        return unmatched.reversed()
    }

    /// The length of the longest in-order alignment of agreeing words (two rows of the LCS table).
    private static func alignedCount(_ a: [(word: String, length: Int)], _ b: [(word: String, length: Int)]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for i in 1...a.count {
            for j in 1...b.count {
                current[j] = foldedAgree(a[i - 1], b[j - 1]) ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    private static func lcsTable(_ a: [String], _ b: [String]) -> [[Int]] {
        var t = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        guard !a.isEmpty, !b.isEmpty else { return t }
        for i in 1...a.count {
            for j in 1...b.count {
                t[i][j] = wordsAgree(a[i - 1], b[j - 1]) ? t[i - 1][j - 1] + 1 : max(t[i - 1][j], t[i][j - 1])
            }
        }
        return t
    }
}
