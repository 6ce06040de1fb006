/// A marker's number list as written (`1,2,3`, `7-13`, `9.10`, `1, 4`), expanded.
struct NumberList: Sendable {
    /// The list as written.
    var raw: String
    /// The numbers, ranges expanded, in the order written.
    var numbers: [Int]
    /// Offsets (in `raw`) of `.` separators used between list items, with the numbers around them.
    var periodSeparators: [(offset: Int, left: String, right: String)]
    /// Index just past the list in the characters it was read from.
    var end: Int

    /// The largest range `a-b` that is expanded; a wider span is not a citation range.
    static let maximumRangeWidth = 200

    static let dashes: Set<Character> = ["-", "–", "—", "‐", "‑", "−", "‒"]

    /// Reads a number list starting at `start`, which must be a digit.
    ///
    /// - Parameters:
    ///   - explicit: inside brackets or a superscript, where spaces around separators and `;` are usual.
    /// - Returns: nil when the text there is not a well-formed list (a reversed or huge range, or a `.`
    ///   that reads as a decimal point rather than a separator).
    static func parse(_ characters: [Character], from start: Int, explicit: Bool) -> NumberList? {
        guard start < characters.count, characters[start].isASCIIDigit else { return nil }
        let maximumDigits = explicit ? 4 : 3
        var items: [(value: Int, text: String)] = []
        var separators: [(character: Character, offset: Int)] = []
        var index = start
        var raw = ""
        while true {
            var digits = ""
            while index < characters.count, characters[index].isASCIIDigit {
                digits.append(characters[index])
                index += 1
            }
            guard !digits.isEmpty, digits.count <= maximumDigits, let value = Int(digits) else { return nil }
            items.append((value, digits))
            raw += digits
            // Look for a separator followed by another number.
            var cursor = index
            if explicit { cursor = skipSpaces(characters, from: cursor) }
            guard cursor < characters.count else { break }
            let separator = characters[cursor]
            let isSeparator = separator == "," || dashes.contains(separator) || separator == "."
                || (explicit && separator == ";")
            guard isSeparator else { break }
            var after = cursor + 1
            if separator != "." { after = explicit ? skipSpaces(characters, from: after) : skipOneSpace(characters, from: after) }
            guard after < characters.count, characters[after].isASCIIDigit else { break }
            separators.append((separator, raw.count + (cursor - index)))
            raw += String(characters[index..<after])
            index = after
        }
        // Citation numbers start at 1: `[0,1]` is an interval.
        guard !items.contains(where: { $0.value == 0 }),
              let numbers = expand(items.map(\.value), separators: separators.map(\.character)) else { return nil }
        var periods: [(offset: Int, left: String, right: String)] = []
        let hasListSeparator = separators.contains { $0.character == "," || $0.character == ";" }
        for (position, separator) in separators.enumerated() where separator.character == "." {
            let left = items[position]
            let right = items[position + 1]
            // `9.10` in `7,8,9.10` or on its own (10 follows 9) is a list; `2.5` alone is a decimal.
            guard hasListSeparator || right.value == left.value + 1 else { return nil }
            periods.append((separator.offset, left.text, right.text))
        }
        return NumberList(raw: raw, numbers: numbers, periodSeparators: periods, end: index)
    }

    /// Expands `a-b` ranges; nil when a range runs backwards or is implausibly wide.
    private static func expand(_ values: [Int], separators: [Character]) -> [Int]? {
        var numbers: [Int] = []
        var position = 0
        while position < values.count {
            let value = values[position]
            if position < separators.count, dashes.contains(separators[position]) {
                let end = values[position + 1]
                guard end > value, end - value <= maximumRangeWidth else { return nil }
                numbers.append(contentsOf: value...end)
                position += 2
                // `1-3-5` is not a range list.
                if position - 1 < separators.count, position < values.count, dashes.contains(separators[position - 1]) {
                    return nil
                }
            } else {
                numbers.append(value)
                position += 1
            }
        }
        return numbers
    }

    /// The index past spaces, no-break and thin spaces at `index`.
    static func skipSpaces(_ characters: [Character], from index: Int) -> Int {
        var cursor = index
        while cursor < characters.count, characters[cursor] == " " || characters[cursor] == "\u{A0}" || characters[cursor] == "\u{2009}" { cursor += 1 }
        return cursor
    }

    private static func skipOneSpace(_ characters: [Character], from index: Int) -> Int {
        index < characters.count && characters[index] == " " ? index + 1 : index
    }
}
