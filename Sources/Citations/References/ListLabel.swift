/// The label that opens a list line: `1. `, `1) `, `[1] `, `[1]: `, `[^1]: `, `¹ `, or a bullet.
struct ListLabel: Sendable, Hashable {
    enum Style: Sendable, Hashable {
        /// `1. ` or `1) `
        case numbered
        /// `[1] ` or `[1]: ` (a Markdown link definition)
        case bracketed
        /// `[^1]: ` (a Markdown footnote definition)
        case footnote
        /// `¹ ` or `<sup>1</sup> ` (an endnote)
        case superscript
    }

    var number: Int
    var style: Style
    /// Offset of the label's first character.
    var start: Int
    /// Offset of the entry text after the label and its spaces.
    var textStart: Int

    /// Reads a numbered label at `start` (the first non-space character of a line); `superscript` flags the
    /// characters that were in `<sup>` elements, when known.
    static func read(_ text: [Character], at start: Int, lineEnd: Int, superscript: [Bool] = []) -> ListLabel? {
        if let label = readSuperscript(text, at: start, lineEnd: lineEnd, superscript: superscript) { return label }
        var index = start
        var style = Style.numbered
        if index < lineEnd, text[index] == "[" {
            index += 1
            style = .bracketed
            if index < lineEnd, text[index] == "^" {
                index += 1
                style = .footnote
            }
        }
        var digits = ""
        while index < lineEnd, text[index].isASCIIDigit, digits.count < 4 {
            digits.append(text[index])
            index += 1
        }
        guard let number = Int(digits), index < lineEnd else { return nil }
        switch style {
        case .numbered:
            guard text[index] == "." || text[index] == ")" else { return nil }
            index += 1
        case .bracketed:
            guard text[index] == "]" else { return nil }
            index += 1
            // `[1]: https://...` (a Markdown link definition) labels an entry too.
            if index < lineEnd, text[index] == ":" { index += 1 }
        case .footnote:
            guard text[index] == "]", index + 1 < lineEnd, text[index + 1] == ":" else { return nil }
            index += 2
        case .superscript:
            return nil
        }
        // A label is followed by a space (`1.5 mg` and `[1]:` are not labels).
        guard index < lineEnd, text[index] == " " || text[index] == "\t" || text[index] == "\u{A0}" else { return nil }
        while index < lineEnd, text[index].isFastWhitespace { index += 1 }
        guard index < lineEnd else { return nil }
        return ListLabel(number: number, style: style, start: start, textStart: index)
    }

    /// `¹ Doe J...` or `<sup>1</sup> Doe J...`: a superscript number followed by a space.
    private static func readSuperscript(_ text: [Character], at start: Int, lineEnd: Int, superscript: [Bool]) -> ListLabel? {
        var index = start
        var digits = ""
        while index < lineEnd, digits.count < 4 {
            if let digit = text[index].superscriptDigit {
                digits.append(digit)
            } else if index < superscript.count, superscript[index], text[index].isASCIIDigit {
                digits.append(text[index])
            } else {
                break
            }
            index += 1
        }
        guard let number = Int(digits), index < lineEnd, text[index] == " " || text[index] == "\t" || text[index] == "\u{A0}" else {
            return nil
        }
        while index < lineEnd, text[index].isFastWhitespace { index += 1 }
        guard index < lineEnd else { return nil }
        return ListLabel(number: number, style: .superscript, start: start, textStart: index)
    }

    /// Whether a line starting at `start` is a list item (numbered or bulleted).
    static func startsListItem(_ text: [Character], at start: Int) -> Bool {
        guard start < text.count else { return false }
        if bullets.contains(text[start]), start + 1 < text.count, text[start + 1] == " " || text[start + 1] == "\t" {
            return true
        }
        var lineEnd = start
        while lineEnd < text.count, text[lineEnd] != "\n" { lineEnd += 1 }
        return read(text, at: start, lineEnd: lineEnd) != nil
    }

    private static let bullets: Set<Character> = ["•", "·", "-", "*", "+", "–", "—", "▪", "◦", "‣"]
}
