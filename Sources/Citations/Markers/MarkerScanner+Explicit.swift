import Bibliography

/// The explicit marker forms: `<sup>`, Unicode superscripts, brackets, footnotes, and parentheses.
extension MarkerScanner {
    func superscriptEnd(from start: Int) -> Int {
        var end = start
        while end < characters.count, characters[end].superscript { end += 1 }
        return end
    }

    /// `<sup>1,2</sup>`, `<sup>[3]</sup>`, but not `10<sup>6</sup>` or `m<sup>2</sup>` (exponents).
    func superscriptTagMarker(in range: Range<Int>) -> LocatedMarker? {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, text[start].isFastWhitespace || "[(".contains(text[start]) { start += 1 }
        while end > start, text[end - 1].isFastWhitespace || "])".contains(text[end - 1]) { end -= 1 }
        guard start < end, !isNotationPosition(range.lowerBound, end: range.upperBound),
              !isLineLabel(range) else { return nil }
        // Read the superscript alone: a dash after it may join the next superscript, not this list.
        let content = Array(text[start..<end])
        guard let list = NumberList.parse(content, from: 0, explicit: true), list.end == content.count else { return nil }
        return make(list, kind: .superscriptTag, rawStart: start, range: range)
    }

    /// `¹²`, `¹⁻³`, `¹,²`.
    func unicodeSuperscriptMarker(at start: Int) -> LocatedMarker? {
        var normalized: [Character] = []
        var index = start
        while index < text.count {
            let character = text[index]
            if let digit = character.superscriptDigit {
                normalized.append(digit)
            } else if Self.superscriptSeparators.contains(character), index + 1 < text.count,
                      text[index + 1].superscriptDigit != nil {
                normalized.append(character == "⁻" ? "-" : ",")
            } else {
                break
            }
            index += 1
        }
        guard !isNotationPosition(start, end: index), !isLineLabel(start..<index),
              let list = NumberList.parse(normalized, from: 0, explicit: true), list.end == normalized.count else { return nil }
        return make(list, kind: .unicodeSuperscript, rawStart: start, range: start..<index)
    }

    /// `[1]`, `[1-3]`, `[1, 4]` and Markdown footnote references `[^1]`; not list labels at a line's start.
    func bracketMarker(at open: Int) -> LocatedMarker? {
        let isFootnote = open + 1 < text.count && text[open + 1] == "^"
        var first = skipSpaces(from: open + (isFootnote ? 2 : 1))
        // `[e.g., 77]`, `[see 4]`, `[reviewed in 12]`: a signal word before the numbers.
        if !isFootnote, let afterSignal = citationSignalEnd(from: first) { first = afterSignal }
        guard let list = NumberList.parse(text, from: first, explicit: true) else { return nil }
        var close = skipSpaces(from: list.end)
        // `[1: 290–293]`, `[33: fig. 3]`, `[4, p. 12]`: one work and the place in it (a pin cite).
        if !isFootnote, list.numbers.count == 1, let end = locatorEnd(from: close) { close = end }
        guard close < text.count, text[close] == "]" else { return nil }
        let after = close + 1 < text.count ? text[close + 1] : nil
        // `[^1]:` defines a footnote and `[1]: http://...` at a line's start a link target; `[1](url)` is
        // a link. A marker before a colon in running text (`as shown [13]:`) or before a parenthesis with
        // words (`[18](chapter 2)`) is a citation.
        if after == ":", isFootnote || isAtLineStart(open) { return nil }
        if after == "(", isLinkTarget(from: close + 1) { return nil }
        if isFootnote {
            guard list.numbers.count == 1 else { return nil }
            return make(list, kind: .footnote, rawStart: first, range: open..<(close + 1))
        }
        // `[1] Author...` at the start of a line labels a list entry; `[1].` there is a wrapped marker, and
        // `[10] proposed` a sentence whose subject is the citation: entries open with a name or a title,
        // a sentence goes on in lowercase. A run of such lines is a list all the same.
        if isAtLineStart(open), let label = ListLabel.read(text, at: open, lineEnd: lineEnd(from: open)),
           !text[label.textStart].isFastLowercase || isInLabelledRun(open) {
            return nil
        }
        // After a value a bracket is a statistic (`61 [18-94] years`, `5.5 [3] vs`) unless it closes the
        // clause (`over 60 [1].`, `CO2 [39]–[41]`); after a year or a version one number is a citation
        // (`in 1969 [8] the`, `version 2.0.2 [111] in`).
        // One number closing a parenthesis is a citation too (`(up to 245 mm [97])`).
        if close + 1 < text.count, !".,!?\n".contains(text[close + 1]), !(list.numbers.count == 1 && text[close + 1] == ")"),
            !(NumberList.dashes.contains(text[close + 1]) && close + 2 < text.count && text[close + 2] == "["),
            followsValue(open), !(list.numbers.count == 1 && followsYearOrVersion(open))
        {
            return nil
        }
        // `intervals [10, 20] mm`: a pair or range followed by a unit is an interval of values.
        if list.numbers.count > 1, isFollowedByUnit(close + 1) { return nil }
        // `F[1,12] = 8.42`, `E[r]`: a bracket glued to a variable name is notation.
        if open > 0, text[open - 1].isFastLetter, isVariableName(endingAt: open) { return nil }
        if let range = bracketRange(from: list, opening: open, closing: close) { return range }
        return make(list, kind: .bracket, rawStart: first, range: open..<(close + 1))
    }

    /// Signal words that open a citation inside brackets (`[e.g., 77]`, `[see also 4, 5]`, `[cf. 9]`): the
    /// index of the number after them, when a number follows.
    func citationSignalEnd(from start: Int) -> Int? {
        for signal in Self.citationSignals where matches(signal, at: start) {
            let end = skipSpaces(from: start + signal.count)
            guard end > start + signal.count || signal.last == "," || signal.last == "." else { continue }
            if end < text.count, text[end].isASCIIDigit { return end }
        }
        return nil
    }

    static let citationSignals: [[Character]] = [
        "e.g.,", "e.g.", "eg,", "i.e.,", "see also", "see, e.g.,", "see", "cf.", "reviewed in", "for review, see", "for a review, see",
    ].map { Array($0) }

    /// After a single number in brackets, a pin cite to the end of the bracket: `: 290–293`, `: fig. 4`,
    /// `: 302, fig. 10; Fig. 14` (a colon and a space; `[1:2]` is a ratio), or `, p. 12`, `, pp. 3–5`,
    /// `, fig. 3`, `, chapter 2`, `, table 1`. Returns the index of the closing bracket.
    func locatorEnd(from start: Int) -> Int? {
        guard start + 2 < text.count else { return nil }
        if text[start] == ":", Self.isInlineSpace(text[start + 1]) {
            // fall through to the bracket search
        } else if text[start] == ",", Self.isInlineSpace(text[start + 1]),
                  Self.locatorWords.contains(where: { matches($0, at: start + 2) }) {
            // fall through
        } else {
            return nil
        }
        var cursor = start + 2
        while cursor < text.count, cursor - start <= 60 {
            let character = text[cursor]
            if character == "]" { return cursor > start + 2 ? cursor : nil }
            if character == "[" || character == "\n" { return nil }
            cursor += 1
        }
        return nil
    }

    static let locatorWords: [[Character]] = ["p. ", "pp. ", "p ", "pp ", "fig", "Fig", "chapter", "chap. ", "ch. ", "table", "Table", "section", "sec. "]
        .map { Array($0) }

    func matches(_ word: [Character], at start: Int) -> Bool {
        guard start + word.count <= text.count else { return false }
        for (offset, character) in word.enumerated() where text[start + offset] != character { return false }
        return true
    }

    /// Whether a unit (`mm`, `s`, `kg`) follows `index` after one space.
    func isFollowedByUnit(_ index: Int) -> Bool {
        guard index + 1 < text.count, Self.isInlineSpace(text[index]) else { return false }
        var end = index + 1
        while end < text.count, text[end].isFastLetter || text[end] == "/" { end += 1 }
        guard end > index + 1, end == text.count || !text[end].isFastLetter else { return false }
        let word = String(text[(index + 1)..<end])
        // `in`, `e`, `x` are words as often as units.
        return (Abbreviations.units.contains(word) || Self.intervalUnits.contains(word)) && !Self.wordlikeUnits.contains(word)
            || text[index + 1] == "°"
    }

    /// Units that follow an interval of values (`[15, 30] degrees`, `[10, 20] Hz`) beside those of `Abbreviations.units`.
    static let intervalUnits: Set<String> = [
        "degrees", "degree", "deg", "rad", "Hz", "kHz", "MHz", "GHz", "K", "mV", "V", "mA", "W", "kW", "kJ", "J",
        "Pa", "kPa", "MPa", "mmHg", "ppm", "ppb", "µM", "μM", "mM", "nM", "pM", "mol", "mmol", "bp", "kb", "kDa",
        "Da", "px", "pixels", "voxels", "µg", "μg", "ng", "pg", "µl", "μl", "µL", "μL", "nl", "nL", "mg/kg", "cm/s", "m/s",
    ]

    static let wordlikeUnits: Set<String> = ["in", "e", "x", "l", "mi", "ft", "yd"]

    /// Whether the line before or after the one starting at `lineStart` opens with a list label too
    /// (`[1] mild pain` / `[2] severe pain`).
    func isInLabelledRun(_ lineStart: Int) -> Bool {
        // The line holding `lineStart` begins after the previous line break.
        var previousBreak = lineStart - 1
        while previousBreak >= 0, text[previousBreak] != "\n" { previousBreak -= 1 }
        var previousLine = previousBreak - 1
        while previousLine >= 0, text[previousLine] != "\n" { previousLine -= 1 }
        return opensWithLabel(lineEnd(from: lineStart) + 1) || (previousBreak > 0 && opensWithLabel(previousLine + 1))
    }

    /// Whether the line starting at `lineStart` opens, after its indentation, with a list label.
    private func opensWithLabel(_ lineStart: Int) -> Bool {
        var start = lineStart
        while start < text.count, Self.isInlineSpace(text[start]) { start += 1 }
        return start < text.count && ListLabel.read(text, at: start, lineEnd: lineEnd(from: start)) != nil
    }

    /// `[1](http://x)`, `[1](#ref-1)`: a parenthesis holding one token without spaces is a link target.
    func isLinkTarget(from open: Int) -> Bool {
        var cursor = open + 1
        while cursor < text.count, text[cursor] != ")" {
            if text[cursor].isFastWhitespace { return false }
            cursor += 1
        }
        return cursor < text.count && cursor > open + 1
    }

    /// A word of one letter, or of two with a capital (`F`, `E`, `R`, `dP`), standing alone: a variable
    /// or symbol, which a superscript or a bracket glued to it qualifies (`R²`, `F[1,12]`), not a
    /// citation. Small words of two letters (`al`, `in`) are words.
    func isVariableName(endingAt end: Int) -> Bool {
        var cursor = end - 1
        while cursor >= 0, text[cursor].isFastLetter { cursor -= 1 }
        let length = end - 1 - cursor
        // A Greek letter in the word makes it a symbol (`ηp`, `λx`).
        if length <= 3, text[(cursor + 1)..<end].contains(where: \.isGreekLetter) {
            return cursor < 0 || !text[cursor].isFastNumber
        }
        guard length == 1 || length == 2 && (text[end - 1].isFastUppercase || text[end - 2].isFastUppercase) else { return false }
        return cursor < 0 || !text[cursor].isFastNumber && text[cursor] != "-" && text[cursor] != "."
    }

    /// Whether a bracket follows a value (`61 [18-94]`, `5.5 [3]`, `112 s [6]`): a number standing as
    /// its own token, not the digits closing a name (`CAP3 [39]`, `HIV-1 [34]`, `PolyPhen-2 [41]`).
    func followsValue(_ open: Int) -> Bool {
        var cursor = open - 1
        while cursor >= 0, Self.isInlineSpace(text[cursor]) { cursor -= 1 }
        guard cursor >= 0, cursor < open - 1 else { return false }
        if text[cursor].isFastNumber { return isStandaloneNumber(endingAt: cursor + 1) }
        var wordStart = cursor
        while wordStart > 0, text[wordStart - 1].isFastLetter || text[wordStart - 1] == "/" { wordStart -= 1 }
        let unit = String(text[wordStart...cursor])
        guard Abbreviations.units.contains(unit), !Self.wordlikeUnits.contains(unit) else { return false }
        var before = wordStart - 1
        while before >= 0, Self.isInlineSpace(text[before]) { before -= 1 }
        return before >= 0 && text[before].isFastNumber && isStandaloneNumber(endingAt: before + 1)
    }

    /// Whether the token before the bracket at `open` is a year (`1969`) or a version (`2.0.2`).
    func followsYearOrVersion(_ open: Int) -> Bool {
        var end = open - 1
        while end >= 0, Self.isInlineSpace(text[end]) { end -= 1 }
        var start = end
        while start >= 0, text[start].isFastNumber || text[start] == "." { start -= 1 }
        guard start < end else { return false }
        let token = text[(start + 1)...end]
        if token.filter({ $0 == "." }).count >= 2 { return true }
        guard token.count == 4, let year = Int(String(token)) else { return false }
        return (1500...2099).contains(year)
    }

    /// Whether the digits ending at `end` (with decimal points and separators inside) open their token
    /// and stand as a value: not the number of a name (`Ligase 3`, `Science 2.0`, `Plakophilin 1`).
    func isStandaloneNumber(endingAt end: Int) -> Bool {
        var cursor = end - 1
        while cursor >= 0, text[cursor].isFastNumber || ".,".contains(text[cursor]) && cursor > 0 && text[cursor - 1].isFastNumber {
            cursor -= 1
        }
        guard cursor < 0 || text[cursor].isFastWhitespace || "(=<>±~≈".contains(text[cursor]) else { return false }
        // The word before: a capitalised one names what the number belongs to.
        var wordEnd = cursor
        while wordEnd >= 0, Self.isInlineSpace(text[wordEnd]) { wordEnd -= 1 }
        guard wordEnd >= 0, wordEnd < cursor, text[wordEnd].isFastLetter else { return true }
        var wordStart = wordEnd
        while wordStart > 0, text[wordStart - 1].isFastLetter { wordStart -= 1 }
        let named = text[wordStart].isFastUppercase && wordEnd > wordStart && text[wordStart + 1].isFastLowercase
        return !named || Abbreviations.numberLabels.contains(String(text[wordStart...wordEnd]).lowercased())
    }

    /// `[1]–[3]` (IEEE style) is one range marker.
    func bracketRange(from list: NumberList, opening open: Int, closing close: Int) -> LocatedMarker? {
        let dash = close + 1
        guard list.numbers.count == 1, let from = list.numbers.first, dash + 2 < text.count,
              NumberList.dashes.contains(text[dash]), text[dash + 1] == "[",
              let second = NumberList.parse(text, from: dash + 2, explicit: true), second.numbers.count == 1,
              let to = second.numbers.first, second.end < text.count, text[second.end] == "]",
              to > from, to - from <= NumberList.maximumRangeWidth else { return nil }
        let raw = "\(from)\(text[dash])\(to)"
        let range = NumberList(raw: raw, numbers: Array(from...to), periodSeparators: [], end: second.end)
        return make(range, kind: .bracket, rawStart: open + 1, range: open..<(second.end + 1))
    }

    /// `(1, 2)` closing a clause; not `(310) 777-7845`, not `(1) first, (2) second`.
    /// A parenthesis citation follows a word and a space and closes a clause: `pain (1, 2).`; `149(6):2095`
    /// is an issue number and `(1) first` an enumeration.
    func parenthesisMarker(at open: Int) -> LocatedMarker? {
        guard open > 1, Self.isInlineSpace(text[open - 1]), !text[open - 2].isFastNumber, !isAtLineStart(open) else {
            return nil
        }
        let first = skipSpaces(from: open + 1)
        guard let list = NumberList.parse(text, from: first, explicit: true) else { return nil }
        let close = skipSpaces(from: list.end)
        guard close < text.count, text[close] == ")", inReferenceRange(list.numbers) else { return nil }
        let next = close + 1
        let closesClause: Bool
        if next == text.count || text[next] == "\n" {
            closesClause = true
        } else if ".,;:!?".contains(text[next]) {
            closesClause = next + 1 == text.count || text[next + 1].isFastWhitespace
        } else {
            closesClause = text[next] == " " && (next + 1 == text.count || text[next + 1] == "\n")
        }
        guard closesClause else { return nil }
        return make(list, kind: .parenthesis, rawStart: first, range: open..<next)
    }
}
