extension ParseState {
    static let quoteOpen: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{201E}", "\u{00AB}", "'", "\u{2018}"]
    static let quoteClose: Set<Unicode.Scalar> = ["\"", "\u{201D}", "\u{00BB}", "'", "\u{2019}"]
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
        let words = spaceSeparatedWords(range)
        // `N Y Acad`: three short words.
        guard (1...2).contains(words.count) || words.count == 3 && words.allSatisfy({ $0.count <= 5 }) else { return false }
        return words.allSatisfy { word in
            // Long words only when abbreviated (`Electroencephalogr`) or opening journal titles (`Prostaglandins`).
            (word.count <= 10 || isLongAbbreviation(word))
                && (text[word.lowerBound].isUpper || isConnector(word))
                && !word.contains(where: { let u = text[$0]; return !u.isLetter && u != "." && u != "-" && u != "&" })
        }
    }

    /// A long word that abbreviates (`Electroencephalogr`, `Neurophysiol`) or opens journal titles
    /// (`Prostaglandins`): not a dictionary word, and not ending the way whole words end
    /// (`Prolotherapy`, `Tuberculosis`).
    func isLongAbbreviation(_ word: Range<Int>) -> Bool {
        let w = text.string(word)
        if Lexicon.shared.journalWords.contains(w) { return true }
        guard Self.isJournalWord(w), let last = w.last, !"aeiouy".contains(last) else { return false }
        return !["sis", "tion", "ment", "ness", "ing", "ics", "ous", "ism", "ive", "ity", "ies", "ers", "al", "ed", "ts", "ns"]
            .contains { w.hasSuffix($0) }
    }

    /// A word that opens journal titles (`Lancet`, `Arch`) or is no dictionary word (`Ophthamol`).
    static func isJournalWord(_ w: String) -> Bool {
        let lexicon = Lexicon.shared
        return lexicon.journalWords.contains(w) || lexicon.words[w.lowercased()] == nil
    }

    /// The words of `range`, split at spaces.
    func spaceSeparatedWords(_ range: Range<Int>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var i = range.lowerBound
        while i < range.upperBound {
            while i < range.upperBound, text[i] == " " { i += 1 }
            guard i < range.upperBound else { break }
            var e = i
            while e < range.upperBound, text[e] != " " { e += 1 }
            words.append(i..<e)
            i = e
        }
        return words
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
            // The quotes hold the whole title (`"Title," Journal`, `"Title." Journal`) only when punctuation
            // closes it; `“Manifesto” for advancing ...` and `“Laminopathies”: a wide ...` quote a word of it.
            var inside = q - 1
            while inside > r.lowerBound, text[inside] == " " { inside -= 1 }
            if q < r.upperBound, ".,?!".unicodeScalars.contains(text[inside]) || text.at(q + 1) == "," || text.at(q + 1) == "." || q + 1 >= r.upperBound
                || text.at(q + 1) == " " && text.at(q + 2).isUpper {
                let title = trimmed((r.lowerBound + 1)..<q, trailing: [".", ",", " "])
                setTitle(title)
                // `'Title', Journal` (Harvard): the comma after the closing quote is no part of the journal.
                var after = q + 1
                while after < r.upperBound, text[after] == "," || text[after] == "." || text[after] == " " { after += 1 }
                let container = trimmed(after..<r.upperBound)
                if !container.isEmpty { set("container-title", text.string(container), range: container) }
                return (!container.isEmpty, periodAfter)
            }
        }
        let bs = boundaries(r)
        guard bs.last != nil else {
            if !isKnownJournal(r), let j = knownJournalSuffix(r) ?? journalSuffix(r) {
                setTitle(r.lowerBound..<j)
                reportMissingTitlePeriod(before: j)
                setContainer(trimmed(j..<r.upperBound))
                return (true, periodAfter)
            }
            setTitle(r)
            return (false, periodAfter)
        }
        // Segments between boundaries; the container is the last one, extended backwards over dotted
        // abbreviation parts when the container itself is abbreviated with periods.
        var starts = [r.lowerBound]
        for b in bs { starts.append(b + 2) }
        var containerStartIndex = starts.count - 1
        let lastSegment = starts[containerStartIndex]..<r.upperBound
        // Two-word parts (`Heart Circ.`) only join a container that is itself abbreviated; one-word parts
        // (`J.`, `Cereb.`) join any.
        let abbreviated = isAbbreviationSegment(lastSegment) || periodAfter && lastSegment.count <= 12
        while containerStartIndex > 1 {
            let seg = starts[containerStartIndex - 1]..<(starts[containerStartIndex] - 2)
            guard text[starts[containerStartIndex] - 2] == ".", isAbbreviationSegment(seg) else { break }
            if !abbreviated && seg.contains(where: { text[$0] == " " }) { break }
            containerStartIndex -= 1
        }
        // A known journal written with periods inside (`Philosophical transactions of the Royal Society of
        // London. Series B, Biological sciences`): the longest run of last sentences that is one.
        for k in 1..<(starts.count - 1) where k < containerStartIndex && isKnownJournal(starts[k]..<r.upperBound) {
            containerStartIndex = k
            break
        }
        // A known journal decides between the last sentence and the abbreviation parts before it:
        // `... protozoa. VIII. Chromosoma` keeps `Chromosoma`; `Biochim. Biophys. Acta` stays whole.
        if containerStartIndex < starts.count - 1, isKnownJournal(lastSegment),
            !isKnownJournal(starts[containerStartIndex]..<r.upperBound)
        {
            containerStartIndex = starts.count - 1
        }
        // `... intentions. Journal of Experimental Psychology. Learning, Memory, and Cognition, 24`: a
        // sentence that opens like a journal title starts the container, periods inside it or not.
        for k in 1..<starts.count where k < containerStartIndex && opensLikeJournal(starts[k]) {
            containerStartIndex = k
            break
        }
        // `Arch. Ophthamol. 2001;119:709-17`, `I. J. Thompson, ..., Phys. Rev. C 61`: nothing but abbreviated
        // words (journal openers or no dictionary words) after no authors, or after authors given first as
        // physics lists write them, is a journal cited without a title; `Aspirin. Lancet.` keeps its title.
        if containerStartIndex == 1, item.author.isEmpty && item.editor.isEmpty || authorsGivenFirst,
            (0..<starts.count).allSatisfy({ k in
                let seg = starts[k]..<(k + 1 < starts.count ? starts[k + 1] - 2 : r.upperBound)
                return isAbbreviationSegment(seg) && !seg.contains(where: { text[$0] == " " }) && Self.isJournalWord(text.string(seg))
            })
        {
            containerStartIndex = 0
        }
        var cStart = starts[containerStartIndex]
        // `... in Vietnam J Gen Virol 2000`: the period after the title is missing. A sentence that is a
        // known journal as a whole (`Heart rhythm: the official journal of the Heart Rhythm Society`)
        // keeps its words; else a known journal closing the sentence is cut off, else the word shapes decide.
        if containerStartIndex == starts.count - 1, !isKnownJournal(cStart..<r.upperBound),
            let j = knownJournalSuffix(cStart..<r.upperBound)
                ?? (looksLikeWholeJournal(cStart..<r.upperBound) ? nil : journalSuffix(cStart..<r.upperBound)),
            j > cStart, titleWordCount(cStart..<j) >= 2 {
            reportMissingTitlePeriod(before: j)
            cStart = j
        }
        let containerRange = trimmed(cStart..<r.upperBound)
        let titleRange = trimmed(r.lowerBound..<max(r.lowerBound, cStart - 1), trailing: [".", " "])
        setTitle(titleRange)
        if !containerRange.isEmpty { setContainer(containerRange) }
        return (!containerRange.isEmpty, periodAfter)
    }

    /// Where a journal title starts inside `range`, when `range` ends in a run of journal-like words
    /// (`Am J Hum Genet`, `Science`) after words of a sentence-case title (`... DNA hybridization`).
    /// `nil` when the whole range looks like a journal or holds no title words.
    /// A short capitalised segment (`ICES mar Sci Symp`, `Journal od Experimental Medicine`) is a journal
    /// title as a whole, even with one small word in it.
    func looksLikeWholeJournal(_ range: Range<Int>) -> Bool {
        let r = trimmed(range)
        guard !r.isEmpty, text[r.lowerBound].isUpper else { return false }
        let words = spaceSeparatedWords(r)
        let small = words.count { text[$0.lowerBound].isLower && !isConnector($0) }
        return words.count <= 5 && small <= 1
    }

    static let journalOpeners: Set<String> = [
        "Journal", "Proceedings", "Annals", "Archives", "Bulletin", "Transactions", "Zeitschrift", "Revue",
    ]

    /// Whether the sentence at `i` opens with `Journal`, `The Journal`, `Proceedings`, ... followed by `of`.
    func opensLikeJournal(_ i: Int) -> Bool {
        var j = i
        if text.matches("The ", at: j, caseInsensitive: false) { j += 4 }
        var e = j
        while e < text.count, text[e].isLetter { e += 1 }
        guard e > j, ParseState.journalOpeners.contains(text.string(j..<e)) else { return false }
        return text.matches(" of ", at: e, caseInsensitive: false) || text.matches(" für ", at: e, caseInsensitive: false)
    }

    /// `of`, `and`, `the`... : small words inside journal titles.
    func isConnector(_ w: Range<Int>) -> Bool {
        w.count <= 3 && ParseState.lowercaseJournalWords.contains(text.string(w))
    }

    func journalSuffix(_ range: Range<Int>) -> Int? {
        var words: [Range<Int>] = []
        var i = range.lowerBound
        while i < range.upperBound {
            while i < range.upperBound, text[i] == " " { i += 1 }
            var e = i
            while e < range.upperBound, text[e] != " " { e += 1 }
            if e > i { words.append(i..<e) }
            i = e
        }
        guard words.count >= 2 else { return nil }
        let lexicon = Lexicon.shared
        func isTitleWord(_ w: Range<Int>) -> Bool {
            text[w.lowerBound].isLower && !isConnector(w)
        }
        func journalStart(_ w: Range<Int>) -> Bool {
            var a = w.lowerBound
            var b = w.upperBound
            while a < b, !text[a].isAlnum { a += 1 }
            while b > a, !text[b - 1].isAlnum { b -= 1 }
            guard a < b, text[a].isUpper else { return false }
            let w = text.string(a..<b)
            // A known first word of journal titles, an abbreviation (`Obstet`, `Gt`, `CRC`: short, in
            // capitals, or no dictionary word); not a proper noun closing the title (`Canada`).
            if lexicon.journalWords.contains(w) { return true }
            if ["II", "III", "IV", "VI"].contains(w) || (a..<b).contains(where: { text[$0] == "-" }) { return false }
            return b - a <= 3 || lexicon.words[w.lowercased()] == nil
        }
        // The run of capitalised words at the end.
        var k = words.count
        while k > 0, text[words[k - 1].lowerBound].isUpper || isConnector(words[k - 1]) {
            k -= 1
        }
        guard k > 0, k < words.count, isTitleWord(words[k - 1]) else { return nil }
        // A proper noun closing the title (`in Canada N Engl J Med`) does not begin journal titles.
        while k < words.count - 1, !journalStart(words[k]) { k += 1 }
        // `... in Sub-Saharan Africans Am J Hum Genet`: a long word that opens no journal title (the loop
        // above kept it only as a possible abbreviation) before a word that does closes the title.
        if k < words.count - 1, words[k].count >= 5, !lexicon.journalWords.contains(text.string(words[k])),
            lexicon.journalWords.contains(text.string(words[k + 1]))
        {
            k += 1
        }
        return words[k].lowerBound
    }

    /// Lowercase words of `range` that are no connectors: a sentence-case title has several, a journal
    /// title in title case (`Physica A: Statistical Mechanics and its Applications`) at most one.
    func titleWordCount(_ range: Range<Int>) -> Int {
        spaceSeparatedWords(range).count { text[$0.lowerBound].isLower && !isConnector($0) }
    }

    /// Whether `range` (edge punctuation aside) is a journal title or abbreviation of the NLM and ISO 4 lists.
    func isKnownJournal(_ range: Range<Int>) -> Bool {
        let r = trimmed(range)
        // The longest titles of the lists run to about 200 characters.
        guard r.count >= 2, r.count <= 240 else { return false }
        return JournalTitles.shared.contains(scalars: r.lazy.map { text[$0] })
    }

    /// Where a known journal of two words or more closes `range` after the words of a title written
    /// without the period between them (`... in three species Nucleic Acids Res`): the longest such
    /// run starting with a capital, after a sentence-case title (a lowercase word that is no connector),
    /// so that a journal's own name (`Proceedings of the Royal Society ...`) is not cut.
    func knownJournalSuffix(_ range: Range<Int>) -> Int? {
        let words = spaceSeparatedWords(trimmed(range))
        guard words.count >= 3 else { return nil }
        var sawTitleWord = false
        for k in 1..<(words.count - 1) {
            let before = words[k - 1]
            if text[before.lowerBound].isLower, !isConnector(before) { sawTitleWord = true }
            let w = words[k]
            guard sawTitleWord, text[w.lowerBound].isUpper else { continue }
            if isKnownJournal(w.lowerBound..<words[words.count - 1].upperBound) { return w.lowerBound }
        }
        return nil
    }

    /// Sets the journal title.
    mutating func setContainer(_ range: Range<Int>) {
        set("container-title", text.string(range), range: range)
    }

    mutating func reportMissingTitlePeriod(before j: Int) {
        report(
            .referencePunctuation, .warning,
            "No period between the title and the journal title; Citing Medicine ends the title with a period.",
            range: max(0, j - 1)..<j, suggestion: ".")
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

import Foundation
