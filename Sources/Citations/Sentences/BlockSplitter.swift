/// Cuts prose into blocks (paragraphs, list items, headings) that no sentence crosses: blank lines end a
/// block, and a line that starts with a bullet or a list number starts a new one. Wrapped lines inside a
/// paragraph stay together.
struct BlockSplitter {
    let text: [Character]
    /// Ranges that are not prose (the reference list); they end blocks.
    let excluded: [Range<Int>]

    func blocks() -> [Range<Int>] {
        var blocks: [Range<Int>] = []
        var start: Int?
        var end = 0
        func close() {
            if let blockStart = start, end > blockStart { blocks.append(blockStart..<end) }
            start = nil
        }
        for line in TextLine.lines(of: text) {
            if line.isBlank(in: text) || excluded.contains(where: { $0.overlaps(line.range) }) {
                close()
                continue
            }
            let content = line.contentStart(in: text)
            if ListLabel.startsListItem(text, at: content) { close() }
            if start == nil { start = content }
            end = line.range.upperBound
        }
        close()
        return blocks
    }
}
