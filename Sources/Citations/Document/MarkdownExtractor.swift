import Foundation

/// Removes Markdown syntax that is not text (heading hashes, emphasis, link targets, code fences, escapes)
/// and keeps everything a citation check needs: `[^1]` footnote references and definitions, `[1]` brackets,
/// list lines and inline HTML (handled afterwards by `HTMLExtractor`).
struct MarkdownExtractor {
    func extract(_ input: [LocatedCharacter]) -> [LocatedCharacter] {
        var output: [LocatedCharacter] = []
        output.reserveCapacity(input.count)
        var inFence = false
        for line in Self.lines(of: input) {
            let trimmed = String(line.map(\.character)).trimmingLeadingSpaces()
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                inFence.toggle()
                output.append(contentsOf: line.suffix(1).filter { $0.character == "\n" })
                continue
            }
            if inFence || Self.isLinkDefinition(trimmed) {
                output.append(contentsOf: line.suffix(1).filter { $0.character == "\n" })
                continue
            }
            let (body, isHeading) = Self.stripBlockPrefix(line)
            output.append(contentsOf: Self.stripInline(body))
            if isHeading, let newline = line.last, newline.character == "\n" {
                // A heading is a block of its own even without a blank line after it.
                var blank = newline
                blank.synthetic = true
                output.append(blank)
            }
        }
        return output
    }

    /// The input cut after each newline (each line keeps its `\n`).
    private static func lines(of input: [LocatedCharacter]) -> [ArraySlice<LocatedCharacter>] {
        var lines: [ArraySlice<LocatedCharacter>] = []
        var start = 0
        for (index, character) in input.enumerated() where character.character.asciiByte == UInt8(ascii: "\n") {
            lines.append(input[start...index])
            start = index + 1
        }
        if start < input.count { lines.append(input[start...]) }
        return lines
    }

    /// `[id]: https://...` link definitions are not text; numbered ones (`[1]: https://doi.org/...`) stay, as
    /// they make a reference list of links.
    private static func isLinkDefinition(_ line: String) -> Bool {
        guard line.hasPrefix("["), !line.hasPrefix("[^"), let close = line.firstIndex(of: "]") else { return false }
        let label = line[line.index(after: line.startIndex)..<close]
        if !label.isEmpty, label.allSatisfy(\.isASCIIDigit) { return false }
        let rest = line[line.index(after: close)...]
        guard rest.hasPrefix(":") else { return false }
        let target = rest.dropFirst().trimmingCharacters(in: .whitespacesAndNewlines)
        guard let token = target.split(separator: " ").first else { return true }
        return token.contains("/") || token.contains(".") || token.hasPrefix("<") || token.hasPrefix("#")
    }

    /// Drops heading hashes and blockquote markers; list markers stay (they delimit blocks).
    private static func stripBlockPrefix(_ line: ArraySlice<LocatedCharacter>) -> (ArraySlice<LocatedCharacter>, Bool) {
        var index = line.startIndex
        while index < line.endIndex, line[index].character == " " { index += 1 }
        var quoteEnd = index
        while quoteEnd < line.endIndex, line[quoteEnd].character == ">" {
            quoteEnd += 1
            while quoteEnd < line.endIndex, line[quoteEnd].character == " " { quoteEnd += 1 }
        }
        index = quoteEnd
        var hashes = index
        while hashes < line.endIndex, line[hashes].character == "#" { hashes += 1 }
        let count = hashes - index
        if count >= 1, count <= 6, hashes == line.endIndex || line[hashes].character == " " || line[hashes].character == "\n" {
            var body = hashes
            while body < line.endIndex, line[body].character == " " { body += 1 }
            // A closing run of hashes is syntax too.
            var end = line.endIndex
            if end > body, line[end - 1].character == "\n" { end -= 1 }
            var trailing = end
            while trailing > body, line[trailing - 1].character == "#" || line[trailing - 1].character == " " { trailing -= 1 }
            let kept = Array(line[body..<trailing]) + Array(line[end..<line.endIndex])
            return (ArraySlice(kept), true)
        }
        return (line[index...], false)
    }

    /// Removes emphasis markers, code backticks, escapes and link targets within one line.
    private static func stripInline(_ line: ArraySlice<LocatedCharacter>) -> [LocatedCharacter] {
        let characters = Array(line)
        var output: [LocatedCharacter] = []
        var index = 0
        let isLineStart = { (position: Int) in characters[..<position].allSatisfy { $0.character == " " } }
        while index < characters.count {
            let character = characters[index].character
            let next = index + 1 < characters.count ? characters[index + 1].character : nil
            switch character {
            case "\\" where next.map(Self.isEscapable) ?? false:
                output.append(characters[index + 1])
                index += 2
                continue
            case "`":
                index += 1
                continue
            case "*", "_":
                // `* item` at the start of a line is a list marker, `snake_case` is a word.
                if character == "*", next == " ", isLineStart(index) { break }
                let previous = index > 0 ? characters[index - 1].character : nil
                if character == "_", let previous, let next, Self.isWordCharacter(previous), Self.isWordCharacter(next) { break }
                // Emphasis hugs text on one side; a lone `*` between spaces is text.
                let opensText = next.map { !$0.isFastWhitespace } ?? false
                let closesText = previous.map { !$0.isFastWhitespace } ?? false
                if !opensText && !closesText { break }
                index += 1
                continue
            case "!" where next == "[":
                index += 1
                continue
            case "^" where index == 0 || characters[index - 1].character != "[":
                // Pandoc superscript `^1,2^`: the text between the carets is superscript.
                if let close = Self.superscriptEnd(in: characters, from: index + 1) {
                    for var inner in characters[(index + 1)..<close] {
                        inner.superscript = true
                        output.append(inner)
                    }
                    index = close + 1
                    continue
                }
            case "]" where next == "(":
                if let close = Self.closingParenthesis(in: characters, from: index + 1) {
                    // The link text was already kept; drop its brackets and the target, except around a
                    // citation number linked to its entry (`[1](#ref1)`), which stays a bracket marker.
                    if let open = output.lastIndex(where: { $0.character == "[" }) {
                        let label = output[(open + 1)...].map(\.character)
                        let isCitation = !label.isEmpty && label.allSatisfy { $0.isFastNumber || ",;-– ".contains($0) }
                        if isCitation {
                            output.append(characters[index])
                        } else {
                            output.remove(at: open)
                        }
                        index = close + 1
                        continue
                    }
                }
            case "<" where next == "h" || next == "m":
                // Autolinks `<https://...>` keep their URL as text.
                let rest = String(characters[(index + 1)...].prefix(8).map(\.character))
                if rest.hasPrefix("http") || rest.hasPrefix("mailto:"),
                   let close = characters[(index + 1)...].firstIndex(where: { $0.character == ">" }) {
                    output.append(contentsOf: characters[(index + 1)..<close])
                    index = close + 1
                    continue
                }
            default:
                break
            }
            output.append(characters[index])
            index += 1
        }
        return output
    }

    /// The index of the caret closing a Pandoc superscript of citation characters, if there is one.
    private static func superscriptEnd(in characters: [LocatedCharacter], from start: Int) -> Int? {
        var index = start
        while index < characters.count {
            let character = characters[index].character
            if character == "^" { return index > start ? index : nil }
            guard character.isFastNumber || ",-–".contains(character) else { return nil }
            index += 1
        }
        return nil
    }

    private static func closingParenthesis(in characters: [LocatedCharacter], from open: Int) -> Int? {
        var depth = 0
        var index = open
        while index < characters.count {
            switch characters[index].character {
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return index }
            case " " where depth == 1:
                // A title may follow the URL; anything else with a space is prose in parentheses.
                let rest = characters[(index + 1)...].first?.character
                if rest != "\"" && rest != "'" && rest != "(" { return nil }
            case "\n": return nil
            default: break
            }
            index += 1
        }
        return nil
    }

    private static func isEscapable(_ character: Character) -> Bool {
        "\\`*_{}[]()#+-.!<>|~^".contains(character)
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isFastLetter || character.isFastNumber
    }
}
