extension Character {
    /// `asciiValue` (`\r\n` is `\n`) at a fraction of its cost: the standard one walks the
    /// character's scalars to learn that it holds one, where this reads its UTF-8 length.
    @inlinable @inline(__always)
    public var asciiByte: UInt8? {
        let utf8 = self.utf8
        guard let first = utf8.first, first < 0x80 else { return nil }
        if utf8.count == 1 { return first }
        return first == 0x0D && self == "\r\n" ? 0x0A : nil
    }

    /// `isLetter || isNumber`, without the Unicode property lookups for ASCII.
    @inlinable
    public var isFastLetterOrNumber: Bool {
        guard let ascii = asciiByte else { return isLetter || isNumber }
        return (0x30...0x39).contains(ascii) || (0x41...0x5A).contains(ascii) || (0x61...0x7A).contains(ascii)
    }
}
