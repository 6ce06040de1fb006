import Bibliography

/// A character of the extracted text with where it came from and how it was marked up.
struct LocatedCharacter: Sendable, Hashable {
    var character: Character
    var location: SourceLocation
    /// Inside an HTML `<sup>` element.
    var superscript: Bool = false
    /// Not in the source: inserted by extraction (an `<ol>` item's number, a paragraph break).
    var synthetic: Bool = false

    /// The source split into characters with their 1-based line and column; `\r\n` and `\r` become `\n`.
    static func characters(of source: String) -> [LocatedCharacter] {
        var result: [LocatedCharacter] = []
        result.reserveCapacity(source.utf8.count)  // an upper bound, without a pass to count characters
        var line = 1
        var column = 1
        for character in source {
            let location = SourceLocation(line: line, column: column)
            // ASCII newlines are LF, VT, FF and CR (and CR LF, one character).
            let isNewline = character.asciiByte.map { (0x0A...0x0D).contains($0) } ?? character.isNewline
            if isNewline {
                result.append(LocatedCharacter(character: "\n", location: location))
                line += 1
                column = 1
            } else {
                result.append(LocatedCharacter(character: character, location: location))
                column += 1
            }
        }
        return result
    }
}
