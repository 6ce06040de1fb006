import Bibliography
/// Repairs hyphens that a line break left in text pasted from a PDF (`concentra- tion`), keeping real
/// compound hyphens (`double- blind` → `double-blind`).
///
/// The decision uses evidence, in this order: the ``Lexicon`` (is the joined form a known word, is the
/// hyphenated form a known compound), then the rest of the string (does either form occur elsewhere),
/// then the shape of the parts (a capitalised or digit-bearing part is a compound; two known words
/// are a compound; otherwise the break is a line-break artifact).
struct HyphenationRepair: Sendable {
    /// One repaired break.
    struct Repair: Sendable {
        /// The `- ` in the text before the repair.
        var range: Range<Int>
        /// Whether the hyphen was removed (a broken word) or kept (a compound).
        var joined: Bool
        /// The repaired word (`concentration`, `double-blind`).
        var word: String
        /// The word as written (`concentra- tion`).
        var written: String
        /// Where `written` stands in the text (what `word` replaces).
        var wordRange: Range<Int>
    }

    let lexicon: Lexicon

    init(lexicon: Lexicon = .shared) { self.lexicon = lexicon }

    /// Finds the breaks in `text`; apply them with ``apply(_:to:)``.
    func repairs(in text: ScalarText) -> [Repair] {
        var out: [Repair] = []
        let s = text.scalars
        var i = 1
        while i + 2 < s.count {
            defer { i += 1 }
            // `ACC/AHA/ ASNC`, `molecules/ SynCAM`: a line broken after a slash.
            if s[i] == "/", s[i + 1] == " ", s[i - 1].isAlnum, s[i + 2].isLetter {
                out.append(slashRepair(text, at: i))
                continue
            }
            // `3H-cis(Z)- flupenthixol`, `poly(lactide-co-glycolide)- based`: a chemical name's hyphen after a bracket.
            if s[i] == "-", s[i + 1] == " ", s[i - 1] == ")", s[i + 2].isLetter {
                let a = text.tokenStart(before: i)
                if (a..<i).contains(where: { s[$0] == "(" }) {
                    var b = i + 2
                    while b < s.count, s[b].isLetter || s[b] == "-" { b += 1 }
                    out.append(Repair(
                        range: i..<(i + 2), joined: false, word: text.string(a..<i) + "-" + text.string((i + 2)..<b),
                        written: text.string(a..<b), wordRange: a..<b))
                }
                continue
            }
            guard s[i] == "-" || s[i] == "\u{2010}", s[i + 1] == " ", s[i - 1].isAlnum else { continue }
            // `HER- 2/neu`, `1990- 2000`, `4- (piperidin-1-yl)`: a hyphen before a number or bracket stays.
            if s[i + 2].isDigit || s[i + 2] == "(" {
                if s[i - 1].isDigit || s[i - 1].isUpper {
                    var a = i
                    while a > 0, s[a - 1].isAlnum || s[a - 1] == "-" { a -= 1 }
                    var b = i + 2
                    while b < s.count, s[b] != " " { b += 1 }
                    let before = text.string(a..<i)
                    let after = text.string((i + 2)..<b)
                    out.append(Repair(range: i..<(i + 2), joined: false, word: before + "-" + after, written: text.string(a..<b), wordRange: a..<b))
                }
                continue
            }
            guard s[i + 2].isLetter else { continue }
            var a = i
            while a > 0, s[a - 1].isLetter { a -= 1 }
            var b = i + 2
            while b < s.count, s[b].isLetter { b += 1 }
            let left = text.string(a..<i)
            let right = text.string((i + 2)..<b)
            // `pre- and post-operative`: a suspended hyphen before a conjunction is not a break.
            if ["and", "or", "to", "und", "et", "ou"].contains(right) && !s[i - 1].isDigit { continue }
            // `CD28- T cells`: a minus sign before a one-letter word.
            if b == i + 3, s[i + 2].isUpper { continue }
            let joined = decideJoin(left: left, right: right, leftEndsInDigit: s[i - 1].isDigit, text: text, skip: a..<b)
            var wordStart = a
            while wordStart > 0, s[wordStart - 1].isLetter || s[wordStart - 1].isDigit || s[wordStart - 1] == "-" { wordStart -= 1 }
            var wordEnd = b
            while wordEnd < s.count, s[wordEnd].isLetter || s[wordEnd].isDigit || s[wordEnd] == "-" { wordEnd += 1 }
            let before = text.string(wordStart..<i)
            let after = text.string((i + 2)..<wordEnd)
            out.append(Repair(
                range: i..<(i + 2), joined: joined,
                word: joined ? before + after : before + "-" + after,
                written: text.string(wordStart..<wordEnd), wordRange: wordStart..<wordEnd))
        }
        return out
    }

    /// The space after the slash at `i` removed.
    private func slashRepair(_ text: ScalarText, at i: Int) -> Repair {
        let s = text.scalars
        let a = text.tokenStart(before: i)
        var b = i + 2
        while b < s.count, s[b].isLetter || s[b].isDigit || s[b] == "-" { b += 1 }
        return Repair(
            range: i..<(i + 2), joined: false, word: text.string(a..<(i + 1)) + text.string((i + 2)..<b),
            written: text.string(a..<b), wordRange: a..<b)
    }

    /// The text with the breaks repaired.
    func apply(_ repairs: [Repair], to text: ScalarText) -> ScalarText {
        text.removing(repairs.map { $0.joined ? $0.range : ($0.range.lowerBound + 1)..<$0.range.upperBound })
    }

    /// Word endings that are no words of their own.
    static let suffixFragments: Set<String> = [
        "tion", "tions", "sion", "sions", "ment", "ments", "ness", "ity", "ities", "ance", "ances", "ence", "ences",
        "ing", "ings", "ous", "ive", "ives", "ized", "ised", "ization", "isation", "ations", "ation", "ular", "ally",
        "ogy", "ology", "ical", "ically", "ated", "ates", "ating", "ism", "isms", "ist", "ists", "ible", "able",
    ]

    private func decideJoin(left: String, right: String, leftEndsInDigit: Bool, text: ScalarText, skip: Range<Int>) -> Bool {
        if leftEndsInDigit || left.isEmpty { return false }
        if let f = right.unicodeScalars.first, f.isUpper { return false }
        // No one breaks a word after its first letter (`b- defensin`), and an acronym (`UDP- glucuronosyl`)
        // or a one-letter or function word after the hyphen (`Norway- a prospective`) is a compound.
        if left.count == 1 || left.unicodeScalars.allSatisfy({ $0.isUpper }) { return false }
        if right.count == 1 || ["an", "the", "of", "in", "on", "for", "with", "from", "by"].contains(right) { return false }
        // Each side lowered and looked up once (the word list is bisected per look-up).
        let leftLower = left.lowercased()
        let rightLower = right.lowercased()
        // A Greek letter spelled out names a variant (`alpha- amylase`, `beta- defensin`): a compound.
        // (Names of two or three letters, `nu`, `pi`, `eta`, `rho`, are too short to tell from a word's
        // first letters: `Nu- merical`.)
        if left.count >= 4, GreekLetters.spelledOut.contains(leftLower) { return false }
        // `direct-to- consumer`: a small word inside a longer compound.
        if ["to", "of", "in", "and", "the", "on", "or", "by", "for"].contains(leftLower), text.at(skip.lowerBound - 1) == "-" {
            return false
        }
        // Only a suffix after the hyphen (`agglomera- tion`): a broken word, whatever the lists say.
        let leftCount = lexicon.words[leftLower]
        if Self.suffixFragments.contains(rightLower), leftCount == nil { return true }
        let joined = (left + right).lowercased()
        let compound = (left + "-" + right).lowercased()
        let joinedCount = lexicon.words[joined] ?? 0
        let compoundCount = lexicon.compounds[compound] ?? 0
        let rightCount = right.count >= 3 ? lexicon.words[rightLower] : nil
        let rightIsWord = rightCount != nil
        // A compound needs a word after its hyphen (`genome-wide`); `agglomera-tion` is a broken word
        // even when a badly extracted title once spelled it so. Both forms seen: the commoner wins.
        if compoundCount > 0 && rightIsWord && compoundCount >= joinedCount { return false }
        if joinedCount > 0 { return true }
        // A prefix ending in the vowel the word begins with keeps its hyphen when the lists do not know the
        // word (`re- entering`, `cerebello- olivary`).
        if let l = left.last, let r = right.first, l == r, "aeiou".contains(l), left.count >= 2, left.first?.isLowercase == true {
            return false
        }
        // The rest of the string may spell the word out.
        let whole = text.string(0..<skip.lowerBound).lowercased() + " " + text.string(skip.upperBound..<text.count).lowercased()
        let wholeBytes = Array(whole.utf8)
        if Self.contains(wholeBytes, compound) { return false }
        if Self.contains(wholeBytes, joined) { return true }
        // A long word before the hyphen and no known word when joined (`laboratory- denatured`): a compound;
        // not a combining form (`Gastro- enterol`, `Electro- myogr`), which closes up.
        if left.count >= 6, right.count >= 5, !leftLower.hasSuffix("o"), leftCount != nil { return false }
        let leftWord = leftCount != nil && left.count >= 3
        let rightWord = rightCount != nil && right.count >= 4
        // Two words (`double- blind`), or a long first part before a word (`convection- enhanced`):
        // a compound. A fragment that is no word (`concentra- tion`, `identi- fies`): a broken word.
        return !(rightWord && (leftWord || left.count >= 7))
    }

    /// Whether `needle`'s UTF-8 bytes occur in `h` (a text's UTF-8 bytes): a plain search, where `String.contains`
    /// would go through Foundation's locale-aware `range(of:)`.
    static func contains(_ h: [UInt8], _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard let first = n.first else { return true }
        guard n.count <= h.count else { return false }
        var i = 0
        while i <= h.count - n.count {
            if h[i] == first {
                var j = 1
                while j < n.count, h[i + j] == n[j] { j += 1 }
                if j == n.count { return true }
            }
            i += 1
        }
        return false
    }
}
