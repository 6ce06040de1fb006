extension StringProtocol {
    /// The string without leading and trailing white space: the result of Foundation's
    /// `trimmingCharacters(in: .whitespaces)` (tab, the space separators of category Zs, and U+200B), or with
    /// `newlines` of `.whitespacesAndNewlines` (also U+000A...U+000D, U+0085 and the line and
    /// paragraph separators), without Foundation's bridging: the string itself when nothing is
    /// trimmed, and no scalar property lookup for ASCII.
    /// - Parameter newlines: Whether line breaks are trimmed too.
    @inlinable
    public func trimmingWhitespace(newlines: Bool = false) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, Self.isTrimmed(scalars[start], newlines: newlines) { start = scalars.index(after: start) }
        while start < end {
            let before = scalars.index(before: end)
            guard Self.isTrimmed(scalars[before], newlines: newlines) else { break }
            end = before
        }
        if start == scalars.startIndex, end == scalars.endIndex { return String(self) }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    @usableFromInline
    static func isTrimmed(_ scalar: Unicode.Scalar, newlines: Bool) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || value == 0x09 || (newlines && (0x0A...0x0D).contains(value)) }
        // Foundation's set still counts U+200B ZERO WIDTH SPACE a space, as Unicode once did.
        if value == 0x200B { return true }
        switch scalar.properties.generalCategory {
        case .spaceSeparator: return true
        case .lineSeparator, .paragraphSeparator: return newlines
        default: return newlines && value == 0x85
        }
    }
}
