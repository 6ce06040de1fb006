import Bibliography

/// A page turned into plain text, with every text position mapped back to its line and column in the source.
///
/// HTML and Markdown are reduced to their text: entities decoded, tags and Markdown syntax removed, block
/// elements turned into blank lines, `<ol>` items numbered (`1. `), and the text of `<sup>` elements kept
/// with a flag, because a superscript number is a citation marker.
public struct Document: Sendable {
    /// The file the page was read from, as given (used in findings).
    public let path: String
    /// The markup the source was read as.
    public let format: PageFormat
    /// The extracted characters with their source positions.
    let characters: [LocatedCharacter]
    /// The extracted characters alone, for scanning.
    let textCharacters: [Character]
    /// The position just past the end of the source.
    let endLocation: SourceLocation

    /// Reads `source` as `format`; `path` names the file in findings.
    public init(source: String, format: PageFormat, path: String) {
        self.path = path
        self.format = format
        // Invisible characters (zero-width spaces, soft hyphens, byte-order marks) would split words and numbers.
        let located = Self.removingInvisible(LocatedCharacter.characters(of: source))
        endLocation = Self.endLocation(of: located)
        switch format {
        case .text:
            characters = located
        case .html:
            characters = Self.removingInvisible(HTMLExtractor(collapsesWhitespace: true).extract(located))
        case .markdown:
            characters = Self.removingInvisible(
                HTMLExtractor(collapsesWhitespace: false).extract(MarkdownExtractor().extract(located)))
        }
        textCharacters = characters.map(\.character)
    }

    /// The extracted text.
    public var text: String { String(textCharacters) }

    /// The source position of the character at `offset` in `text` (counted in characters); the end of the
    /// source for offsets past the end.
    public func location(atOffset offset: Int) -> SourceLocation {
        guard offset >= 0, offset < characters.count else { return endLocation }
        return characters[offset].location
    }

    /// The characters without invisible ones; the same array (no copy) when there are none.
    private static func removingInvisible(_ characters: [LocatedCharacter]) -> [LocatedCharacter] {
        guard characters.contains(where: { isInvisible($0.character) }) else { return characters }
        return characters.filter { !isInvisible($0.character) }
    }

    /// Zero-width spaces and joiners, the word joiner, the byte-order mark and the soft hyphen.
    private static func isInvisible(_ character: Character) -> Bool {
        // Their UTF-8 starts with 0xC2 (U+00AD), 0xE2 (U+200B...U+2060) or 0xEF (U+FEFF).
        guard let lead = character.utf8.first, lead == 0xC2 || lead == 0xE2 || lead == 0xEF,
              let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x200B...0x200D, 0x2060, 0xFEFF, 0xAD: return true
        default: return false
        }
    }

    private static func endLocation(of located: [LocatedCharacter]) -> SourceLocation {
        guard let last = located.last else { return SourceLocation(line: 1, column: 1) }
        if last.character == "\n" { return SourceLocation(line: last.location.line + 1, column: 1) }
        return SourceLocation(line: last.location.line, column: last.location.column + 1)
    }
}
