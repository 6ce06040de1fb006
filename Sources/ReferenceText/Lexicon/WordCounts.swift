/// A read-only `word → count` table over `word count` lines, searched in place (``SortedLines``): the
/// built-in lists are neither copied nor indexed at start-up.
struct WordCounts: Sendable {
    /// `word count` lines in bytewise order of their words.
    private let lines: String

    /// - Parameter lines: `word count` lines (a line without a count counts once), in any order: lines
    ///   out of order (a hand-written list) are sorted here.
    init(_ lines: String) {
        if Self.isSorted(lines) {
            self.init(sorted: lines)
        } else {
            self.init(sorted: lines.split(separator: "\n").sorted { Self.word(of: $0).lexicographicallyPrecedes(Self.word(of: $1)) }
                .joined(separator: "\n"))
        }
    }

    /// - Parameter lines: `word count` lines in bytewise order of their words, as the generated lists
    ///   are (their tests check it): nothing is read until the first look-up.
    init(sorted lines: String) {
        var text = lines
        text.makeContiguousUTF8()
        self.lines = text
    }

    /// How often the word was seen, or `nil` when it is not in the list.
    subscript(_ word: String) -> Int? {
        var word = word
        return word.withUTF8 { key in
            guard !key.isEmpty else { return nil }
            return lines.utf8.withContiguousStorageIfAvailable { lines in
                SortedLines.find(lines, key, endsWord: { $0 == UInt8(ascii: " ") }).map { Self.count(lines, at: $0) }
            } ?? nil
        }
    }

    /// Whether every line's word follows the one before it, bytewise (an empty line only before all others).
    static func isSorted(_ text: String) -> Bool {
        var previous: Substring.UTF8View?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0) {
            let current = word(of: line)
            if let previous, !previous.lexicographicallyPrecedes(current) { return false }
            previous = current
        }
        return true
    }

    /// The word of a `word count` line, as bytes.
    private static func word(of line: Substring) -> Substring.UTF8View {
        line.utf8.prefix { $0 != UInt8(ascii: " ") }
    }

    /// The number after the word that ends at `offset`; 1 when the line has none.
    private static func count(_ b: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
        guard offset < b.count, b[offset] == UInt8(ascii: " ") else { return 1 }
        var value = 0
        var index = offset + 1
        while index < b.count, b[index] >= UInt8(ascii: "0"), b[index] <= UInt8(ascii: "9") {
            value = value * 10 + Int(b[index] - UInt8(ascii: "0"))
            index += 1
        }
        return index == offset + 1 ? 1 : value
    }
}
