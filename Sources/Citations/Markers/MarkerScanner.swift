import Bibliography

/// Finds citation markers in a document's text, outside the reference list.
///
/// Explicit forms (brackets, `<sup>`, Unicode superscripts, footnotes) are markers whatever their numbers.
/// Bare digits (glued to a word or punctuation, or after the sentence's period) are markers only in a
/// position where a flattened superscript sits, and only when every number is in 1...`referenceCount`;
/// parentheses only on pages whose explicit style is not brackets or superscripts.
struct MarkerScanner {
    let characters: [LocatedCharacter]
    let text: [Character]
    /// Text that is not prose (the reference list).
    let excluded: [Range<Int>]
    /// Entries in the reference list (N); bare numbers must lie in 1...N.
    let referenceCount: Int

    init(document: Document, excluded: [Range<Int>], referenceCount: Int) {
        characters = document.characters
        text = document.textCharacters
        self.excluded = excluded
        self.referenceCount = referenceCount
    }

    func scan() -> [LocatedMarker] {
        var markers: [LocatedMarker] = []
        var parentheses: [LocatedMarker] = []
        var index = 0
        var exclusions = excluded.sorted { $0.lowerBound < $1.lowerBound }[...]
        while index < text.count {
            if let range = exclusions.first, index >= range.lowerBound {
                if index < range.upperBound { index = range.upperBound }
                exclusions = exclusions.dropFirst()
                continue
            }
            if characters[index].superscript {
                let end = superscriptEnd(from: index)
                if let marker = superscriptTagMarker(in: index..<end) { markers.append(marker) }
                index = end
                continue
            }
            let character = text[index]
            var found: LocatedMarker?
            if Self.superscriptDigits[character] != nil, index == 0 || !Self.isSuperscriptCharacter(text[index - 1]) {
                found = unicodeSuperscriptMarker(at: index)
            } else if character == "[" {
                found = bracketMarker(at: index)
            } else if character == "(" {
                if let candidate = parenthesisMarker(at: index) {
                    parentheses.append(candidate)
                    index = candidate.range.upperBound
                    continue
                }
            } else if character.isASCIIDigit, index > 0, !text[index - 1].isFastNumber {
                found = bareMarker(at: index)
            }
            if let found {
                markers.append(found)
                index = found.range.upperBound
            } else {
                index += 1
            }
        }
        // Parentheses are a citation style only where the page has no bracket or superscript markers.
        if !markers.contains(where: { $0.marker.explicit }) {
            markers.append(contentsOf: parentheses)
            markers.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        return markers
    }

    // MARK: Explicit forms

    private func superscriptEnd(from start: Int) -> Int {
        var end = start
        while end < characters.count, characters[end].superscript { end += 1 }
        return end
    }

    /// `<sup>1,2</sup>`, `<sup>[3]</sup>`, but not `10<sup>6</sup>` or `m<sup>2</sup>` (exponents).
    private func superscriptTagMarker(in range: Range<Int>) -> LocatedMarker? {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, text[start].isFastWhitespace || "[(".contains(text[start]) { start += 1 }
        while end > start, text[end - 1].isFastWhitespace || "])".contains(text[end - 1]) { end -= 1 }
        guard start < end, !isExponentPosition(range.lowerBound) else { return nil }
        guard let list = NumberList.parse(text, from: start, explicit: true), list.end == end else { return nil }
        return make(list, kind: .superscriptTag, rawStart: start, range: range)
    }

    /// `¹²`, `¹⁻³`, `¹,²`.
    private func unicodeSuperscriptMarker(at start: Int) -> LocatedMarker? {
        guard !isExponentPosition(start) else { return nil }
        var normalized: [Character] = []
        var index = start
        while index < text.count {
            let character = text[index]
            if let digit = Self.superscriptDigits[character] {
                normalized.append(digit)
            } else if Self.superscriptSeparators.contains(character), index + 1 < text.count,
                      Self.superscriptDigits[text[index + 1]] != nil {
                normalized.append(character == "⁻" ? "-" : ",")
            } else {
                break
            }
            index += 1
        }
        guard let list = NumberList.parse(normalized, from: 0, explicit: true), list.end == normalized.count else { return nil }
        return make(list, kind: .unicodeSuperscript, rawStart: start, range: start..<index)
    }

    /// `[1]`, `[1-3]`, `[1, 4]` and Markdown footnote references `[^1]`; not list labels at a line's start.
    private func bracketMarker(at open: Int) -> LocatedMarker? {
        let isFootnote = open + 1 < text.count && text[open + 1] == "^"
        let first = skipSpaces(from: open + (isFootnote ? 2 : 1))
        guard let list = NumberList.parse(text, from: first, explicit: true) else { return nil }
        let close = skipSpaces(from: list.end)
        guard close < text.count, text[close] == "]" else { return nil }
        let after = close + 1 < text.count ? text[close + 1] : nil
        // `[^1]:` defines a footnote; `[1](...)` is a link.
        if after == ":" || after == "(" { return nil }
        if isFootnote {
            guard list.numbers.count == 1 else { return nil }
            return make(list, kind: .footnote, rawStart: first, range: open..<(close + 1))
        }
        // `[1] Author...` at the start of a line labels a list entry; `[1].` there is a wrapped marker.
        if isAtLineStart(open), ListLabel.read(text, at: open, lineEnd: lineEnd(from: open)) != nil { return nil }
        if let range = bracketRange(from: list, opening: open, closing: close) { return range }
        return make(list, kind: .bracket, rawStart: first, range: open..<(close + 1))
    }

    /// `[1]–[3]` (IEEE style) is one range marker.
    private func bracketRange(from list: NumberList, opening open: Int, closing close: Int) -> LocatedMarker? {
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
    private func parenthesisMarker(at open: Int) -> LocatedMarker? {
        guard !isAtLineStart(open) else { return nil }
        let first = skipSpaces(from: open + 1)
        guard let list = NumberList.parse(text, from: first, explicit: true) else { return nil }
        let close = skipSpaces(from: list.end)
        guard close < text.count, text[close] == ")", inReferenceRange(list.numbers) else { return nil }
        let next = close + 1
        guard next == text.count || ".,;:!?".contains(text[next]) || text[next] == "\n"
            || (text[next] == " " && (next + 1 == text.count || text[next + 1] == "\n")) else { return nil }
        return make(list, kind: .parenthesis, rawStart: first, range: open..<next)
    }

    // MARK: Bare digits

    /// `collagen.1,2,3` (glued) or `properties. 7,8,9` (after the sentence's period).
    private func bareMarker(at start: Int) -> LocatedMarker? {
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
                guard end + 1 == text.count || text[end + 1].isFastWhitespace else { return nil }
            } else {
                return nil
            }
        }
        // After a sentence's period the next thing must start a sentence (or end the paragraph); after an
        // abbreviation's period (`et al.3 showed`) the sentence goes on.
        let previous = text[start - 1]
        let afterPeriod = kind == .spaced
            || "!?".contains(previous)
            || (previous == "." && !Abbreviations.nonTerminal.contains(wordBefore(start - 1).lowercased()))
        if afterPeriod, !startsSentence(after: end) { return nil }
        return make(list, kind: kind, rawStart: start, range: start..<end)
    }

    private func isGluedPosition(_ start: Int) -> Bool {
        let previous = text[start - 1]
        if previous.isFastLetter {
            return isCitableWord(endingAt: start)
        }
        guard Self.gluePunctuation.contains(previous), start >= 2 else { return false }
        let beforePunctuation = text[start - 2]
        // `2.5`, `1,000`, `10:30` are numbers; `, 5` has no word to glue to.
        if beforePunctuation.isFastNumber || beforePunctuation.isFastWhitespace { return false }
        if previous == "." {
            let word = wordBefore(start - 1).lowercased()
            if Abbreviations.numberLabels.contains(word) { return false }
        }
        return !tokenLooksLikeAddress(endingAt: start - 1)
    }

    private func isSpacedPosition(_ start: Int) -> Bool {
        var cursor = start - 1
        guard text[cursor] == " " || text[cursor] == "\u{A0}" || text[cursor] == "\t" else { return false }
        while cursor >= 0, text[cursor] == " " || text[cursor] == "\u{A0}" || text[cursor] == "\t" { cursor -= 1 }
        guard cursor >= 1 else { return false }
        var punctuation = cursor
        while punctuation > 0, Self.closingCharacters.contains(text[punctuation]) { punctuation -= 1 }
        guard ".!?".contains(text[punctuation]), punctuation >= 1 else { return false }
        // An ellipsis or a lone period is not the end of a sentence.
        let before = text[punctuation - 1]
        guard !before.isFastWhitespace, before != "." else { return false }
        // `Fig. 2`, `No. 5`, `p. 12` label a number.
        return text[punctuation] != "." || !Abbreviations.numberLabels.contains(wordBefore(punctuation).lowercased())
    }

    /// A word a marker can be glued to: lowercase-ending letters only (`collagen1`), not `B12`, `IL-2` or `COVID19`.
    private func isCitableWord(endingAt end: Int) -> Bool {
        var cursor = end - 1
        while cursor >= 0, text[cursor].isFastLetter { cursor -= 1 }
        let word = text[(cursor + 1)..<end]
        guard word.count >= 3, let last = word.last, last.isFastLowercase else { return false }
        if cursor >= 0, !text[cursor].isFastWhitespace, !"(\"'“‘".contains(text[cursor]) { return false }
        return true
    }

    /// A token with `/`, `@`, `_`, `=` or `www.` is an address or an identifier, not prose.
    private func tokenLooksLikeAddress(endingAt end: Int) -> Bool {
        var cursor = end - 1
        while cursor >= 0, !text[cursor].isFastWhitespace { cursor -= 1 }
        let token = String(text[(cursor + 1)..<end])
        return token.contains { "/@_=#&".contains($0) } || token.lowercased().hasPrefix("www.")
    }

    private func wordBefore(_ end: Int) -> String {
        var cursor = end - 1
        while cursor >= 0, text[cursor].isFastLetter || text[cursor] == "." { cursor -= 1 }
        return String(text[(cursor + 1)..<end])
    }

    /// Whether what follows `index` (after spaces) starts a sentence or ends the paragraph.
    private func startsSentence(after index: Int) -> Bool {
        var cursor = index
        while cursor < text.count, text[cursor] == " " || text[cursor] == "\u{A0}" || text[cursor] == "\t" || (cursor == index && ".,;:!?)".contains(text[cursor])) {
            cursor += 1
        }
        guard cursor < text.count else { return true }
        let next = text[cursor]
        return next == "\n" || next.isFastUppercase || "\"“‘'([".contains(next) || characters[cursor].superscript
    }

    // MARK: Helpers

    /// A superscript on a power of ten (`10⁶`, `×10<sup>9</sup>`) or a unit (`m²`, `km/s²`) is an exponent;
    /// on other numbers (`over 65<sup>3</sup>`) it is a citation.
    private func isExponentPosition(_ start: Int) -> Bool {
        guard start > 0 else { return false }
        let previous = text[start - 1]
        if previous.isFastNumber {
            var cursor = start - 1
            while cursor >= 0, text[cursor].isFastNumber { cursor -= 1 }
            let base = String(text[(cursor + 1)..<start])
            let operatorBefore = cursor >= 0 && "×x*^·".contains(text[cursor])
            return base == "10" || operatorBefore
        }
        guard previous.isFastLetter else { return false }
        var cursor = start - 1
        while cursor >= 0, text[cursor].isFastLetter { cursor -= 1 }
        let word = String(text[(cursor + 1)..<start])
        return Abbreviations.units.contains(word)
    }

    private func inReferenceRange(_ numbers: [Int]) -> Bool {
        !numbers.isEmpty && numbers.allSatisfy { $0 >= 1 && $0 <= referenceCount }
    }

    private func isAtLineStart(_ index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0, text[cursor] == " " || text[cursor] == "\t" { cursor -= 1 }
        return cursor < 0 || text[cursor] == "\n" || (characters[cursor].synthetic && text[cursor] != "\n")
    }

    private func lineEnd(from index: Int) -> Int {
        var cursor = index
        while cursor < text.count, text[cursor] != "\n" { cursor += 1 }
        return cursor
    }

    private func skipSpaces(from index: Int) -> Int {
        var cursor = index
        while cursor < text.count, text[cursor] == " " || text[cursor] == "\u{A0}" { cursor += 1 }
        return cursor
    }

    private func make(_ list: NumberList, kind: MarkerKind, rawStart: Int, range: Range<Int>) -> LocatedMarker {
        let issues = list.periodSeparators.map { period in
            SeparatorIssue(
                separator: ".", offset: period.offset, found: "\(period.left).\(period.right)",
                suggestion: "\(period.left),\(period.right)",
                location: characters[min(rawStart + period.offset - period.left.count, characters.count - 1)].location)
        }
        let marker = Marker(
            raw: list.raw, numbers: list.numbers, kind: kind,
            location: characters[range.lowerBound].location, separatorIssues: issues)
        return LocatedMarker(marker: marker, range: range)
    }

    private static let gluePunctuation: Set<Character> = [".", ",", ";", ":", ")", "\"", "”", "’", "'", "»", "!", "?"]
    private static let closingCharacters: Set<Character> = [")", "]", "\"", "”", "’", "'", "»"]
    private static let superscriptDigits: [Character: Character] = [
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
    ]
    private static let superscriptSeparators: Set<Character> = ["⁻", ",", "˒", "‚"]

    private static func isSuperscriptCharacter(_ character: Character) -> Bool {
        superscriptDigits[character] != nil || character == "⁻"
    }
}
