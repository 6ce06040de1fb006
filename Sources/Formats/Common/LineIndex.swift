import Bibliography

/// Turns byte offsets of a UTF-8 buffer into 1-based lines and character columns. Lines are counted
/// on demand from checkpoints every 64 KiB, so a clean read keeps no position bookkeeping and a
/// read with diagnostics keeps a few words per 64 KiB, not one per line.
final class LineIndex {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// The copy this index owns, when it was made from an array.
    private let owned: UnsafeMutableBufferPointer<UInt8>?
    /// The number of line breaks before each 64 KiB block, for the blocks reached so far.
    private var breaksBeforeBlock: [Int] = [0]
    private static let blockShift = 16

    /// An index over its own copy of `bytes`.
    init(_ bytes: [UInt8]) {
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = copy.initialize(from: bytes)
        self.owned = copy
        self.bytes = UnsafeBufferPointer(copy)
    }

    /// An index over `bytes`, which the caller keeps valid for as long as the index is used.
    init(unowned bytes: UnsafeBufferPointer<UInt8>) {
        self.owned = nil
        self.bytes = bytes
    }

    deinit { owned?.deallocate() }

    /// The line and column of the byte at `offset`; columns count characters (UTF-8 lead bytes).
    func location(of offset: Int) -> SourceLocation {
        let end = min(max(offset, 0), bytes.count)
        let block = end >> Self.blockShift
        while breaksBeforeBlock.count <= block {
            let start = (breaksBeforeBlock.count - 1) << Self.blockShift
            breaksBeforeBlock.append(breaksBeforeBlock[breaksBeforeBlock.count - 1] + breaks(start, start + (1 << Self.blockShift)))
        }
        let line = breaksBeforeBlock[block] + breaks(block << Self.blockShift, end) + 1
        var lineStart = end
        while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
        var column = 1
        for j in lineStart..<end where bytes[j] & 0xC0 != 0x80 { column += 1 }
        return SourceLocation(line: line, column: column)
    }

    /// The line breaks in `from..<to`.
    private func breaks(_ from: Int, _ to: Int) -> Int {
        var n = 0
        for j in from..<min(to, bytes.count) where bytes[j] == 0x0A { n += 1 }
        return n
    }
}
