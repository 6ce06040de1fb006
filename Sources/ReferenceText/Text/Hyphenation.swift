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
            guard s[i] == "-" || s[i] == "\u{2010}", s[i + 1] == " ", s[i + 2].isLetter, s[i - 1].isAlnum else { continue }
            var a = i
            while a > 0, s[a - 1].isLetter { a -= 1 }
            var b = i + 2
            while b < s.count, s[b].isLetter { b += 1 }
            let left = text.string(a..<i)
            let right = text.string((i + 2)..<b)
            // `pre- and post-operative`: a suspended hyphen before a conjunction is not a break.
            if ["and", "or", "to", "und", "et", "ou"].contains(right) && left.count <= 6 && !s[i - 1].isDigit { continue }
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
                written: text.string(wordStart..<wordEnd)))
        }
        return out
    }

    /// The text with the breaks repaired.
    func apply(_ repairs: [Repair], to text: ScalarText) -> ScalarText {
        text.removing(repairs.map { $0.joined ? $0.range : ($0.range.lowerBound + 1)..<$0.range.upperBound })
    }

    private func decideJoin(left: String, right: String, leftEndsInDigit: Bool, text: ScalarText, skip: Range<Int>) -> Bool {
        if leftEndsInDigit || left.isEmpty { return false }
        if let f = right.unicodeScalars.first, f.isUpper { return false }
        let joined = (left + right).lowercased()
        let compound = (left + "-" + right).lowercased()
        let knownJoined = lexicon.words.contains(joined)
        let knownCompound = lexicon.compounds.contains(compound)
        if knownCompound { return false }
        if knownJoined { return true }
        // The rest of the string may spell the word out.
        let whole = text.string(0..<skip.lowerBound).lowercased() + " " + text.string(skip.upperBound..<text.count).lowercased()
        if whole.contains(compound) { return false }
        if whole.contains(joined) { return true }
        let leftWord = lexicon.words.contains(left.lowercased()) && left.count >= 3
        let rightWord = lexicon.words.contains(right.lowercased()) && right.count >= 3
        return !(leftWord && rightWord)
    }
}
