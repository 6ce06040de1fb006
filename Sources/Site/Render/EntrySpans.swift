import Bibliography
import Citations

/// Where each reference list entry's text sits in the page source, label excluded: the bytes
/// `cite render` replaces. An entry's span runs from its first character to its last, widened
/// over the markup that belongs to its text (HTML inline tags and an entity around it, Markdown
/// emphasis or a link opening before it and whatever ends its last line), never over its label (`1. `, `[^1]: `, `<li>`).
struct EntrySpans {
    private let source: String
    private let format: PageFormat
    /// The index of each line's first character (line 1 first), split as `Document` splits lines.
    private let lineStarts: [String.Index]

    init(source: String, format: PageFormat) {
        self.source = source
        self.format = format
        var starts = [source.startIndex]
        var index = source.startIndex
        while index < source.endIndex {
            let next = source.index(after: index)
            if source[index].isNewline { starts.append(next) }
            index = next
        }
        lineStarts = starts
    }

    /// The span of `entry` in the source, or `nil` when its characters' positions are unknown.
    func span(of entry: ReferenceEntry) -> Range<String.Index>? {
        guard let first = entry.textLocations.first, let last = entry.textLocations.last,
            var start = index(of: first), let lastIndex = index(of: last), start <= lastIndex
        else { return nil }
        var end = source.index(after: lastIndex)
        switch format {
        case .html:
            if source[lastIndex] == "&", let semicolon = source[lastIndex..<lineEnd(from: lastIndex)].prefix(12).firstIndex(of: ";") {
                end = source.index(after: semicolon)
            }
            start = widenedBackOverInlineTags(start)
            end = widenedOverInlineTags(end)
        case .markdown:
            while start > lineStart(of: start), "*_[".contains(source[source.index(before: start)]) {
                start = source.index(before: start)
            }
            end = trimmedLineEnd(from: end)
        case .text:
            end = trimmedLineEnd(from: end)
        }
        return start..<end
    }

    /// The index of a 1-based line and column (columns count characters), if inside the source.
    private func index(of location: SourceLocation) -> String.Index? {
        guard location.line >= 1, location.line <= lineStarts.count, location.column >= 1 else { return nil }
        let start = lineStarts[location.line - 1]
        guard let index = source.index(start, offsetBy: location.column - 1, limitedBy: source.endIndex), index < source.endIndex else { return nil }
        return index
    }

    private func lineStart(of index: String.Index) -> String.Index {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= index { low = middle } else { high = middle - 1 }
        }
        return lineStarts[low]
    }

    private func lineEnd(from index: String.Index) -> String.Index {
        source[index...].firstIndex(where: \.isNewline) ?? source.endIndex
    }

    /// The end of the line holding `index - 1`, before trailing white space: what ends the last line
    /// (a closing `*`, a link's target) is the entry's.
    private func trimmedLineEnd(from index: String.Index) -> String.Index {
        var end = lineEnd(from: index)
        while end > index, source[source.index(before: end)].isWhitespace { end = source.index(before: end) }
        return end
    }

    /// Block tags (and comments, with no name) end an entry's markup; any other tag (`<i>`, `<a>`,
    /// `<span>`) is part of its text.
    private static let blockTags: Set<String> = [
        "li", "ol", "ul", "p", "div", "br", "body", "html", "section", "article", "table", "tr", "td", "dd", "dt", "dl",
    ]

    /// Moves back over inline opening tags (and the white space between them) right before `start`.
    private func widenedBackOverInlineTags(_ start: String.Index) -> String.Index {
        var result = start
        var cursor = start
        while true {
            while cursor > source.startIndex, source[source.index(before: cursor)].isWhitespace { cursor = source.index(before: cursor) }
            guard cursor > source.startIndex, source[source.index(before: cursor)] == ">",
                let open = source[..<cursor].lastIndex(of: "<"), isInline(tagName(at: open))
            else { return result }
            result = open
            cursor = open
        }
    }

    /// Moves forward over inline closing tags (and the white space between them) right after `end`.
    private func widenedOverInlineTags(_ end: String.Index) -> String.Index {
        var result = end
        var cursor = end
        while true {
            while cursor < source.endIndex, source[cursor].isWhitespace { cursor = source.index(after: cursor) }
            guard cursor < source.endIndex, source[cursor] == "<", let close = source[cursor...].firstIndex(of: ">"),
                isInline(tagName(at: cursor))
            else { return result }
            result = source.index(after: close)
            cursor = result
        }
    }

    private func isInline(_ name: String) -> Bool { !name.isEmpty && !Self.blockTags.contains(name) }

    /// The lowercased name of the tag opening at `index` (`<`), without a closing slash.
    private func tagName(at index: String.Index) -> String {
        var name = ""
        var cursor = source.index(after: index)
        if cursor < source.endIndex, source[cursor] == "/" { cursor = source.index(after: cursor) }
        while cursor < source.endIndex, source[cursor].isLetter || source[cursor].isNumber {
            name.append(source[cursor])
            cursor = source.index(after: cursor)
        }
        return name.lowercased()
    }
}
