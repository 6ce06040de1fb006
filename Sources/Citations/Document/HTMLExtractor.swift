import Bibliography

/// Reduces HTML (or the inline HTML of Markdown) to located text: entities decoded, tags removed, block
/// elements turned into blank lines, `<ol>` items numbered, `<sup>` text flagged.
struct HTMLExtractor {
    /// HTML collapses runs of whitespace into one space; Markdown keeps its line structure.
    var collapsesWhitespace: Bool

    /// An `<ol start>` or `<li value>` number; absurd values (which would overflow counting) are ignored.
    static func listNumber(_ text: String) -> Int? {
        Int(text.trimmingCharacters(in: .whitespaces)).flatMap { (-100_000...100_000).contains($0) ? $0 : nil }
    }

    private static let blockElements: Set<String> = [
        "p", "div", "section", "article", "header", "footer", "main", "nav", "aside", "blockquote",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody",
        "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "form", "fieldset", "address",
        "hr", "pre", "body", "html", "details", "summary", "hgroup", "menu",
    ]
    /// Elements whose content is not page text.
    private static let skippedElements: Set<String> = [
        "script", "style", "title", "template", "noscript", "svg", "math", "head", "select", "button", "textarea",
    ]

    func extract(_ input: [LocatedCharacter]) -> [LocatedCharacter] {
        var output = HTMLTextOutput(collapsesWhitespace: collapsesWhitespace)
        output.characters.reserveCapacity(input.count)
        var lists: [ListContext] = []
        var superscriptDepth = 0
        var preformattedDepth = 0
        var index = 0
        while index < input.count {
            let current = input[index]
            let ascii = current.character.asciiByte
            if ascii == UInt8(ascii: "<"), let tag = Tag.parse(input, at: index) {
                if tag.isDeclaration {
                    index = tag.end
                    continue
                }
                if !tag.isClosing, Self.skippedElements.contains(tag.name), !tag.isSelfClosing {
                    index = Self.endOfElement(named: tag.name, in: input, from: tag.end)
                    continue
                }
                switch tag.name {
                case "sup":
                    superscriptDepth = max(0, superscriptDepth + (tag.isClosing ? -1 : 1))
                case "br":
                    output.lineBreak(at: current.location)
                case "pre":
                    preformattedDepth = max(0, preformattedDepth + (tag.isClosing ? -1 : 1))
                    output.paragraphBreak(at: current.location)
                case "ol", "ul":
                    output.paragraphBreak(at: current.location)
                    if tag.isClosing {
                        _ = lists.popLast()
                    } else {
                        let start = tag.attributes["start"].flatMap(Self.listNumber) ?? 1
                        lists.append(ListContext(ordered: tag.name == "ol", next: start))
                    }
                case "li":
                    output.paragraphBreak(at: current.location)
                    if !tag.isClosing, let last = lists.indices.last, lists[last].ordered {
                        if let value = tag.attributes["value"].flatMap(Self.listNumber) { lists[last].next = value }
                        output.appendSynthetic("\(lists[last].next). ", at: current.location)
                        lists[last].next += 1
                    }
                default:
                    if Self.blockElements.contains(tag.name) { output.paragraphBreak(at: current.location) }
                }
                index = tag.end
                continue
            }
            var character = current
            var next = index + 1
            if ascii == UInt8(ascii: "&"), let (decoded, end) = Self.entity(in: input, at: index) {
                character.character = decoded
                next = end
            }
            character.superscript = character.superscript || superscriptDepth > 0
            output.append(character, preformatted: preformattedDepth > 0)
            index = next
        }
        return output.finish()
    }

    /// The decoded character of the reference at `index` and the index after its `;`.
    private static func entity(in input: [LocatedCharacter], at index: Int) -> (Character, Int)? {
        var body = ""
        var cursor = index + 1
        while cursor < input.count, cursor - index <= HTMLEntities.maximumLength {
            let character = input[cursor].character
            if character == ";" {
                guard let decoded = HTMLEntities.decode(body) else { return nil }
                return (decoded, cursor + 1)
            }
            guard character.isFastLetter || character.isFastNumber || character == "#" else { return nil }
            body.append(character)
            cursor += 1
        }
        return nil
    }

    /// The index after the closing tag of a skipped element (or the end of the input when it is not closed).
    private static func endOfElement(named name: String, in input: [LocatedCharacter], from start: Int) -> Int {
        var index = start
        while index < input.count {
            if input[index].character == "<", let tag = Tag.parse(input, at: index), tag.isClosing, tag.name == name {
                return tag.end
            }
            index += 1
        }
        return input.count
    }
}
