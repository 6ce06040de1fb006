/// A read-only `word → count` table over `word count` lines, looked up by binary search on the raw
/// bytes: building a dictionary of the built-in lists cost more than a whole `cite check`.
struct WordCounts: Sendable {
    private let bytes: [UInt8]
    /// Start offset of each line, ordered by the line's word (bytewise).
    private let lineStarts: [Int]

    /// - Parameter lines: `word count` lines (a line without a count counts once), in any order.
    init(_ lines: String) {
        bytes = Array(lines.utf8)
        var starts: [Int] = []
        var lineStart = 0
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
            if index > lineStart { starts.append(lineStart) }
            lineStart = index + 1
        }
        if lineStart < bytes.count { starts.append(lineStart) }
        // Generated lists come sorted; sort only when one does not.
        let bytes = self.bytes
        let sorted = zip(starts, starts.dropFirst()).allSatisfy { Self.compare(bytes, $0, bytes, $1) < 0 }
        lineStarts = sorted ? starts : starts.sorted { Self.compare(bytes, $0, bytes, $1) < 0 }
    }

    /// How often the word was seen, or `nil` when it is not in the list.
    subscript(_ word: String) -> Int? {
        var word = word
        return word.withUTF8 { key in
            bytes.withUnsafeBufferPointer { bytes in
                var low = 0, high = lineStarts.count
                while low < high {
                    let mid = (low + high) / 2
                    let order = Self.compare(bytes, lineStarts[mid], key)
                    if order == 0 { return count(at: lineStarts[mid] + key.count) }
                    if order < 0 { low = mid + 1 } else { high = mid }
                }
                return nil
            }
        }
    }

    /// Compares the line's word at `a[i]` with the whole of `key`.
    private static func compare(_ a: UnsafeBufferPointer<UInt8>, _ i: Int, _ key: UnsafeBufferPointer<UInt8>) -> Int {
        var i = i, j = 0
        while true {
            let x = i < a.count && a[i] != UInt8(ascii: " ") && a[i] != UInt8(ascii: "\n") ? Int(a[i]) : -1
            let y = j < key.count && key[j] != UInt8(ascii: " ") && key[j] != UInt8(ascii: "\n") ? Int(key[j]) : -1
            if x != y { return x < y ? -1 : 1 }
            if x == -1 { return 0 }
            i += 1
            j += 1
        }
    }

    /// The number after the word (the word ends at `offset`); 1 when the line has none.
    private func count(at offset: Int) -> Int {
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: " ") else { return 1 }
        var value = 0
        var index = offset + 1
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        return index == offset + 1 ? 1 : value
    }

    /// Compares the word starting at `a[i]` (ending at a space, newline or the end) with the one at `b[j]`.
    private static func compare(_ a: [UInt8], _ i: Int, _ b: [UInt8], _ j: Int) -> Int {
        var i = i, j = j
        while true {
            let x = i < a.count && a[i] != UInt8(ascii: " ") && a[i] != UInt8(ascii: "\n") ? Int(a[i]) : -1
            let y = j < b.count && b[j] != UInt8(ascii: " ") && b[j] != UInt8(ascii: "\n") ? Int(b[j]) : -1
            if x != y { return x < y ? -1 : 1 }
            if x == -1 { return 0 }
            i += 1
            j += 1
        }
    }
}
