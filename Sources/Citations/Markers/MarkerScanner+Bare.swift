/// Bare digits: glued to a word or punctuation (`collagen.1,2`), or after the sentence's period (`properties. 7,8`).
extension MarkerScanner {
    /// `collagen.1,2,3` (glued) or `properties. 7,8,9` (after the sentence's period).
    func bareMarker(at start: Int) -> LocatedMarker? {
        let kind: MarkerKind
        if isGluedPosition(start) {
            kind = .glued
        } else if isSpacedPosition(start) {
            kind = .spaced
        } else {
            return nil
        }
        guard let list = NumberList.parse(text, from: start, explicit: false), inReferenceRange(list.numbers) else {
            return nil
        }
        let end = list.end
        if end < text.count {
            let next = text[end]
            if next.isFastWhitespace {
                // fine: the marker ends at a space
            } else if ".,;:!?)".contains(next) {
                // `. 2. We` numbers a point of a list, not a citation.
                guard kind == .glued || next != ".", end + 1 == text.count || text[end + 1].isFastWhitespace else { return nil }
            } else {
                return nil
            }
        }
        // After a sentence's period the next thing must start a sentence (or end the paragraph); after an
        // abbreviation's period (`et al.3 showed`) the sentence goes on.
        let previous = text[start - 1]
        let afterPeriod = kind == .spaced
            || "!?".contains(previous)
            || (previous == "." && !Abbreviations.nonTerminal.contains(wordBefore(start - 1).lowercased())
                && !Abbreviations.titles.contains(wordBefore(start - 1)))
        if afterPeriod, !startsSentence(after: end) { return nil }
        return make(list, kind: kind, rawStart: start, range: start..<end)
    }

    func isGluedPosition(_ start: Int) -> Bool {
        let previous = text[start - 1]
        if previous.isFastLetter {
            return isCitableWord(endingAt: start) && closesClause(from: start)
        }
        guard Self.gluePunctuation.contains(previous), start >= 2 else { return false }
        let beforePunctuation = text[start - 2]
        // `2.5`, `1,000`, `10:30` are numbers; `, 5` has no word to glue to; `−.07`, `= .5`, `(.3` are
        // decimals written without their zero.
        // `1,2,…,9` continues a sequence.
        if beforePunctuation.isFastNumber || beforePunctuation.isFastWhitespace || beforePunctuation == "…" { return false }
        if previous == ".", NumberList.dashes.contains(beforePunctuation) || "=(<>±+".contains(beforePunctuation) { return false }
        // `λx,1`, `a,2`: after a variable's comma a digit is an index (a flattened subscript).
        if previous == "," || previous == ";", isVariableName(endingAt: start - 1) { return false }
        if previous == "." {
            let word = wordBefore(start - 1).lowercased()
            if Abbreviations.numberLabels.contains(word) { return false }
        }
        return !tokenLooksLikeAddress(endingAt: start - 1)
    }

    /// After the sentence's closing punctuation and spaces, or a line break inside the paragraph (hard-wrapped
    /// text), but not at the start of a list line (`2. Next step`).
    func isSpacedPosition(_ start: Int) -> Bool {
        var cursor = start - 1
        var newlines = 0
        while cursor >= 0, Self.isInlineSpace(text[cursor]) || text[cursor] == "\n" {
            if text[cursor] == "\n" { newlines += 1 }
            cursor -= 1
        }
        guard cursor >= 1, cursor < start - 1, newlines <= 1 else { return false }
        if newlines == 1, ListLabel.read(text, at: start, lineEnd: lineEnd(from: start)) != nil { return false }
        var punctuation = cursor
        while punctuation > 0, Self.closingCharacters.contains(text[punctuation]) { punctuation -= 1 }
        guard ".!?".contains(text[punctuation]), punctuation >= 1 else { return false }
        // An ellipsis or a lone period is not the end of a sentence.
        let before = text[punctuation - 1]
        guard !before.isFastWhitespace, before != "." else { return false }
        // `Fig. 2`, `No. 5`, `p. 12` label a number.
        return text[punctuation] != "." || !Abbreviations.numberLabels.contains(wordBefore(punctuation).lowercased())
    }

    /// A word a marker can be glued to: a lowercase word of four or more letters with a vowel (`collagen1`);
    /// not a gene or product name (`B12`, `IL-2`, `Igf2`, `cxcl10`, `hen1`, `COVID19`).
    func isCitableWord(endingAt end: Int) -> Bool {
        var cursor = end - 1
        while cursor >= 0, text[cursor].isFastLetter { cursor -= 1 }
        let word = text[(cursor + 1)..<end]
        guard word.count >= 4, word.allSatisfy({ $0.isFastLowercase }),
              word.contains(where: { "aeiouy".contains($0) }) else { return false }
        if cursor >= 0, !text[cursor].isFastWhitespace, !"(\"'“‘".contains(text[cursor]) { return false }
        return true
    }

    /// Whether the number list starting at `start` is followed by punctuation or the end of the line, as a
    /// flattened superscript set before the punctuation is (`collagen1,2.`); a gene number goes on (`Igf2 allele`).
    func closesClause(from start: Int) -> Bool {
        guard let list = NumberList.parse(text, from: start, explicit: false) else { return false }
        let end = list.end
        return end == text.count || text[end] == "\n" || ".,;:!?".contains(text[end])
    }

    /// A token with `/`, `@`, `_`, `=` or `www.` is an address or an identifier, not prose.
    func tokenLooksLikeAddress(endingAt end: Int) -> Bool {
        var cursor = end - 1
        while cursor >= 0, !text[cursor].isFastWhitespace { cursor -= 1 }
        let token = String(text[(cursor + 1)..<end])
        return token.contains { "/@_=#&".contains($0) } || token.lowercased().hasPrefix("www.")
    }

    func wordBefore(_ end: Int) -> String {
        var cursor = end - 1
        while cursor >= 0, text[cursor].isFastLetter || text[cursor] == "." { cursor -= 1 }
        return String(text[(cursor + 1)..<end])
    }

    /// Whether what follows `index` (after spaces) starts a sentence or ends the paragraph.
    func startsSentence(after index: Int) -> Bool {
        var cursor = index
        while cursor < text.count, Self.isInlineSpace(text[cursor]) || (cursor == index && ".,;:!?)".contains(text[cursor])) {
            cursor += 1
        }
        guard cursor < text.count else { return true }
        let next = text[cursor]
        return next == "\n" || next.isFastUppercase || "\"“‘'([".contains(next) || characters[cursor].superscript
    }
}
