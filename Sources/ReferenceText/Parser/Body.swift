extension ParseState {
    /// Reads authors, title, container and the source block (or the book/web parts) from the cleaned text.
    mutating func readBody() {
        let authors = AuthorList.readBlock(text, from: 0)
        var pos = 0
        if let a = authors {
            pos = a.next
            if a.areEditors {
                item.editor = a.names
                spans["editor"] = text.span(a.range)
            } else {
                item.author = AuthorList.joiningOrganisationParts(a.names, source: text.string(a.range))
                spans["author"] = text.span(a.range)
            }
            if a.etAl { item.fields[ParsedReference.etAlField] = .bool(true) }
            authorsGivenFirst = a.form == .givenFirst || a.form == .fullGivenFirst
            // Vancouver lists end with a period; IEEE and other styles close theirs with a comma by design.
            if a.terminator == .comma, a.form == .familyFirst, a.range.upperBound < text.count {
                report(
                    .referencePunctuation, .warning,
                    "The author list ends with a comma; Citing Medicine ends it with a period (`\(text.string(a.range)).`).",
                    range: a.range.upperBound..<(a.range.upperBound + 1), suggestion: ".")
            }
        }
        let chapterMarker = findChapterMarker(from: pos)
        if chapterMarker == nil, let block = SourceMatcher.find(in: text, from: pos) {
            readJournal(block, authors: authors, from: pos)
        } else if chapterMarker == nil, let year = authors?.year, endsWithJournalName(from: pos) {
            // `Smith, J. (2011). Title. Hum. Mov. Sci.`: an article ahead of print, no volume yet.
            item.type = .articleJournal
            readTitleAndContainer(pos..<text.count)
            item.issued = DateValue(year: year)
            if let r = authors?.yearRange { spans["issued"] = text.span(r) }
        } else if chapterMarker == nil, let tail = knownJournalTail(from: pos, authorYear: authors?.year != nil)
            ?? containerPagesTail(from: pos, authorYear: authors?.year != nil)
        {
            // `Title. Cancer Lett. 2009.`, `Title. Journal of Vision 8.`: an article cited before its
            // pages were known, in a journal of the NLM or ISO 4 lists.
            item.type = .articleJournal
            readTitleAndContainer(pos..<tail.journalEnd)
            if let v = tail.volume { set("volume", text.string(v), range: v) }
            if let p = tail.pages { set("page", Self.normalisedPages(text.string(p)), range: p) }
            if let (y, r) = tail.year {
                item.issued = DateValue(year: y)
                spans["issued"] = text.span(r)
            } else if let y = authors?.year {
                item.issued = DateValue(year: y)
                if let r = authors?.yearRange { spans["issued"] = text.span(r) }
            }
        } else {
            readBook(from: pos, chapterMarker: chapterMarker, authorYear: authors?.year, authorYearRange: authors?.yearRange)
        }
    }

    /// A reference ending `Title. Journal[ Volume][. Year].` where the journal is a known one: where the
    /// journal ends, and the volume and year read after it. Without a year there, the year must have
    /// come with the authors (`Smith J (2012) Title. Nature.`).
    /// `Smith J (1935) Title. Journal of the Royal Statistical Society: 39-82.`: in author-year styles a
    /// last sentence followed by `: pages` (a range) names the container, with no volume.
    func containerPagesTail(from pos: Int, authorYear: Bool) -> JournalTail? {
        guard authorYear else { return nil }
        let r = trimmed(pos..<text.count)
        guard let p = pageRangeClosing(r), text.at(p.lowerBound - 2) == ":" else { return nil }
        let end = p.lowerBound - 2
        guard end > r.lowerBound, let b = boundaries(r.lowerBound..<end).last, b > r.lowerBound, end > b + 2 else { return nil }
        return JournalTail(journalEnd: end, volume: nil, pages: p, year: nil)
    }

    struct JournalTail {
        var journalEnd: Int
        var volume: Range<Int>?
        var pages: Range<Int>?
        var year: (Int, Range<Int>)?
    }

    func knownJournalTail(from pos: Int, authorYear: Bool) -> JournalTail? {
        let r = trimmed(pos..<text.count)
        guard !r.isEmpty else { return nil }
        var end = r.upperBound
        var year: (Int, Range<Int>)?
        // A year standing last, after `. ` or `, ` (`Cancer Lett. 2009`).
        var k = end
        while k > r.lowerBound, text[k - 1].isAlnum { k -= 1 }
        if let y = DateWords.year(in: text, at: k), y.end == end, text.at(k - 1) == " ", text.at(k - 2) == "." || text.at(k - 2) == "," {
            year = (y.year, k..<(k + 4))
            end = k - 2
        }
        // A volume standing last in the journal's sentence (`Journal of Vision 8`), or, after an author
        // year, a page range with no volume (`Nature 4–10`).
        var volume: Range<Int>?
        var pages: Range<Int>?
        k = end
        while k > r.lowerBound, text[k - 1].isDigit { k -= 1 }
        if k < end, end - k <= 4, text.at(k - 1) == " ", text.at(k) != "0" {
            volume = k..<end
            end = k - 1
        } else if authorYear, let range = pageRangeClosing(r.lowerBound..<end), range.contains(where: { text[$0].isDigit }) {
            pages = range
            end = range.lowerBound - 1
        }
        guard year != nil || authorYear, end > r.lowerBound else { return nil }
        // The journal is the last sentence, and a title must stand before it.
        let bs = boundaries(r.lowerBound..<end)
        guard let b = bs.last, b > r.lowerBound else { return nil }
        // A known journal; or, after an author year, a volume or pages after a sentence that opens like a
        // journal title (`Frontiers in neural circuits 7`) or is a short capitalised name holding an
        // abbreviation (`Glob Biogeochem Cycles 22`, `RECOMB 17–28`).
        let journal = (b + 2)..<end
        guard isKnownJournal(journal)
            || authorYear && (volume != nil || pages != nil) && spaceSeparatedWords(journal).count <= 6
                && (opensWithJournalWord(journal) || looksLikeWholeJournal(journal) && holdsAbbreviation(journal))
        else { return nil }
        return JournalTail(journalEnd: end, volume: volume, pages: pages, year: year)
    }

    /// A page range (`4–10`, `S12-S20`, `xii–xiv`) standing last in `range` after a space.
    func pageRangeClosing(_ range: Range<Int>) -> Range<Int>? {
        var k = range.upperBound
        while k > range.lowerBound, text[k - 1] != " " { k -= 1 }
        guard k > range.lowerBound, let p = SourceMatcher.pages(text, at: k), p.upperBound == range.upperBound,
            p.contains(where: { text[$0].isDash })
        else { return nil }
        return p
    }

    /// Whether `range` holds a word written as an abbreviation: capitalised and no dictionary word
    /// (`Biogeochem`, `Paleontol`), or in capitals (`RECOMB`).
    func holdsAbbreviation(_ range: Range<Int>) -> Bool {
        let lexicon = Lexicon.shared
        return spaceSeparatedWords(range).contains { w in
            let word = text.string(w)
            guard word.count >= 3, text[w.lowerBound].isUpper, word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }) else { return false }
            return word.unicodeScalars.allSatisfy { $0.properties.isUppercase } || lexicon.words[word.lowercased()] == nil
        }
    }

    /// Whether `range` opens with a word that begins journal titles (`Frontiers`, `Glob`, `J`).
    func opensWithJournalWord(_ range: Range<Int>) -> Bool {
        guard let first = spaceSeparatedWords(range).first, text[first.lowerBound].isUpper else { return false }
        return Lexicon.shared.journalWords.contains(text.string(first))
    }

    /// Whether the text after `pos` is `Title. Journal.` with a journal title that looks like one: an
    /// abbreviation with periods (`Hum. Mov. Sci.`) or a name opening like a journal (`Journal of ...`).
    func endsWithJournalName(from pos: Int) -> Bool {
        let r = trimmed(pos..<text.count)
        let bs = boundaries(r)
        guard bs.count >= 2, let last = bs.last else { return false }
        // Walk back over one-word abbreviation segments (`Hum.`, `Mov.`), then the title must remain.
        var segEnd = r.upperBound
        var segStart = last + 2
        var abbreviated = 0
        var k = bs.count - 1
        while k >= 1, isAbbreviationSegment(segStart..<segEnd), !(segStart..<segEnd).contains(where: { text[$0] == " " }) {
            abbreviated += 1
            segEnd = bs[k]
            k -= 1
            segStart = bs[k] + 2
        }
        if abbreviated >= 2 { return true }
        return opensLikeJournal(last + 2)
    }

    /// `In:` (or `In ` followed by editors) introducing the book a chapter belongs to.
    func findChapterMarker(from pos: Int) -> Int? {
        var i = pos
        while i + 3 < text.count {
            if text[i] == "I", text[i + 1] == "n", text.at(i - 1) == " " {
                // `In:` opens the book part even after a title written without its period.
                if text[i + 2] == ":" { return i }
                guard text.at(i - 2) == "." || text.at(i - 2) == "?" else { i += 1; continue }
                if text[i + 2] == " ", let list = AuthorList.read(text, from: i + 3), list.areEditors { return i }
            }
            i += 1
        }
        return nil
    }

    mutating func readJournal(_ block: SourceBlock, authors: AuthorList?, from pos: Int) {
        item.type = .articleJournal
        var block = block
        // `(1978) ... Copeia 1978: 498-503`: in author-year styles the year came with the authors, and a
        // year-like number between the journal and the pages is the volume (journals numbered by year).
        if block.form == .dateFirst, block.volume == nil, block.issue == nil, block.month == nil, block.pages != nil,
            block.separator == ":", authors?.year != nil, let yr = block.yearRange
        {
            block.volume = yr
            block.year = nil
            block.yearRange = nil
        }
        // `Journal, vol. 14, pp. 293-318`: the volume label is not part of the journal title.
        var containerEnd = block.range.lowerBound
        var k = containerEnd
        while k > pos, text[k - 1] == " " || text[k - 1] == "." { k -= 1 }
        for label in ["vol", "Vol", "VOL"] where block.form == .volumeFirst && k - label.unicodeScalars.count > pos {
            let s = k - label.unicodeScalars.count
            if text.matches(label, at: s, caseInsensitive: false), !text.at(s - 1).isLetter {
                containerEnd = s
                break
            }
        }
        let (containerFound, periodAfter) = readTitleAndContainer(pos..<containerEnd)
        // Date
        var year = block.year
        var yearRange = block.yearRange
        if year == nil, let y = authors?.year {
            year = y
            yearRange = authors?.yearRange
        }
        if year == nil, let (y, r) = findYear(excluding: block.range) {
            year = y
            yearRange = r
        }
        if let year {
            var date = DateValue(year: year, month: block.month, day: block.month == nil ? nil : block.day)
            if let s = block.season { date.season = .string(s) }
            item.issued = date
            if block.form == .dateFirst, let yr = yearRange {
                let end = block.separatorRange?.lowerBound ?? yr.upperBound
                spans["issued"] = text.span(trimmed(yr.lowerBound..<end))
            } else if let yr = yearRange {
                spans["issued"] = text.span(yr)
            }
        }
        if let v = block.volume { set("volume", text.string(v), range: v) }
        if let i = block.issue { set("issue", text.string(trimmed(i)), range: i) }
        if let p = block.pages {
            let written = text.string(p)
            set("page", Self.normalisedPages(written), range: p)
            if written.unicodeScalars.contains(where: { $0.isDash && $0 != "-" }) {
                report(
                    .referencePunctuation, .info,
                    "The page range `\(written)` uses a dash other than a hyphen; Citing Medicine writes `\(Self.normalisedPages(written))`.",
                    range: p, suggestion: Self.normalisedPages(written))
            }
        }
        guard block.form == .dateFirst else { return }
        let standard = standardSource(block)
        if block.separator == ":" || block.separator == "," , let sr = block.separatorRange {
            report(
                .referencePunctuation, .warning,
                "`\(text.string(block.range))` has `\(block.separator)` after the date where Citing Medicine has `;`: write `\(standard)`.",
                range: sr, suggestion: ";")
        } else if !block.straySpaces.isEmpty {
            report(
                .referencePunctuation, .info,
                "`\(text.string(block.range))` has spaces around `;` or `:`; Citing Medicine writes `\(standard)`.",
                range: block.straySpaces[0], suggestion: "")
        }
        if containerFound, !periodAfter, let c = item.containerTitle {
            let at = block.range.lowerBound
            report(
                .referencePunctuation, .warning,
                "No period after the journal title; Citing Medicine writes `\(c). \(standard)`.",
                range: max(0, at - 1)..<at, suggestion: ".")
        }
    }

    /// The block as Citing Medicine writes it: `2010 Mar 18;29(11):1611-21`.
    func standardSource(_ b: SourceBlock) -> String {
        var s = ""
        if let yr = b.yearRange { s += text.string(yr) }
        if let m = b.month {
            let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
            s += " " + names[m - 1]
            if let d = b.day { s += " \(d)" }
        }
        s += ";"
        if let v = b.volume { s += text.string(v) }
        if let i = b.issue { s += "(" + text.string(i) + ")" }
        if let p = b.pages { s += ":" + Self.normalisedPages(text.string(p)) }
        return s
    }

    /// Dashes unified to `-`, spaces around them removed.
    static func normalisedPages(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        let u = Array(s.unicodeScalars)
        var i = 0
        while i < u.count {
            if u[i].isDash {
                while out.last == " " { out.removeLast() }
                out.append("-")
                i += 1
                while i < u.count, u[i] == " " { i += 1 }
                continue
            }
            out.append(u[i])
            i += 1
        }
        return String(out)
    }

    /// A year outside `excluded`: parenthesised first, then one closing a sentence, then any.
    func findYear(excluding excluded: Range<Int>? = nil) -> (Int, Range<Int>)? {
        var plain: (Int, Range<Int>)?
        var closing: (Int, Range<Int>)?
        var i = 0
        while i < text.count {
            if let ex = excluded, ex.contains(i) { i = ex.upperBound; continue }
            if text[i].isDigit, let y = DateWords.year(in: text, at: i) {
                let r = i..<(i + 4)
                if text.at(i - 1) == "(" { return (y.year, r) }
                let after = text.at(y.end)
                if closing == nil, after == "." || after == ";" || after == "," || y.end >= text.count { closing = (y.year, r) }
                if plain == nil { plain = (y.year, r) }
                i = y.end
                continue
            }
            i += 1
        }
        return closing ?? plain
    }
}

import Bibliography
