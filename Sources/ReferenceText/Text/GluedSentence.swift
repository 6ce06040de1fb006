/// A period typed without the space after it, so that two parts of a reference run together
/// (`revealed by disease.Blood 105`, `motors kill .Exp Brain Res`).
struct GluedSentence: Sendable {
    /// The period.
    var period: Int
    /// The two words as written (`disease.Blood`).
    var written: String

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
            out.append(GluedSentence(period: i, written: text.string((afterSpace ? i : a)..<b)))
        }
        return out
    }
}

extension ScalarText {
    /// A copy with a space after each of the given periods (a space before one is dropped:
    /// `kill .Exp` becomes `kill. Exp`).
    func separating(_ glued: [GluedSentence]) -> ScalarText {
        guard !glued.isEmpty else { return self }
        var sc: [Unicode.Scalar] = []
        var off: [Int] = []
        sc.reserveCapacity(scalars.count + glued.count)
        off.reserveCapacity(scalars.count + glued.count)
        let periods = Set(glued.map(\.period))
        for i in scalars.indices {
            if periods.contains(i), sc.last == " " {
                sc.removeLast()
                off.removeLast()
            }
            sc.append(scalars[i])
            off.append(offsets[i])
            if periods.contains(i) {
                sc.append(" ")
                off.append(offsets[i])
            }
        }
        return ScalarText(scalars: sc, offsets: off, originalLength: originalLength)
    }
}
