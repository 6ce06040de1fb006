/// One HTML tag (`<sup>`, `</li>`, `<ol start="3">`), comment or declaration, read leniently.
struct Tag {
    /// Lowercased element name; empty for comments and declarations.
    var name: String
    var isClosing: Bool
    var isSelfClosing: Bool
    /// Comments, `<!DOCTYPE>`, `<?xml?>`, CDATA: skipped whole.
    var isDeclaration: Bool
    /// Lowercased attribute names with their values.
    var attributes: [String: String]
    /// Index just past the tag's `>`.
    var end: Int

    /// Reads the tag starting at `start` (a `<`), or nil when the `<` does not open a tag (`a < b`).
    static func parse(_ input: [LocatedCharacter], at start: Int) -> Tag? {
        var index = start + 1
        guard index < input.count else { return nil }
        let first = input[index].character
        if first == "!" || first == "?" {
            let isComment = matches(input, at: index, "!--")
            let terminator = isComment ? "-->" : ">"
            var cursor = index + (isComment ? 3 : 1)
            while cursor < input.count {
                if matches(input, at: cursor, terminator) {
                    return Tag(name: "", isClosing: false, isSelfClosing: true, isDeclaration: true,
                               attributes: [:], end: cursor + terminator.count)
                }
                cursor += 1
            }
            return Tag(name: "", isClosing: false, isSelfClosing: true, isDeclaration: true, attributes: [:], end: input.count)
        }
        var isClosing = false
        if first == "/" {
            isClosing = true
            index += 1
        }
        guard index < input.count, input[index].character.isASCII, input[index].character.isFastLetter else { return nil }
        var name = ""
        while index < input.count, isNameCharacter(input[index].character) {
            name.append(input[index].character)
            index += 1
        }
        var attributes: [String: String] = [:]
        var isSelfClosing = false
        while index < input.count {
            let character = input[index].character
            if character == ">" {
                return Tag(name: name.lowercased(), isClosing: isClosing, isSelfClosing: isSelfClosing,
                           isDeclaration: false, attributes: attributes, end: index + 1)
            }
            if character == "/" {
                isSelfClosing = true
                index += 1
                continue
            }
            if character.isFastWhitespace {
                index += 1
                continue
            }
            guard isNameCharacter(character) else { return nil }
            var attribute = ""
            while index < input.count, isNameCharacter(input[index].character) {
                attribute.append(input[index].character)
                index += 1
            }
            var value = ""
            if index < input.count, input[index].character == "=" {
                index += 1
                if index < input.count, input[index].character == "\"" || input[index].character == "'" {
                    let quote = input[index].character
                    index += 1
                    while index < input.count, input[index].character != quote {
                        value.append(input[index].character)
                        index += 1
                    }
                    index += 1
                } else {
                    while index < input.count, !input[index].character.isFastWhitespace, input[index].character != ">" {
                        value.append(input[index].character)
                        index += 1
                    }
                }
            }
            isSelfClosing = false
            attributes[attribute.lowercased()] = value
        }
        return nil
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isFastLetter || character.isFastNumber || character == "-" || character == ":" || character == "_")
    }

    private static func matches(_ input: [LocatedCharacter], at index: Int, _ text: String) -> Bool {
        var cursor = index
        for character in text {
            guard cursor < input.count, input[cursor].character == character else { return false }
            cursor += 1
        }
        return true
    }
}
