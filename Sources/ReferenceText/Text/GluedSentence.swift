/// A period typed without the space after it, so that two parts of a reference run together
/// (`revealed by disease.Blood 105`, `motors kill .Exp Brain Res`).
struct GluedSentence: Sendable {
    /// The period.
    var period: Int
    /// What `. ` replaces: the period, or a space and the period (`kill .Exp`).
    var replaced: Range<Int>
    /// The two words as written (`disease.Blood`).
    var written: String
    /// The same with the space in its place (`disease. Blood`).
    var corrected: String

    /// The glued periods of `text`: a period between a lower-case word of three letters or more (or a
    /// space) and a capitalised word. Abbreviations (`e.g.`, `U.S.`), initials, codes (`.NET`), DOIs,
    /// URLs and e-mail addresses do not match: the word before must be lower-case letters only.
    static func find(in text: ScalarText) -> [GluedSentence] {
        let s = text.scalars
        var out: [GluedSentence] = []
        var i = 1
        while i + 2 < s.count {
            defer { i += 1 }
            guard s[i] == ".", s[i + 1].isUpper, s[i + 2].isLower else { continue }
            let a = text.tokenStart(before: i)
            var b = i + 1
            while b < s.count, s[b] != " " { b += 1 }
            let afterSpace = s[i - 1] == " "
            let lowerWord = i - a >= 3 && (a..<i).allSatisfy { s[$0].isLower }
            guard afterSpace || lowerWord else { continue }
            // The word after is a word (letters, then its own punctuation).
            guard ((i + 1)..<b).allSatisfy({ s[$0].isLetter || [",", ".", ";", ")"].contains(s[$0]) }) else { continue }
            // `kill .Exp`: the word before is the one before the space.
            let start = afterSpace ? text.tokenStart(before: i - 1) : a
            let before = text.string(start..<(afterSpace ? i - 1 : i))
            out.append(GluedSentence(
                period: i, replaced: (afterSpace ? i - 1 : i)..<(i + 1), written: text.string(start..<b),
                corrected: before + ". " + text.string((i + 1)..<b)))
        }
        return out
    }
}
