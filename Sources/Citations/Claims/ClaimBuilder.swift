/// Turns the sentences that carry markers into claims: the sentence text without its markers, the cited
/// numbers in order, and where the sentence starts.
struct ClaimBuilder {
    let document: Document
    let markers: [LocatedMarker]

    func claims(from sentences: [Sentence]) -> [Claim] {
        var claims: [Claim] = []
        for sentence in sentences where !sentence.markers.isEmpty {
            let sentenceMarkers = sentence.markers.map { markers[$0] }
            var citations: [Int] = []
            for number in sentenceMarkers.flatMap(\.marker.numbers) where !citations.contains(number) {
                citations.append(number)
            }
            claims.append(Claim(
                id: "c\(claims.count + 1)",
                text: text(of: sentence.range, without: sentenceMarkers.map(\.range)),
                citations: citations,
                markers: sentenceMarkers.map(\.marker),
                location: document.location(atOffset: sentence.range.lowerBound)))
        }
        return claims
    }

    /// The text of `range` with the marker ranges left out and whitespace collapsed; a space left before
    /// punctuation by a removed marker (`collagen [1].`) goes too.
    private func text(of range: Range<Int>, without removed: [Range<Int>]) -> String {
        var output = ""
        var index = range.lowerBound
        var pendingSpace = false
        while index < range.upperBound {
            if let marker = removed.first(where: { $0.contains(index) }) {
                index = marker.upperBound
                continue
            }
            let located = document.characters[index]
            let character = located.character
            if character.isFastWhitespace {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace, !Self.attachesLeft(character) { output.append(" ") }
                pendingSpace = false
                if located.superscript, character.isFastNumber, index == 0 || !document.characters[index - 1].superscript {
                    // A superscript number that is not a marker is an exponent: `10^6`.
                    output.append("^")
                }
                output.append(character)
            }
            index += 1
        }
        return output
    }

    private static func attachesLeft(_ character: Character) -> Bool {
        ".,;:!?)]”’".contains(character)
    }
}
