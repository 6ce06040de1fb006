extension ParseState {
    /// Sentence ends (`. ` and the like) in `range`, leaving out periods after initials (`Alfred A. Knopf`).
    func sentenceBreaks(_ range: Range<Int>) -> [Int] {
        boundaries(range).filter { b in !(text[b] == "." && text.at(b - 1).isUpper && !text.at(b - 2).isLetter) }
    }

    /// `256 pp`, `425 p`, `p. 720`, `pp. 601-1374`: a book's extent, the last sentence of author–year
    /// book entries (PLOS, Harvard), after the imprint.
    func isExtent(_ r: Range<Int>) -> Bool {
        let s = text.lowercasedASCII(r).filter { $0 != " " }
        guard !s.isEmpty else { return false }
        var body = Substring(s)
        if body.hasPrefix("pp.") { body = body.dropFirst(3) } else if body.hasPrefix("p.") { body = body.dropFirst(2) }
        else if body.hasSuffix("pp") { body = body.dropLast(2) } else if body.hasSuffix("p") { body = body.dropLast(1) }
        else { return false }
        guard let first = body.first, first.isNumber else { return false }
        return body.allSatisfy { $0.isNumber || $0 == "-" || $0 == "–" }
    }

    /// Whether the sentence starting at `i` is only a year (`2004.` in `Title. 2004. Proc ...`): a title
    /// never holds such a sentence, so the title ends before it.
    func isBareYearSentence(_ i: Int) -> Bool {
        guard let y = DateWords.year(in: text, at: i) else { return false }
        let after = text.at(y.end)
        return y.end >= text.count || after == "." || after == ";" || after == ","
    }

    /// A short name sentence (`Armed with Science`, `Texere Publishing`, `Nature Precedings`): capitalised,
    /// at most six words, no digits and no colon. In `Title. Site. Year.` it is the site or publisher.
    func isShortNameSentence(_ r: Range<Int>) -> Bool {
        guard !r.isEmpty, text[r.lowerBound].isUpper, !startsWithVenueCue(r.lowerBound) else { return false }
        guard !r.contains(where: { text[$0].isDigit || text[$0] == ":" || text[$0] == "[" }) else { return false }
        return r.filter { text[$0] == " " }.count < 6
    }
}

import Bibliography

extension ParseState {
    /// Removes a trailing volume statement of a book (`, volume 1`, `. vol. 3`, `, Vol 2`) from `range`,
    /// recording the volume. Returns the new end. A volume with its own title (`Volume 1: Introduction`)
    /// is part of the title and stays.
    mutating func stripBookVolume(_ range: Range<Int>) -> Int {
        let r = trimmed(range)
        var k = r.upperBound
        while k > r.lowerBound, text[k - 1].isDigit { k -= 1 }
        guard k < r.upperBound, r.upperBound - k <= 4, k > r.lowerBound, text[k - 1] == " " else { return range.upperBound }
        let number = k..<r.upperBound
        var m = k - 1
        while m > r.lowerBound, text[m - 1] != " " { m -= 1 }
        let label = text.lowercasedASCII(m..<(k - 1))
        guard ["volume", "vol.", "vol"].contains(label), m >= r.lowerBound + 2 else { return range.upperBound }
        let sep = text[m - 2]
        guard text[m - 1] == " ", sep == "," || sep == "." else { return range.upperBound }
        if item.volume == nil { set("volume", text.string(number), range: number) }
        return m - 2
    }

    /// `Morgan Kaufmann, second edition`, `North Holland, Amsterdam`, `R Foundation for Statistical
    /// Computing, Vienna, Austria`: in an author–year book the last sentence written as comma-separated
    /// names (publisher, place, edition) is the imprint, though it names no publisher word.
    func isCommaImprint(_ r: Range<Int>) -> Bool {
        guard !r.isEmpty, text[r.lowerBound].isUpper, r.contains(where: { text[$0] == "," }) else { return false }
        guard !r.contains(where: { text[$0].isDigit || text[$0] == ":" || text[$0] == "(" || text[$0] == "?" }) else { return false }
        let pieces = splitTop(r, on: ",")
        // Each piece a name or an edition: capitalised, or an edition's ordinal word.
        return r.filter { text[$0] == " " }.count < 8
            && pieces.allSatisfy { p in text[p.lowerBound].isUpper || text.lowercasedASCII(p).hasSuffix("edition") }
    }
}
