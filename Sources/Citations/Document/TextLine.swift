/// One line of extracted text: its range without the newline.
struct TextLine: Sendable {
    var range: Range<Int>

    /// The lines of `text`, in order.
    static func lines(of text: [Character]) -> [TextLine] {
        var lines: [TextLine] = []
        var start = 0
        for (index, character) in text.enumerated() where character.asciiByte == UInt8(ascii: "\n") {
            lines.append(TextLine(range: start..<index))
            start = index + 1
        }
        lines.append(TextLine(range: start..<text.count))
        return lines
    }

    func isBlank(in text: [Character]) -> Bool {
        text[range].allSatisfy(\.isFastWhitespace)
    }

    /// The offset of the first non-space character (the end of the line when blank).
    func contentStart(in text: [Character]) -> Int {
        var index = range.lowerBound
        while index < range.upperBound, text[index].isFastWhitespace { index += 1 }
        return index
    }
}
