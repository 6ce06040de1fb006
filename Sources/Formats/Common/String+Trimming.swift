import Foundation

extension StringProtocol where UTF8View: BidirectionalCollection {
    /// `trimmingCharacters(in: .whitespaces)`; on bytes when what is left has printable ASCII ends.
    func trimmingSpaces() -> String {
        asciiTrimmed(newlines: false) ?? trimmingCharacters(in: .whitespaces)
    }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`; on bytes when what is left has printable ASCII ends.
    func trimmingSpacesAndNewlines() -> String {
        asciiTrimmed(newlines: true) ?? trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The text without ASCII blanks at its ends, when its ends are then printable ASCII (which no
    /// Unicode white space trimming would remove) or it is empty; `nil` otherwise.
    private func asciiTrimmed(newlines: Bool) -> String? {
        func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || (newlines && b >= 0x0A && b <= 0x0D) }
        // Native text is contiguous: trimmed on its bytes directly.
        if let trimmed = utf8.withContiguousStorageIfAvailable({ bytes -> String? in
            var start = 0
            var end = bytes.count
            while start < end, isBlank(bytes[start]) { start += 1 }
            while end > start, isBlank(bytes[end - 1]) { end -= 1 }
            if start == end { return "" }
            guard bytes[start] > 0x20, bytes[start] < 0x7F, bytes[end - 1] > 0x20, bytes[end - 1] < 0x7F else { return nil }
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }) {
            return trimmed
        }
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start < end, isBlank(utf8[start]) { start = utf8.index(after: start) }
        while end > start, isBlank(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        if start == end { return "" }
        let first = utf8[start], last = utf8[utf8.index(before: end)]
        guard first > 0x20, first < 0x7F, last > 0x20, last < 0x7F else { return nil }
        return String(self[start..<end])
    }
}
