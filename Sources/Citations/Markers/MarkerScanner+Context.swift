import Bibliography

/// What surrounds a marker candidate: exponents, line starts, spaces; and building the marker.
extension MarkerScanner {
    /// A superscript that is notation rather than a citation: an exponent on a power of ten (`10⁶`,
    /// `×10<sup>9</sup>`), a unit (`m²`) or a Greek letter (`χ²`), a residue number (`Met¹⁴⁹`), or a charge
    /// (`Ca²⁺`, ending at `end`). On other numbers (`over 65<sup>3</sup>`) it is a citation.
    func isNotationPosition(_ start: Int, end: Int) -> Bool {
        if end < text.count, Self.chargeSigns.contains(text[end]) { return true }
        // `¹²⁵I`, `[³²P]`, `³H-thymidine`, `mc²155`: a superscript glued to the letter or digit after it
        // is part of a symbol (a mass number, a strain name); a citation is followed by a space or punctuation.
        if end < text.count, text[end].isFastLetter || text[end].isFastNumber { return true }
        // `R² = 0.91`, `ηp² =.44`, `x² < 3`: an exponent inside an equation.
        var after = end
        while after < text.count, Self.isInlineSpace(text[after]) { after += 1 }
        if after < text.count, "=<>≤≥≈".contains(text[after]) { return true }
        guard start > 0 else { return false }
        // `R²`, `I²`, `M¹`, `dP⁴`: a variable or a tooth named by one or two letters.
        if text[start - 1].isFastLetter, isVariableName(endingAt: start) { return true }
        let previous = text[start - 1]
        if previous.isGreekLetter { return true }
        // `4r²`: a lowercase letter after its coefficient is a term of a formula.
        if previous.isFastLowercase, start >= 2, text[start - 2].isFastNumber { return true }
        // `(nπ)²`: a parenthesis around a formula (a Greek symbol, no word) takes an exponent.
        if previous == ")", closesFormula(at: start - 1) { return true }
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
        return Abbreviations.units.contains(word) || Abbreviations.aminoAcids.contains(word)
    }

    /// Whether the parenthesis closing at `close` holds a short formula: a Greek symbol and no word of
    /// three letters or an `=` (`(nπ)`, `(2πr)`; not `(n = 25)` or `(see Fig. 2)`).
    func closesFormula(at close: Int) -> Bool {
        var cursor = close - 1
        var greek = false
        var run = 0
        while cursor >= 0, close - cursor <= 24, text[cursor] != "(" {
            let character = text[cursor]
            if character == "=" || character == ")" || character == "\n" { return false }
            if character.isFastLetter {
                run += 1
                if run >= 3 { return false }
                if character.isGreekLetter { greek = true }
            } else {
                run = 0
            }
            cursor -= 1
        }
        return greek && cursor >= 0 && text[cursor] == "("
    }

    static let chargeSigns: Set<Character> = ["⁺", "⁻", "+"]

    /// A superscript number opening a line and followed by a space labels a note (`¹ Prices vary.`).
    func isLineLabel(_ range: Range<Int>) -> Bool {
        isAtLineStart(range.lowerBound) && range.upperBound < text.count && Self.isInlineSpace(text[range.upperBound])
    }

    func inReferenceRange(_ numbers: [Int]) -> Bool {
        !numbers.isEmpty && numbers.allSatisfy { $0 >= 1 && $0 <= referenceCount }
    }

    func isAtLineStart(_ index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0, text[cursor] == " " || text[cursor] == "\t" { cursor -= 1 }
        return cursor < 0 || text[cursor] == "\n" || (characters[cursor].synthetic && text[cursor] != "\n")
    }

    func lineEnd(from index: Int) -> Int {
        var cursor = index
        while cursor < text.count, text[cursor] != "\n" { cursor += 1 }
        return cursor
    }

    func skipSpaces(from index: Int) -> Int { NumberList.skipSpaces(text, from: index) }

    /// A space inside a line: space, no-break space, tab.
    static func isInlineSpace(_ character: Character) -> Bool {
        character == " " || character == "\u{A0}" || character == "\t"
    }

    func make(_ list: NumberList, kind: MarkerKind, rawStart: Int, range: Range<Int>) -> LocatedMarker {
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
}
