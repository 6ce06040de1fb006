import Foundation

extension StringProtocol where UTF8View: BidirectionalCollection {
    /// `trimmingCharacters(in: .whitespaces)`; without Foundation's scan when both ends are printable ASCII.
    func trimmingSpaces() -> String {
        hasPrintableASCIIEnds ? String(self) : trimmingCharacters(in: .whitespaces)
    }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`; without Foundation's scan when both ends are printable ASCII.
    func trimmingSpacesAndNewlines() -> String {
        hasPrintableASCIIEnds ? String(self) : trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether the first and last bytes are printable ASCII other than space, which no trimming removes.
    private var hasPrintableASCIIEnds: Bool {
        guard let first = utf8.first, let last = utf8.last else { return false }
        return first > 0x20 && first < 0x7F && last > 0x20 && last < 0x7F
    }
}
