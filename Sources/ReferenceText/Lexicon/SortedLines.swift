/// Bisection over the lines of a text sorted bytewise by their first word, in place: no index is built,
/// so a large built-in list costs nothing at start-up and nothing until searched.
enum SortedLines {
    /// Where the word of the line equal to `key` ends, or `nil` when no line's word is `key`.
    /// - Parameters:
    ///   - b: The lines' bytes, sorted by their words.
    ///   - key: The word sought (UTF-8 bytes).
    ///   - endsWord: Whether a byte ends a line's word (a newline always does).
    static func find(
        _ b: UnsafeBufferPointer<UInt8>, _ key: UnsafeBufferPointer<UInt8>, endsWord: (UInt8) -> Bool
    ) -> Int? {
        let newline = UInt8(ascii: "\n")
        // `low` is always a line start, `high` a line start or the end.
        var low = 0
        var high = b.count
        while low < high {
            var mid = (low + high) / 2
            while mid > low, b[mid - 1] != newline { mid -= 1 }
            var i = mid
            var j = 0
            var order = 0
            while true {
                let x = i < b.count && b[i] != newline && !endsWord(b[i]) ? Int(b[i]) : -1
                let y = j < key.count ? Int(key[j]) : -1
                if x != y {
                    order = x < y ? -1 : 1
                    break
                }
                if x == -1 { return i }
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
        return nil
    }
}
