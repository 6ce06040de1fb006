import Bibliography

/// Finds the numbered reference list of a page: a run of lines labelled 1, 2, 3, … in one style (`1. `,
/// `[1] `, `[^1]: `, `¹ `, or the items of an HTML `<ol>`), whose entries read like references (a year, `et al.`,
/// a DOI or a link). Entries that wrap over several lines are joined with one space. When several runs
/// qualify, the one with the most reference-like entries wins, and the later one on a tie (reference lists
/// come last).
struct ReferenceListLocator {
    let characters: [LocatedCharacter]
    let text: [Character]
    /// Markdown authors often number every item `1.` and let the renderer count.
    let allowsRepeatedOne: Bool

    init(document: Document) {
        characters = document.characters
        text = document.textCharacters
        allowsRepeatedOne = document.format == .markdown
    }

    func locate() -> ReferenceList? {
        let lines = TextLine.lines(of: text)
        let superscript = characters.map(\.superscript)
        let labels = lines.map { line in
            ListLabel.read(text, at: line.contentStart(in: text), lineEnd: line.range.upperBound, superscript: superscript)
        }
        var best: (list: ReferenceList, score: Int)?
        for (index, label) in labels.enumerated() {
            guard let label, label.number == 1 else { continue }
            let list = run(startingAt: index, label: label, lines: lines, labels: labels)
            let score = list.entries.count { Self.looksLikeReference($0.text) }
            guard score >= 1, score * 2 >= list.entries.count else { continue }
            if let current = best, current.score > score { continue }
            best = (list, score)
        }
        return best?.list
    }

    /// The entries of the run that starts with `label` on line `first`.
    private func run(startingAt first: Int, label: ListLabel, lines: [TextLine], labels: [ListLabel?]) -> ReferenceList {
        var entries: [ReferenceEntry] = []
        var current = (label: label, parts: [label.textStart..<lines[first].range.upperBound])
        var lastLine = first
        var sawBlank = false
        var repeatedOne = true
        var index = first + 1
        func closeEntry() {
            var (joined, locations) = joinedText(current.parts)
            // A back-link arrow before the entry (`^ Doe J...`, `↑ Doe J...`) is navigation, not reference text.
            while let first = joined.first, Self.backLinks.contains(first), joined.dropFirst().first == " " {
                joined.removeFirst(2)
                locations.removeFirst(2)
            }
            let number = repeatedOne && allowsRepeatedOne ? entries.count + 1 : current.label.number
            entries.append(ReferenceEntry(
                number: number, text: String(joined), location: characters[current.label.start].location,
                textLocations: locations))
        }
        while index < lines.count {
            let line = lines[index]
            if let next = labels[index], next.style == label.style {
                let expected = current.label.number + 1
                let isRepeatedOne = allowsRepeatedOne && repeatedOne && next.number == 1
                guard next.number == expected || isRepeatedOne else { break }
                if next.number != 1 { repeatedOne = false }
                closeEntry()
                current = (next, [next.textStart..<line.range.upperBound])
                lastLine = index
                sawBlank = false
            } else if line.isBlank(in: text) {
                sawBlank = true
            } else if !sawBlank || (label.style == .footnote && isIndented(line)) {
                // A wrapped line of the current entry (footnote definitions continue on indented lines).
                current.parts.append(line.range)
                lastLine = index
                sawBlank = false
            } else {
                break
            }
            index += 1
        }
        closeEntry()
        let start = label.start
        return ReferenceList(entries: entries, range: start..<lines[lastLine].range.upperBound, location: characters[start].location)
    }

    /// The lines of an entry, each trimmed, joined with one space, with each character's source location.
    private func joinedText(_ parts: [Range<Int>]) -> (text: [Character], locations: [SourceLocation]) {
        var joined: [Character] = []
        var locations: [SourceLocation] = []
        for part in parts {
            var lower = part.lowerBound, upper = part.upperBound
            while lower < upper, text[lower].isFastWhitespace { lower += 1 }
            while upper > lower, text[upper - 1].isFastWhitespace { upper -= 1 }
            guard lower < upper else { continue }
            if let last = locations.last {
                joined.append(" ")
                locations.append(last)
            }
            joined.append(contentsOf: text[lower..<upper])
            locations.append(contentsOf: characters[lower..<upper].map(\.location))
        }
        return (joined, locations)
    }

    private func isIndented(_ line: TextLine) -> Bool {
        guard let first = line.range.first else { return false }
        return text[first] == " " || text[first] == "\t"
    }

    private static let backLinks: Set<Character> = ["^", "↑", "⇧", "↩"]

    /// A year, `et al`, a DOI or a link: what distinguishes a reference from a numbered step.
    static func looksLikeReference(_ entry: String) -> Bool {
        if entry.containsIgnoringASCIICase("et al") || entry.containsIgnoringASCIICase("doi")
            || entry.containsIgnoringASCIICase("http") || entry.containsIgnoringASCIICase("pmid") {
            return true
        }
        return containsYear(entry)
    }

    private static func containsYear(_ entry: String) -> Bool {
        let characters = Array(entry)
        var index = 0
        while index < characters.count {
            guard characters[index].isASCIIDigit else {
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end].isASCIIDigit { end += 1 }
            if end - index == 4, let year = Int(String(characters[index..<end])), (1500...2099).contains(year) { return true }
            index = end
        }
        return false
    }
}
