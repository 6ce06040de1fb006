import Bibliography

/// Finds citation markers in a document's text, outside the reference list.
///
/// Explicit forms (brackets, `<sup>`, Unicode superscripts, footnotes) are markers whatever their numbers.
/// Bare digits (glued to a word or punctuation, or after the sentence's period) are markers only in a
/// position where a flattened superscript sits, and only when every number is in 1...`referenceCount`;
/// parentheses only on pages whose explicit style is not brackets or superscripts.
struct MarkerScanner {
    let characters: [LocatedCharacter]
    let text: [Character]
    /// Text that is not prose (the reference list).
    let excluded: [Range<Int>]
    /// Entries in the reference list (N); bare numbers must lie in 1...N.
    let referenceCount: Int

    init(document: Document, excluded: [Range<Int>], referenceCount: Int) {
        characters = document.characters
        text = document.textCharacters
        self.excluded = excluded
        self.referenceCount = referenceCount
    }

    func scan() -> [LocatedMarker] {
        var markers: [LocatedMarker] = []
        var parentheses: [LocatedMarker] = []
        var index = 0
        var exclusions = excluded.sorted { $0.lowerBound < $1.lowerBound }[...]
        while index < text.count {
            if let range = exclusions.first, index >= range.lowerBound {
                if index < range.upperBound { index = range.upperBound }
                exclusions = exclusions.dropFirst()
                continue
            }
            if characters[index].superscript {
                let end = superscriptEnd(from: index)
                if let marker = superscriptTagMarker(in: index..<end) { markers.append(marker) }
                index = end
                continue
            }
            let character = text[index]
            var found: LocatedMarker?
            if character.superscriptDigit != nil, index == 0 || !Self.isSuperscriptCharacter(text[index - 1]) {
                found = unicodeSuperscriptMarker(at: index)
            } else if character == "[" {
                found = bracketMarker(at: index)
            } else if character == "(" {
                if let candidate = parenthesisMarker(at: index) {
                    parentheses.append(candidate)
                    index = candidate.range.upperBound
                    continue
                }
            } else if character.isASCIIDigit, index > 0, !text[index - 1].isFastNumber {
                found = bareMarker(at: index)
            }
            if let found {
                markers.append(found)
                index = found.range.upperBound
            } else {
                index += 1
            }
        }
        markers = Self.joiningSplitSuperscripts(markers, in: text)
        // Parentheses are a citation style only where the page has no bracket or superscript markers.
        if !markers.contains(where: { $0.marker.explicit }) {
            markers.append(contentsOf: parentheses)
            markers.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        return markers
    }

    // Not `)`: `(IL)4` and `(DMR)1` are names far more often than flattened superscripts.
    /// `<sup>1</sup>–<sup>3</sup>` and `<sup>1</sup>,<sup>2</sup>` are one marker: a range or a list.
    static func joiningSplitSuperscripts(_ markers: [LocatedMarker], in text: [Character]) -> [LocatedMarker] {
        var joined: [LocatedMarker] = []
        for marker in markers {
            guard var last = joined.last, last.marker.kind == marker.marker.kind,
                  marker.marker.kind == .superscriptTag || marker.marker.kind == .unicodeSuperscript,
                  marker.range.lowerBound == last.range.upperBound + 1 else {
                joined.append(marker)
                continue
            }
            let separator = text[last.range.upperBound]
            if NumberList.dashes.contains(separator), let from = last.marker.numbers.last, let to = marker.marker.numbers.first,
               last.marker.numbers.count == 1, marker.marker.numbers.count == 1,
               to > from, to - from <= NumberList.maximumRangeWidth {
                last.marker.numbers = Array(from...to)
            } else if separator == "," {
                last.marker.numbers += marker.marker.numbers
            } else {
                joined.append(marker)
                continue
            }
            // The joined marker's issues keep offsets into the joined `raw`.
            let shift = last.marker.raw.count + 1
            last.marker.raw += String(separator) + marker.marker.raw
            last.marker.separatorIssues += marker.marker.separatorIssues.map { issue in
                var moved = issue
                moved.offset += shift
                return moved
            }
            last.range = last.range.lowerBound..<marker.range.upperBound
            joined[joined.count - 1] = last
        }
        return joined
    }

    static let gluePunctuation: Set<Character> = [".", ",", ";", ":", "\"", "”", "’", "'", "»", "!", "?"]
    static let closingCharacters: Set<Character> = [")", "]", "\"", "”", "’", "'", "»"]
    static let superscriptSeparators: Set<Character> = ["⁻", ",", "˒", "‚"]

    static func isSuperscriptCharacter(_ character: Character) -> Bool {
        character.superscriptDigit != nil || character == "⁻"
    }
}
