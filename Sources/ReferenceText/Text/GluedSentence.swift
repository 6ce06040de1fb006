/// A period typed without the space after it, so that two parts of a reference run together
/// (`revealed by disease.Blood 105`, `motors kill .Exp Brain Res`).
struct GluedSentence: Sendable {
    /// The period.
    var period: Int
    /// The two words as written (`disease.Blood`).
    var written: String
    /// The same with the space in its place (`disease. Blood`).
    var corrected: String

    /// The glued periods of `text`: a period between a lower-case word of three letters or more (or a
    /// space) and a capitalised word. Abbreviations (`e.g.`, `U.S.`), initials, DOIs, URLs and e-mail
    /// addresses do not match.
    static func find(in text: ScalarText) -> [GluedSentence] {
        let s = text.scalars
        var out: [GluedSentence] = []
        var i = 1
        while i + 2 < s.count {
            defer { i += 1 }
            guard s[i] == ".", s[i + 1].isUpper, s[i + 2].isLower else { continue }
            var a = i
            while a > 0, s[a - 1] != " " { a -= 1 }
            var b = i + 1
            while b < s.count, s[b] != " " { b += 1 }
            let token = a..<b
            if token.contains(where: { ["/", "@", ":", "_", "="].contains(s[$0]) }) { continue }
            let afterSpace = s[i - 1] == " "
            let lowerWord = i - a >= 3 && (a..<i).allSatisfy { s[$0].isLower }
            guard afterSpace || lowerWord else { continue }
            // The word after is a word, not a file name or a code (`.Rmd`, `.NET`).
            guard ((i + 1)..<b).allSatisfy({ s[$0].isLetter || [",", ".", ";", ")"].contains(s[$0]) }) else { continue }
            // `kill .Exp`: the word before is the one before the space.
            var start = a
            if afterSpace {
                start = i - 1
                while start > 0, s[start - 1] != " " { start -= 1 }
            }
            let before = text.string(start..<(afterSpace ? i - 1 : i))
            out.append(GluedSentence(
                period: i, written: text.string(start..<b),
                corrected: before + ". " + text.string((i + 1)..<b)))
        }
        return out
    }
}
