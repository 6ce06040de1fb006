import Testing

@testable import Bibliography

@Suite("Character fast classes agree with the standard ones")
struct CharacterASCIITests {
    private static let graphemes: [Character] = ["\r\n", "e\u{301}", "a\u{20DD}", "1\u{FE0F}\u{20E3}", "👍🏽", "🇫🇷", "\u{0}", "\u{7F}"]

    @Test("asciiByte is asciiValue for every BMP scalar and for clusters (CR LF is LF; a letter with a combining mark is not ASCII)")
    func asciiByte() {
        var disagreements: [String] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            if character.asciiByte != character.asciiValue { disagreements.append("U+\(String(value, radix: 16))") }
        }
        for character in Self.graphemes where character.asciiByte != character.asciiValue { disagreements.append("\(character.unicodeScalars.map(\.value))") }
        #expect(disagreements == [])
        #expect(Character("\r\n").asciiByte == 0x0A)
        #expect(Character("e\u{301}").asciiByte == nil)
    }

    @Test("isFastLetterOrNumber is isLetter || isNumber for every BMP scalar and for clusters")
    func letterOrNumber() {
        var disagreements: [String] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            if character.isFastLetterOrNumber != (character.isLetter || character.isNumber) { disagreements.append("U+\(String(value, radix: 16))") }
        }
        for character in Self.graphemes where character.isFastLetterOrNumber != (character.isLetter || character.isNumber) {
            disagreements.append("\(character.unicodeScalars.map(\.value))")
        }
        #expect(disagreements == [])
    }
}
