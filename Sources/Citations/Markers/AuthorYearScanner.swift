import Bibliography

/// Finds author–year citations in the prose and links them to reference-list entries by first author's
/// surname and year: parenthetical (`(Smith et al. 2012)`, `(Smith and Jones, 2012; Lee 2013a, b)`) and
/// narrative (`Smith et al. (2012)`). A citation is read only where its author and year name an entry of
/// the list, and a parenthetical one only inside parentheses or brackets, so names and years in running
/// text (`in 2012 Smith showed`) are not markers.
struct AuthorYearScanner {
    let characters: [LocatedCharacter]
    let text: [Character]
    /// Text that is not prose (the reference list).
    let excluded: [Range<Int>]
    let index: AuthorYearIndex
    /// Ranges already read as numbered markers.
    let taken: [Range<Int>]

    /// One citation: the entries it names and the text it covers.
    struct Citation {
        var range: Range<Int>
        /// The citation as written, author included (`Smith et al. (2012)`).
        var raw: Range<Int>
        var numbers: [Int]
        var narrative: Bool
    }

    init(document: Document, excluded: [Range<Int>], index: AuthorYearIndex, taken: [Range<Int>]) {
        characters = document.characters
        text = document.textCharacters
        self.excluded = excluded
        self.index = index
        self.taken = taken
    }

    func scan() -> [LocatedMarker] {
        guard !index.isEmpty else { return [] }
        var citations: [Citation] = []
        var blocked = (excluded + taken).sorted { $0.lowerBound < $1.lowerBound }[...]
        var position = 0
        while position < text.count {
            if let range = blocked.first, position >= range.lowerBound {
                if position < range.upperBound { position = range.upperBound }
                blocked = blocked.dropFirst()
                continue
            }
            guard isWordStart(position), let citation = citation(at: position) else {
                position += 1
                continue
            }
            if let next = blocked.first, next.lowerBound < citation.range.upperBound {
                position += 1
                continue
            }
            // `Maury, 1917 [40]`: a name and year labelling a numbered marker are not a second citation.
            if let next = blocked.first, next.lowerBound == skipSpaces(from: citation.raw.upperBound) {
                position = citation.raw.upperBound
                continue
            }
            citations.append(citation)
            position = max(citation.range.upperBound, citation.raw.upperBound)
        }
        return grouped(citations).map(marker)
    }

    /// Four-digit numbers 1500–2099 standing alone in the prose: at most this many author–year citations.
    static func yearCount(in text: [Character], excluding excluded: [Range<Int>]) -> Int {
        var count = 0
        var index = 0
        while index + 4 <= text.count {
            guard text[index].isASCIIDigit else {
                index += 1
                continue
            }
            var end = index
            while end < text.count, text[end].isASCIIDigit { end += 1 }
            if end - index == 4, index == 0 || !text[index - 1].isFastLetter, "12".contains(text[index]),
               !excluded.contains(where: { $0.contains(index) }) {
                count += 1
            }
            index = end
        }
        return count
    }

    private func isWordStart(_ position: Int) -> Bool {
        let character = text[position]
        guard character.isFastLetter else { return false }
        guard position > 0 else { return true }
        let previous = text[position - 1]
        return !previous.isFastLetter && !previous.isFastNumber && previous != "'" && previous != "’" && previous != "-"
    }

    /// The end of a name word: letters with inner apostrophes and hyphens (`O'Brien`, `Rose-John`).
    private func wordEnd(from start: Int) -> Int {
        var end = start
        while end < text.count {
            let character = text[end]
            if character.isFastLetter {
                end += 1
            } else if "'’-".contains(character), end > start, end + 1 < text.count, text[end + 1].isFastLetter {
                end += 1
            } else {
                break
            }
        }
        return end
    }

    private func isNameWord(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        if text[range.lowerBound].isFastUppercase { return true }
        return AuthorYearIndex.particles.contains(Self.fold(text[range]))
    }

    /// Up to five name words separated by single spaces (`van der Meulen`, `World Health Organization`).
    private func nameWords(from start: Int) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var cursor = start
        while words.count < 5 {
            let end = wordEnd(from: cursor)
            guard isNameWord(cursor..<end) else { break }
            words.append(cursor..<end)
            guard end + 1 < text.count, text[end] == " " || text[end] == "\u{A0}", text[end + 1].isFastLetter else { break }
            cursor = end + 1
        }
        return words
    }

    private func citation(at start: Int) -> Citation? {
        let firstEnd = wordEnd(from: start)
        guard firstEnd > start else { return nil }
        if let head = Self.asciiHead(text[start..<firstEnd]), !index.firstWordHeads.contains(head) { return nil }
        guard index.firstWords.contains(Self.fold(text[start..<firstEnd])) else { return nil }
        let words = nameWords(from: start)
        guard !words.isEmpty else { return nil }
        // The longest run of words that is a surname of the list.
        var surname: String?
        var cursor = start
        for count in stride(from: words.count, through: 1, by: -1) {
            let key = Self.fold(text[start..<words[count - 1].upperBound])
            if index.hasSurname(key) {
                surname = key
                cursor = words[count - 1].upperBound
                break
            }
        }
        guard let surname else { return nil }
        let second: String?
        let authors: Int
        (second, authors, cursor) = coauthors(after: cursor)
        let nameEnd = cursor
        cursor = skipSpaces(from: cursor)
        var narrative = false
        var open = cursor
        if cursor < text.count, text[cursor] == ",", cursor == nameEnd {
            cursor = skipSpaces(from: cursor + 1)
        } else if cursor < text.count, text[cursor] == "(" || text[cursor] == "[", cursor > nameEnd {
            narrative = true
            open = cursor
            cursor = skipSpaces(from: cursor + 1)
        }
        guard cursor > nameEnd else { return nil }
        let (years, yearsEnd) = yearList(from: cursor)
        guard !years.isEmpty else { return nil }
        var numbers: [Int] = []
        for (year, suffix) in years {
            if let number = index.number(surname: surname, second: second, authors: authors, year: year, suffix: suffix),
               !numbers.contains(number) {
                numbers.append(number)
            }
        }
        guard !numbers.isEmpty else { return nil }
        if narrative {
            let close = skipSpaces(from: yearsEnd)
            let end = close < text.count && ")]".contains(text[close]) ? close + 1 : yearsEnd
            return Citation(range: open..<end, raw: start..<end, numbers: numbers, narrative: true)
        }
        guard isInsideParentheses(start) else { return nil }
        return Citation(range: start..<yearsEnd, raw: start..<yearsEnd, numbers: numbers, narrative: false)
    }

    /// `et al.`, `and Jones`, `& Jones`, `, Jones, and Lee`: the second author's folded surname when
    /// named, how many authors the citation implies (1, 2, or 3 for three or more), and where the
    /// author part ends.
    private func coauthors(after nameEnd: Int) -> (String?, Int, Int) {
        var cursor = skipSpaces(from: nameEnd)
        guard cursor > nameEnd || (cursor < text.count && text[cursor] == ",") else { return (nil, 1, nameEnd) }
        if matches("et al", at: cursor) {
            cursor += 5
            if cursor < text.count, text[cursor] == "." { cursor += 1 }
            return (nil, 3, cursor)
        }
        var listed = false
        if cursor < text.count, text[cursor] == "," {
            // APA with three or more authors: `Smith, Jones, and Lee`.
            listed = true
            cursor = skipSpaces(from: cursor + 1)
            guard cursor < text.count, text[cursor].isFastUppercase else { return (nil, 1, nameEnd) }
        } else if matches("and ", at: cursor) {
            cursor = skipSpaces(from: cursor + 4)
        } else if cursor < text.count, text[cursor] == "&" {
            cursor = skipSpaces(from: cursor + 1)
        } else {
            return (nil, 1, nameEnd)
        }
        let words = nameWords(from: cursor)
        guard let last = words.last else { return (nil, 1, nameEnd) }
        let second = Self.fold(text[cursor..<last.upperBound])
        var end = last.upperBound
        let after = skipSpaces(from: end)
        var authors = 2
        if matches("et al", at: after) {
            end = after + 5
            if end < text.count, text[end] == "." { end += 1 }
            authors = 3
        } else if listed {
            authors = 3
            // The list must close with `and` or `&` and a last author, or it was no author list.
            var cursor = after
            while cursor < text.count, text[cursor] == "," || text[cursor] == " " { cursor += 1 }
            if matches("and ", at: cursor) {
                cursor += 4
            } else if cursor < text.count, text[cursor] == "&" {
                cursor += 1
            } else {
                return (nil, 1, nameEnd)
            }
            cursor = skipSpaces(from: cursor)
            guard let final = nameWords(from: cursor).last else { return (nil, 1, nameEnd) }
            end = final.upperBound
        }
        return (second, authors, end)
    }

    /// `2012`, `2012a`, `2012a, b`, `2001, 2003`: years with suffix letters, and where the list ends.
    private func yearList(from start: Int) -> ([(Int, Character?)], Int) {
        var years: [(Int, Character?)] = []
        var cursor = start
        while let (year, end) = year(at: cursor) {
            var suffix: Character?
            var next = end
            if isSuffixLetter(at: end) {
                suffix = text[end]
                next = end + 1
            }
            years.append((year, suffix))
            cursor = next
            // Further suffix letters of the same year (`2012a, b`).
            while cursor + 2 < text.count, text[cursor] == ",", text[cursor + 1] == " ", isSuffixLetter(at: cursor + 2) {
                years.append((year, text[cursor + 2]))
                cursor += 3
            }
            guard cursor + 1 < text.count, text[cursor] == ",", text[cursor + 1] == " " || text[cursor + 1].isASCIIDigit else { break }
            let following = skipSpaces(from: cursor + 1)
            guard self.year(at: following) != nil else { break }
            cursor = following
        }
        return (years, cursor)
    }

    /// A four-digit year 1500–2099 standing alone at `start`.
    private func year(at start: Int) -> (Int, Int)? {
        guard start + 4 <= text.count else { return nil }
        var value = 0
        for offset in 0..<4 {
            guard let digit = text[start + offset].wholeNumberValue, text[start + offset].isASCIIDigit else { return nil }
            value = value * 10 + digit
        }
        let end = start + 4
        guard (1500...2099).contains(value), end == text.count || !text[end].isFastNumber else { return nil }
        guard end == text.count || !text[end].isFastLetter || isSuffixLetter(at: end) else { return nil }
        return (value, end)
    }

    /// One lowercase letter closing a year (`2012a`) or standing for one (`2012a, b`).
    private func isSuffixLetter(at position: Int) -> Bool {
        guard position < text.count, text[position].isFastLowercase, text[position].asciiByte != nil else { return false }
        let next = position + 1
        return next == text.count || !text[next].isFastLetter && !text[next].isFastNumber && text[next] != "."
    }

    /// Whether an opening parenthesis or bracket before `position` is still open (in the same line).
    private func isInsideParentheses(_ position: Int) -> Bool {
        var cursor = position - 1
        let limit = max(0, position - 400)
        while cursor >= limit {
            let character = text[cursor]
            if character == "(" || character == "[" { return true }
            if character == ")" || character == "]" || character == "\n" { return false }
            cursor -= 1
        }
        return false
    }

    /// Citations written one after another in one parenthesis (`Lee 2001; Urban and Freeman 2003`) are
    /// one marker, as a bracketed number list is; the marker takes the parentheses when it fills them.
    private func grouped(_ citations: [Citation]) -> [Citation] {
        var groups: [Citation] = []
        for citation in citations {
            if var last = groups.last, !last.narrative, !citation.narrative,
               text[last.range.upperBound..<citation.range.lowerBound].allSatisfy({ ";, ".contains($0) }) {
                last.range = last.range.lowerBound..<citation.range.upperBound
                last.raw = last.raw.lowerBound..<citation.raw.upperBound
                for number in citation.numbers where !last.numbers.contains(number) { last.numbers.append(number) }
                groups[groups.count - 1] = last
            } else {
                groups.append(citation)
            }
        }
        return groups.map { group in
            var group = group
            let (start, end) = (group.range.lowerBound, group.range.upperBound)
            if !group.narrative, start > 0, end < text.count, "([".contains(text[start - 1]), ")]".contains(text[end]) {
                group.range = (start - 1)..<(end + 1)
            }
            return group
        }
    }

    private func marker(_ citation: Citation) -> LocatedMarker {
        let marker = Marker(
            raw: String(text[citation.raw]), numbers: citation.numbers, kind: .authorYear,
            location: characters[citation.range.lowerBound].location)
        return LocatedMarker(marker: marker, range: citation.range)
    }

    private func matches(_ word: String, at position: Int) -> Bool {
        var cursor = position
        for character in word {
            guard cursor < text.count, text[cursor] == character else { return false }
            cursor += 1
        }
        return true
    }

    private func skipSpaces(from position: Int) -> Int {
        var cursor = position
        while cursor < text.count, MarkerScanner.isInlineSpace(text[cursor]) { cursor += 1 }
        return cursor
    }

    /// `AuthorYearIndex.head` of an ASCII word's fold (its first two letters, lowercased), computed
    /// without building the string; `nil` for a word with non-ASCII characters.
    static func asciiHead(_ characters: ArraySlice<Character>) -> UInt16? {
        var first: UInt8 = 0, second: UInt8 = 0
        for character in characters {
            guard var byte = character.asciiByte else { return nil }
            guard character.isFastLetter, second == 0 else { continue }
            if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { byte += 0x20 }
            if first == 0 { first = byte } else { second = byte }
        }
        return UInt16(first) << 8 | UInt16(second)
    }

    /// `AuthorYearIndex.fold` with an ASCII fast path: most names on most pages are ASCII.
    static func fold(_ characters: ArraySlice<Character>) -> String {
        if characters.allSatisfy({ $0.asciiByte != nil }) {
            return String(characters.filter(\.isFastLetter)).lowercased()
        }
        return AuthorYearIndex.fold(String(characters))
    }
}
