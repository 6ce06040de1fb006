/// Sorted, unique keys, one a line (bytewise order), searched in place by bisecting byte offsets: no
/// index is built, so a large built-in list costs nothing at start-up and nothing until searched.
struct SortedKeys: Sendable {
    private let lines: String

    init(_ lines: String) {
        var text = lines
        text.makeContiguousUTF8()
        self.lines = text
    }

    /// Whether `key` (UTF-8 bytes) is one of the lines.
    func contains(_ key: [UInt8]) -> Bool {
        guard !key.isEmpty else { return false }
        return lines.utf8.withContiguousStorageIfAvailable { Self.search($0, key) } ?? false
    }

    /// Bisection over line starts: `low` is always a line start, `high` a line start or the end.
    static func search(_ b: UnsafeBufferPointer<UInt8>, _ key: [UInt8]) -> Bool {
        let newline = UInt8(ascii: "\n")
        var low = 0
        var high = b.count
        while low < high {
            var mid = (low + high) / 2
            while mid > low, b[mid - 1] != newline { mid -= 1 }
            var i = mid
            var j = 0
            var order = 0
            while true {
                let x = i < b.count && b[i] != newline ? Int(b[i]) : -1
                let y = j < key.count ? Int(key[j]) : -1
                if x != y {
                    order = x < y ? -1 : 1
                    break
                }
                if x == -1 { return true }
                i += 1
                j += 1
            }
            if order < 0 {
                while i < b.count, b[i] != newline { i += 1 }
                low = i + 1
            } else {
                high = mid
            }
        }
        return false
    }
}
