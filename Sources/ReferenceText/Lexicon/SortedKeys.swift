/// Sorted, unique keys, one a line (bytewise order), searched in place (``SortedLines``).
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
        return key.withUnsafeBufferPointer { key in
            lines.utf8.withContiguousStorageIfAvailable { SortedLines.find($0, key, endsWord: { _ in false }) != nil }
        } ?? false
    }
}
