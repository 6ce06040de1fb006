import Bibliography

/// Turns byte offsets of a UTF-8 buffer into 1-based lines and character columns. The table of line
/// starts is built on the first diagnostic, so a clean read keeps no position bookkeeping.
final class LineIndex {
    private let bytes: [UInt8]
    private var lineStarts: [Int] = []

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The line and column of the byte at `offset`; columns count characters (UTF-8 lead bytes).
    func location(of offset: Int) -> SourceLocation {
        if lineStarts.isEmpty {
            lineStarts.append(0)
            for (i, b) in bytes.enumerated() where b == 0x0A { lineStarts.append(i + 1) }
        }
        let end = min(max(offset, 0), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= end { low = mid } else { high = mid - 1 }
        }
        var column = 1
        var j = lineStarts[low]
        while j < end {
            if bytes[j] & 0xC0 != 0x80 { column += 1 }
            j += 1
        }
        return SourceLocation(line: low + 1, column: column)
    }
}
