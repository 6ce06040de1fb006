/// Structural scanning of JSON bytes: where values start and end, and line/column of an offset.
///
/// It does not validate: it follows strings and brackets only, which is enough to tell one JSON
/// value from JSON Lines and to point an error at the item it concerns.
enum JSONScan {
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    /// The offset of the first non-whitespace byte at or after `offset`.
    static func skipSpace(_ bytes: [UInt8], from offset: Int) -> Int? {
        var i = offset
        while i < bytes.count, isSpace(bytes[i]) { i += 1 }
        return i < bytes.count ? i : nil
    }

    /// The offset just past the value starting at `start`, or `nil` when it is unterminated or its
    /// brackets do not match.
    static func endOfValue(_ bytes: [UInt8], from start: Int) -> Int? {
        var stack: [UInt8] = []
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "\""):
                guard let end = endOfString(bytes, from: i) else { return nil }
                i = end
                if stack.isEmpty { return i }
                continue
            case UInt8(ascii: "["): stack.append(UInt8(ascii: "]"))
            case UInt8(ascii: "{"): stack.append(UInt8(ascii: "}"))
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                // A scalar ends where its enclosing array or object closes.
                if stack.isEmpty { return i > start ? i : nil }
                guard stack.popLast() == b else { return nil }
                if stack.isEmpty { return i + 1 }
            case UInt8(ascii: ","):
                if stack.isEmpty { return i }
            default:
                // A scalar at the top level ends at whitespace or a delimiter.
                if stack.isEmpty, i > start, isSpace(b) { return i }
            }
            i += 1
        }
        return stack.isEmpty && i > start ? i : nil
    }

    /// The offset just past the string whose opening quote is at `start`.
    private static func endOfString(_ bytes: [UInt8], from start: Int) -> Int? {
        var i = start + 1
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\\"): i += 2
            case UInt8(ascii: "\""): return i + 1
            default: i += 1
            }
        }
        return nil
    }

    /// The offset of element `index` of the array whose `[` is at `start`.
    static func arrayElement(_ bytes: [UInt8], arrayAt start: Int, index: Int) -> Int? {
        guard start < bytes.count, bytes[start] == UInt8(ascii: "[") else { return nil }
        var i = start + 1
        var n = 0
        while let s = skipSpace(bytes, from: i), bytes[s] != UInt8(ascii: "]") {
            if n == index { return s }
            guard let end = endOfValue(bytes, from: s), let next = skipSpace(bytes, from: end),
                bytes[next] == UInt8(ascii: ",")
            else { return nil }
            i = next + 1
            n += 1
        }
        return nil
    }

    /// The 1-based line and column (in characters) of a byte offset.
    static func lineColumn(_ bytes: [UInt8], offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for b in bytes.prefix(offset) {
            if b == 0x0A {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                // UTF-8 continuation bytes belong to the previous character.
                column += 1
            }
        }
        return (line, column)
    }
}
