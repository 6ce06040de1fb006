extension String {
    /// Whether the text's UTF-8 holds `needle`'s, ASCII letters matching in either case
    /// (`"Smith et al."` holds `"ET AL"`): a byte search, where Foundation's `contains` bridges to
    /// `NSString` and a `lowercased()` copy comes first.
    /// - Parameter needle: ASCII text; other bytes match only themselves.
    public func containsIgnoringASCIICase(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8).map(Self.foldASCII)
        guard let first = pattern.first else { return true }
        var text = self
        return text.withUTF8 { bytes in
            guard bytes.count >= pattern.count else { return false }
            for start in 0...(bytes.count - pattern.count) where Self.foldASCII(bytes[start]) == first {
                var matched = 1
                while matched < pattern.count, Self.foldASCII(bytes[start + matched]) == pattern[matched] { matched += 1 }
                if matched == pattern.count { return true }
            }
            return false
        }
    }

    private static func foldASCII(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }
}
