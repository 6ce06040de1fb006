import Bibliography

/// The text being built, with whitespace and paragraph breaks normalised.
struct HTMLTextOutput {
    let collapsesWhitespace: Bool
    var characters: [LocatedCharacter] = []
    /// A space seen in collapsing mode, written only when text follows on the same line.
    var pendingSpace: LocatedCharacter?

    init(collapsesWhitespace: Bool) { self.collapsesWhitespace = collapsesWhitespace }

    mutating func append(_ character: LocatedCharacter, preformatted: Bool) {
        guard collapsesWhitespace, !preformatted else {
            characters.append(character)
            return
        }
        if character.character.isFastWhitespace {
            if let last = characters.last, !last.character.isFastWhitespace, pendingSpace == nil {
                var space = character
                space.character = " "
                pendingSpace = space
            }
            return
        }
        if let space = pendingSpace {
            characters.append(space)
            pendingSpace = nil
        }
        characters.append(character)
    }

    mutating func appendSynthetic(_ text: String, at location: SourceLocation) {
        pendingSpace = nil
        for character in text {
            characters.append(LocatedCharacter(character: character, location: location, synthetic: true))
        }
    }

    mutating func lineBreak(at location: SourceLocation) {
        pendingSpace = nil
        trimTrailingSpaces()
        characters.append(LocatedCharacter(character: "\n", location: location, synthetic: true))
    }

    /// Ends the current block with a blank line (once, however many block tags meet).
    mutating func paragraphBreak(at location: SourceLocation) {
        pendingSpace = nil
        trimTrailingSpaces()
        // A list item's number stays on the line of the item's first text (`<li><p>...`).
        guard let last = characters.last, !(last.synthetic && last.character != "\n") else { return }
        var newlines = 0
        for character in characters.reversed() {
            guard character.character == "\n" else { break }
            newlines += 1
        }
        for _ in min(newlines, 2)..<2 {
            characters.append(LocatedCharacter(character: "\n", location: location, synthetic: true))
        }
    }

    private mutating func trimTrailingSpaces() {
        guard collapsesWhitespace else { return }
        while let last = characters.last, last.character == " ", !last.synthetic { characters.removeLast() }
    }

    /// The text without the blank lines that the last block element left (trimmed in place: no copy).
    mutating func finish() -> [LocatedCharacter] {
        while let last = characters.last, last.synthetic, last.character == "\n" { characters.removeLast() }
        return characters
    }
}
