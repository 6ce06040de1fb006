/// Splits prose into sentences. A period ends a sentence only when whitespace and a sentence start follow
/// (so decimals never split), and not after an abbreviation (`Dr.`, `et al.`, `e.g.`, `Fig.`) or an initial
/// (`J.`). Markers written right after the closing punctuation (`collagen.1,2` or `properties. 7,8`)
/// belong to the sentence they follow.
struct SentenceSplitter {
    let text: [Character]
    /// Marker ranges in document order.
    let markers: [Range<Int>]

    /// The sentences of the given blocks (paragraphs), in order.
    func split(blocks: [Range<Int>]) -> [Sentence] {
        var sentences: [Sentence] = []
        for block in blocks {
            sentences.append(contentsOf: split(block: block))
        }
        return sentences
    }

    private func split(block: Range<Int>) -> [Sentence] {
        var sentences: [Sentence] = []
        var start = skipWhitespace(from: block.lowerBound, end: block.upperBound)
        var index = start
        var markerIndex = markers.firstIndex { $0.upperBound > block.lowerBound } ?? markers.count
        while index < block.upperBound {
            while markerIndex < markers.count, markers[markerIndex].upperBound <= index { markerIndex += 1 }
            if markerIndex < markers.count, markers[markerIndex].contains(index) {
                index = markers[markerIndex].upperBound
                continue
            }
            guard Self.terminators.contains(text[index]), !isNonTerminalPeriod(index) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < block.upperBound, MarkerScanner.closingCharacters.contains(text[end]) { end += 1 }
            end = endOfAttachedMarkers(from: end, block: block)
            let next = skipWhitespace(from: end, end: block.upperBound)
            let isBoundary = next == block.upperBound || (next > end && startsSentence(next))
            if isBoundary {
                sentences.append(sentence(start..<end))
                start = next
                index = next
            } else {
                index = end
            }
        }
        if start < block.upperBound {
            var end = block.upperBound
            while end > start, text[end - 1].isFastWhitespace { end -= 1 }
            if end > start { sentences.append(sentence(start..<end)) }
        }
        return sentences
    }

    /// Extends past markers glued to the punctuation or after spaces (or the line break of wrapped text).
    private func endOfAttachedMarkers(from position: Int, block: Range<Int>) -> Int {
        var end = position
        while true {
            var cursor = end
            while cursor < block.upperBound, text[cursor].isFastWhitespace { cursor += 1 }
            guard let marker = markers.first(where: { $0.lowerBound == cursor }), marker.upperBound <= block.upperBound else {
                return end
            }
            end = marker.upperBound
        }
    }

    private func sentence(_ range: Range<Int>) -> Sentence {
        let indices = markers.indices.filter { range.contains(markers[$0].lowerBound) }
        return Sentence(range: range, markers: indices)
    }

    private func startsSentence(_ index: Int) -> Bool {
        let character = text[index]
        if character.isFastUppercase || character.isFastNumber || Self.openers.contains(character) { return true }
        if markers.contains(where: { $0.lowerBound == index }) { return true }
        // A gene or symbol may open a sentence in lowercase (`p53 binds`, `miR-375 bound`, `β-amyloid`).
        if let scalar = character.unicodeScalars.first, (0x03B1...0x03C9).contains(scalar.value) { return true }
        var cursor = index
        while cursor < text.count, !text[cursor].isFastWhitespace {
            if text[cursor].isFastNumber || text[cursor].isFastUppercase { return character.isFastLetter }
            cursor += 1
        }
        return false
    }

    /// A period after an abbreviation, an initial or inside a number.
    private func isNonTerminalPeriod(_ index: Int) -> Bool {
        guard text[index] == "." else { return false }
        if index + 1 < text.count, text[index + 1] == "." { return true }
        var cursor = index - 1
        while cursor >= 0, text[cursor].isFastLetter || (text[cursor] == "." && cursor > 0 && text[cursor - 1].isFastLetter) {
            cursor -= 1
        }
        let word = String(text[(cursor + 1)..<index])
        // The end of an alphanumeric token (`E2F.`, `TLR4.`, `14.7K.`) is not an abbreviation.
        guard !word.isEmpty, cursor < 0 || !text[cursor].isFastNumber else { return false }
        let lowered = word.lowercased()
        if Abbreviations.titles.contains(word) || Abbreviations.nonTerminal.contains(lowered) { return true }
        if Abbreviations.beforeNumber.contains(lowered) {
            let next = skipWhitespace(from: index + 1, end: text.count)
            return next < text.count && text[next].isFastNumber
        }
        // An initial (`J. Smith`, `Steven M. Meier`) or an initialism (`U.S.A.`).
        if word.count == 1, let letter = word.first, letter.isFastUppercase { return true }
        return word.contains(".")
    }

    private func skipWhitespace(from index: Int, end: Int) -> Int {
        var cursor = index
        while cursor < end, text[cursor].isFastWhitespace { cursor += 1 }
        return cursor
    }

    private static let terminators: Set<Character> = [".", "!", "?", "…"]
    private static let openers: Set<Character> = ["\"", "“", "‘", "'", "(", "[", "«", "¿", "¡", "•"]
}
