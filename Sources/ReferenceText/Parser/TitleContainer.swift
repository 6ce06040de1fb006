extension ParseState {
    static let quoteOpen: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{201E}", "\u{00AB}"]
    static let quoteClose: Set<Unicode.Scalar> = ["\"", "\u{201D}", "\u{00BB}"]
    static let lowercaseJournalWords: Set<String> = ["of", "and", "the", "in", "for", "on", "de", "der", "und", "la", "&"]

    /// Sentence boundaries inside `range`: indices of `.`, `?` or `!` followed by a space.
    func boundaries(_ range: Range<Int>) -> [Int] {
        var out: [Int] = []
        var i = range.lowerBound
        while i < range.upperBound - 1 {
            let u = text[i]
            if (u == "." || u == "?" || u == "!") && text[i + 1] == " " {
                out.append(i)
            }
            i += 1
        }
        return out
    }

    /// Whether `range` looks like part of a dotted journal abbreviation (`J`, `Biol`, `Heart Circ`).
    func isAbbreviationSegment(_ range: Range<Int>) -> Bool {
        var words = 0
        var i = range.lowerBound
        while i < range.upperBound {
            while i < range.upperBound, text[i] == " " { i += 1 }
            guard i < range.upperBound else { break }
            var e = i
            while e < range.upperBound, text[e] != " " { e += 1 }
            words += 1
            let w = text.string(i..<e)
            if words > 2 || w.count > 10 { return false }
            if !text[i].isUpper && !ParseState.lowercaseJournalWords.contains(w) { return false }
            if w.unicodeScalars.contains(where: { !$0.isLetter && $0 != "." && $0 != "-" && $0 != "&" }) { return false }
            i = e
        }
        return words >= 1
    }

    /// Splits `range` (after the authors, before the date or volume) into title and container.
    /// Returns whether a period closed the container (for the missing-period check).
    @discardableResult
    mutating func readTitleAndContainer(_ range: Range<Int>) -> (containerFound: Bool, periodAfterContainer: Bool) {
        var r = trimmed(range, trailing: [",", ";", ":", " "])
        guard !r.isEmpty else { return (false, false) }
        let periodAfter = text[r.upperBound - 1] == "."
        r = trimmed(r)
        guard !r.isEmpty else { return (false, periodAfter) }
        // A quoted title: `"Title." Journal`
        if ParseState.quoteOpen.contains(text[r.lowerBound]) {
            var q = r.lowerBound + 1
            while q < r.upperBound, !ParseState.quoteClose.contains(text[q]) { q += 1 }
            if q < r.upperBound {
                let title = trimmed((r.lowerBound + 1)..<q, trailing: [".", ",", " "])
                setTitle(title)
                let container = trimmed((q + 1)..<r.upperBound)
                if !container.isEmpty { set("container-title", text.string(container), range: container) }
                return (!container.isEmpty, periodAfter)
            }
        }
        let bs = boundaries(r)
        guard let last = bs.last else {
            setTitle(r)
            return (false, periodAfter)
        }
        // Segments between boundaries; the container is the last one, extended backwards over dotted
        // abbreviation parts when the container itself is abbreviated with periods.
        var starts = [r.lowerBound]
        for b in bs { starts.append(b + 2) }
        var containerStartIndex = starts.count - 1
        let lastSegment = starts[containerStartIndex]..<r.upperBound
        if isAbbreviationSegment(lastSegment) || periodAfter && lastSegment.count <= 12 {
            while containerStartIndex > 1 {
                let seg = starts[containerStartIndex - 1]..<(starts[containerStartIndex] - 2)
                guard text[starts[containerStartIndex] - 2] == ".", isAbbreviationSegment(seg) else { break }
                containerStartIndex -= 1
            }
        }
        _ = last
        let cStart = starts[containerStartIndex]
        let containerRange = trimmed(cStart..<r.upperBound)
        let titleRange = trimmed(r.lowerBound..<(cStart - 1), trailing: [".", " "])
        setTitle(titleRange)
        if !containerRange.isEmpty {
            set("container-title", text.string(containerRange), range: containerRange)
        }
        return (!containerRange.isEmpty, periodAfter)
    }

    /// Sets the title from `range`: quotes around it removed, trailing period dropped, `?`/`!` kept.
    mutating func setTitle(_ range: Range<Int>) {
        var r = trimmed(range, trailing: [".", ",", ";", ":", " "])
        if r.count >= 2, ParseState.quoteOpen.contains(text[r.lowerBound]), ParseState.quoteClose.contains(text[r.upperBound - 1]) {
            r = trimmed((r.lowerBound + 1)..<(r.upperBound - 1))
        }
        guard !r.isEmpty else { return }
        set("title", text.string(r), range: r)
    }
}
