extension ParseState {
    static let publisherWords: Set<String> = [
        "press", "publishing", "publishers", "publisher", "publications", "inc", "ltd", "co", "company", "verlag",
        "books", "wiley", "elsevier", "springer", "thomas", "saunders", "mosby", "lippincott", "williams", "wilkins",
        "raven", "churchill", "livingstone", "blackwell", "mcgraw-hill", "academic", "sons", "&", "university",
        "health", "medical", "group", "gmbh", "llc", "corporation", "house", "thieme", "karger", "wolters", "kluwer",
        "associates", "verlag",
    ]

    /// Reads a book, a chapter (`In: Editor A, editors. Book. Place: Publisher; Year. p. 12-34.`) or a
    /// web page (`[Internet]`, `[cited …]`, `Available from:`) from `pos`.
    mutating func readBook(from start: Int, chapterMarker: Int?, authorYear: Int?, authorYearRange: Range<Int>?) {
        item.type = chapterMarker != nil ? .chapter : (isWebPage ? .webpage : .book)
        var pos = start
        // A quoted title (`"Learning semantic correlations", 2006 IEEE International Conference ...`).
        if chapterMarker == nil, ParseState.quoteOpen.contains(text.at(pos)) {
            var q = pos + 1
            while q < text.count, !ParseState.quoteClose.contains(text[q]) { q += 1 }
            if q < text.count {
                setTitle((pos + 1)..<q)
                pos = q + 1
                while pos < text.count, [",", ".", " ", ":"].contains(text[pos]) { pos += 1 }
                if let proceedings = proceedingsName(from: pos) {
                    item.type = .paperConference
                    set("container-title", text.string(proceedings), range: proceedings)
                }
            }
        }
        let end = text.count
        // The publication block: the last year, and the segment it closes.
        var yearIndex: Int?
        var i = end - 1
        while i >= pos {
            // Not a page range (`pp. 2043-2051`): a year is no range's end or start.
            if text[i].isDigit, let y = DateWords.year(in: text, at: i), !text.at(i - 1).isDash,
                !(text.at(y.end).isDash && text.at(y.end + 1).isDigit), !text.matches("pp. ", at: i - 4), !text.matches(" p. ", at: i - 4),
                // `, volume 1974.`: a volume number is no year.
                !text.matches("volume ", at: i - 7), !text.matches("vol. ", at: i - 5)
            {
                yearIndex = i
                break
            }
            i -= 1
        }
        var blockStart = end
        if let y = yearIndex, let yv = DateWords.year(in: text, at: y) {
            if authorYear == nil || authorYearRange?.lowerBound != y {
                var date = DateValue(year: yv.year)
                var k = SourceMatcher.skipSpaces(text, yv.end)
                if let m = DateWords.month(in: text, at: k) {
                    date = DateValue(year: yv.year, month: m.month)
                    k = SourceMatcher.skipSpaces(text, m.end)
                    if text.at(k).isDigit {
                        var d = 0
                        // A day has at most two digits; more would be no day (and could overflow).
                        var digits = 0
                        while k < text.count, text[k].isDigit, digits < 3 { d = d * 10 + text[k].digitValue; k += 1; digits += 1 }
                        if d >= 1 && d <= 31 { date = DateValue(year: yv.year, month: m.month, day: d) }
                    }
                }
                item.issued = date
                spans["issued"] = text.span(y..<(y + 4))
            }
            // A year before `In:` belongs to the chapter part; the block never starts after its year.
            blockStart = min(y, segmentStart(before: y, floor: max(pos, chapterMarker ?? pos)))
            // `Title. Site Name. 2008. Available: URL.` (author–year web and report entries): a year
            // standing as its own sentence has the site or publisher as the short sentence before it.
            let breaks = blockStart == y && chapterMarker == nil ? sentenceBreaks(pos..<y) : []
            if breaks.count >= 2, breaks[breaks.count - 1] + 2 == y {
                let b1 = breaks[breaks.count - 2]
                let site = trimmed((b1 + 2)..<breaks[breaks.count - 1])
                if isShortNameSentence(site) {
                    if item.type == .webpage {
                        set("container-title", text.string(site), range: site)
                    } else {
                        set("publisher", text.string(site), range: site)
                    }
                    blockStart = b1 + 1
                }
            }
            if item.type != .paperConference, blockStart < y, item.publisher == nil, item.containerTitle == nil {
                readPublisher(blockStart..<y)
            }
            if let b = SourceMatcher.dateFirst(text, at: y), let p = b.pages {
                // `1995; 1:619-635`: a volume and pages after the year of a multivolume book.
                if let v = b.volume { set("volume", text.string(v), range: v) }
                set("page", Self.normalisedPages(text.string(p)), range: p)
            } else {
                readPagesAfter(yv.end)
            }
        } else if let ay = authorYear {
            item.issued = DateValue(year: ay)
            if let r = authorYearRange { spans["issued"] = text.span(r) }
            // `Smith, J. 1973. Title. London: Edward Arnold.`: the year came with the authors; the last
            // sentence, when it reads `Place: Publisher`, is the imprint.
            var breaks = sentenceBreaks(pos..<end)
            var imprintEnd = end
            // `Measuring Biological Diversity. Malden (MA): Blackwell Publishing. 256 pp.`: the extent
            // closes the entry; the imprint is the sentence before it.
            // `Knopf Inc.. p. 720.`: the extent may hold its own `p. ` break.
            for back in [2, 1] where breaks.count >= back && imprintEnd == end {
                let b = breaks[breaks.count - back]
                if isExtent(trimmed((b + 2)..<end)) {
                    imprintEnd = b
                    breaks.removeLast(back)
                    blockStart = b + 1
                }
            }
            if var b = breaks.last {
                // `Volumen I. Caracas: Fundación ...`: a place opens its sentence; a break before the
                // place's colon, even after a single capital, ends the title.
                if let colon = ((b + 2)..<imprintEnd).first(where: { text[$0] == ":" }),
                    let inner = boundaries((b + 2)..<colon).last
                {
                    b = inner
                }
                let imprint = trimmed((b + 2)..<imprintEnd)
                let words = imprint.filter { text[$0] == " " }.count + 1
                // `Springer Verlag, New York, USA`: a publisher named without the place's colon.
                let namesPublisher = text.string(imprint).lowercased().split(whereSeparator: { !$0.isLetter && $0 != "&" })
                    .contains { Self.publisherWords.contains(String($0)) }
                if imprint.contains(where: { text[$0] == ":" }) || namesPublisher || isCommaImprint(imprint), words <= 8 {
                    readPublisher(imprint)
                    blockStart = b + 1
                    // `Principles of Development. Oxford. Oxford University Press.`: the place written
                    // as its own sentence before the publisher.
                    if item.publisherPlace == nil, breaks.count >= 2 {
                        let p = breaks[breaks.count - 2]
                        let place = trimmed((p + 2)..<b)
                        if isShortNameSentence(place), looksLikePlace(place) {
                            set("publisher-place", text.string(place), range: place)
                            blockStart = p + 1
                        }
                    }
                }
            }
        }
        if item.page == nil, let p = labelledPages(from: pos) {
            set("page", Self.normalisedPages(text.string(p)), range: p)
        }
        // Nothing that makes a book (no year, no publisher): a document of unknown kind.
        if yearIndex == nil, item.publisher == nil, chapterMarker == nil, !isWebPage { item.type = .document }
        var titleEnd = min(blockStart, chapterMarker ?? blockStart)
        // `Title. 2004. Proc 2004 Colleges ...`, `Title. 2002. p. 54-61. In: Proceedings ...`: the title
        // ends before a sentence that is only a year.
        if let b = boundaries(pos..<titleEnd).first(where: { isBareYearSentence($0 + 2) }) { titleEnd = b }
        titleEnd = stripEdition(pos..<titleEnd)
        if chapterMarker == nil { titleEnd = stripBookVolume(pos..<titleEnd) }
        if let c = chapterMarker {
            setTitle(pos..<(boundaries(pos..<c).first(where: { isBareYearSentence($0 + 2) }) ?? c))
            var bookStart = c + 2
            if text.at(bookStart) == ":" { bookStart += 1 }
            bookStart = SourceMatcher.skipSpaces(text, bookStart)
            if let eds = AuthorList.read(text, from: bookStart), eds.areEditors {
                item.editor = eds.names
                spans["editor"] = text.span(eds.range)
                bookStart = eds.next
            }
            // The book title ends where its publication details begin: a publisher, a place before a
            // colon, a volume or chapter label, the pages (`Animal Sonar, NATO ASI Series, volume 156. pp.`).
            var limit = blockStart > bookStart ? blockStart : text.count
            if let stop = bookDetailsStart(from: bookStart, before: limit) {
                if item.publisher == nil, let p = publisherPiece(from: stop, before: limit) { readPublisher(p) }
                limit = stop
            }
            let bookEnd = stripEdition(bookStart..<limit)
            let r = trimmed(bookStart..<bookEnd)
            if !r.isEmpty { set("container-title", text.string(r), range: r) }
        } else if item.title == nil {
            // The title runs to the block (a subtitle after a period stays in it), but stops before a
            // sentence that names where the work appeared (`Proceedings of ...`, `Journal of ...`).
            var end = max(pos, titleEnd)
            var venue: Int?
            for b in boundaries(pos..<end) where startsWithVenueCue(b + 2) {
                end = b
                venue = b + 2
                break
            }
            setTitle(pos..<end)
            // `In Proceedings of the Sixth International Joint Conference ..., pp. 168-175`
            if var v = venue, item.containerTitle == nil {
                if text.matches("In ", at: v, caseInsensitive: false) { v += 3 }
                if let name = proceedingsName(from: v) {
                    item.type = .paperConference
                    set("container-title", text.string(name), range: name)
                    var k = name.upperBound
                    while k < text.count, text[k] == "," || text[k] == " " { k += 1 }
                    if text.matches("pp.", at: k) || text.matches("p.", at: k) {
                        let p0 = SourceMatcher.skipSpaces(text, k + (text.matches("pp.", at: k) ? 3 : 2))
                        if item.page == nil, let pr = SourceMatcher.pages(text, at: p0) {
                            set("page", Self.normalisedPages(text.string(pr)), range: pr)
                        }
                    }
                }
            }
        }
    }

    static let venueCues: Set<String> = [
        "proceedings", "proc", "journal", "in", "retrieved", "available", "vol", "pp", "technical", "report",
        "thesis", "dissertation", "press", "conference", "symposium", "workshop", "paper", "presented",
        // `Title. Pages 413–438 in Editors, editors. Book.` (ecology journals' chapters); `Title. Publ. No.
        // AZ1170, University of Arizona.` (a report's series number).
        "pages", "publ",
    ]

    /// Whether the sentence at `i` opens with a word that names a venue or a source.
    func startsWithVenueCue(_ i: Int) -> Bool {
        var e = i
        while e < text.count, text[e].isLetter { e += 1 }
        guard e > i, e - i <= 12, text[i].isUpper else { return false }
        return ParseState.venueCues.contains(text.lowercasedASCII(i..<e))
    }

    /// `2006 IEEE International Conference on Image Processing`, `Proceedings of ...`: the meeting a
    /// paper was given at, up to the next comma or period, when it names one.
    func proceedingsName(from i: Int) -> Range<Int>? {
        var e = i
        while e < text.count, text[e] != ",", !(text[e] == "." && text.at(e + 1) == " ") { e += 1 }
        let r = trimmed(i..<e)
        guard !r.isEmpty else { return nil }
        let words = text.lowercasedASCII(r)
        let markers = ["conference", "proceedings", "proc.", "symposium", "workshop", "congress", "meeting"]
        return markers.contains(where: { words.contains($0) }) ? r : nil
    }

    /// The start of the sentence holding index `y`, not counting periods after initials (`Charles C. Thomas`).
    func segmentStart(before y: Int, floor: Int) -> Int {
        var k = y - 1
        while k > floor {
            if text[k] == " ", text.at(k - 1) == "." || text.at(k - 1) == "?" || text.at(k - 1) == "!" {
                let dot = k - 1
                // A single capital before the period is an initial, not a sentence end.
                let initial = text.at(dot - 1).isUpper && !text.at(dot - 2).isLetter
                let abbreviation = ["Inc", "Co", "Ltd", "St", "Corp", "Vol", "vol", "No", "no", "pp", "p"].contains { w in
                    let c = w.unicodeScalars.count
                    return dot - c >= 0 && text.matches(w, at: dot - c, caseInsensitive: false) && !text.at(dot - c - 1).isLetter
                }
                if !initial && !abbreviation { return k + 1 }
            }
            k -= 1
        }
        return floor
    }

    /// Place and publisher from `Place: Publisher; `, `Publisher; Place; ` (reported), `Publisher, `.
    mutating func readPublisher(_ range: Range<Int>) {
        let r = trimmed(range)
        guard !r.isEmpty else { return }
        if let colon = r.first(where: { text[$0] == ":" }) {
            let place = trimmed(r.lowerBound..<colon)
            var pubEnd = r.upperBound
            if let semi = ((colon + 1)..<r.upperBound).first(where: { text[$0] == ";" }) { pubEnd = semi }
            let pub = trimmed((colon + 1)..<pubEnd)
            if !place.isEmpty { set("publisher-place", text.string(place), range: place) }
            if !pub.isEmpty { set("publisher", text.string(pub), range: pub) }
            return
        }
        let parts = splitTop(r, on: ";")
        if parts.count >= 2 {
            let a = parts[0], b = parts[1]
            if looksLikePlace(a) && !looksLikePlace(b) {
                set("publisher-place", text.string(a), range: a)
                set("publisher", text.string(b), range: b)
                report(
                    .referencePunctuation, .info,
                    "Place and publisher are separated by `;`; Citing Medicine writes `\(text.string(a)): \(text.string(b));`.",
                    range: a.upperBound..<(a.upperBound + 1), suggestion: ":")
            } else {
                set("publisher", text.string(a), range: a)
                set("publisher-place", text.string(b), range: b)
                report(
                    .bookOrder, .warning,
                    "The publisher comes before the place; Citing Medicine writes `\(Self.standardPlace(text.string(b))): \(text.string(a));`.",
                    range: a.lowerBound..<b.upperBound, suggestion: "\(Self.standardPlace(text.string(b))): \(text.string(a))")
            }
            return
        }
        set("publisher", text.string(r), range: r)
    }

    /// `Springfield, IL` → `Springfield (IL)`, the Citing Medicine form of a US place.
    static func standardPlace(_ place: String) -> String {
        let u = Array(place.unicodeScalars)
        if u.count > 4, u[u.count - 4] == ",", u[u.count - 3] == " ", u[u.count - 2].isASCIIUpper, u[u.count - 1].isASCIIUpper {
            return String(place.dropLast(4)) + " (" + String(place.suffix(2)) + ")"
        }
        return place
    }

    func looksLikePlace(_ r: Range<Int>) -> Bool {
        let s = text.string(r)
        let u = Array(s.unicodeScalars)
        // `Springfield, IL`, `Springfield (IL)`
        if u.count > 4, u[u.count - 1].isASCIIUpper, u[u.count - 2].isASCIIUpper, u[u.count - 3] == " " || u[u.count - 3] == "(" { return true }
        if u.count > 4, u.last == ")", u[u.count - 2].isASCIIUpper, u[u.count - 3].isASCIIUpper, u[u.count - 4] == "(" { return true }
        let words = s.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." })
        return !words.contains { Self.publisherWords.contains(String($0)) } && words.count <= 3
    }

    func splitTop(_ r: Range<Int>, on sep: Unicode.Scalar) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var s = r.lowerBound
        for i in r where text[i] == sep {
            let p = trimmed(s..<i)
            if !p.isEmpty { out.append(p) }
            s = i + 1
        }
        let p = trimmed(s..<r.upperBound)
        if !p.isEmpty { out.append(p) }
        return out
    }

    /// Removes a trailing edition statement (`3rd ed.`, `2nd edn`, `Rev. ed.`, `Third edition`) from
    /// `range`, recording it. Returns the new end.
    mutating func stripEdition(_ range: Range<Int>) -> Int {
        let r = trimmed(range)
        guard r.count >= 4 else { return range.upperBound }
        // The last two words.
        var k = r.upperBound
        while k > r.lowerBound, text[k - 1] != " " { k -= 1 }
        let lastWord = text.string(k..<r.upperBound).lowercased()
        guard ["ed", "ed.", "edn", "edn.", "edition", "edition."].contains(lastWord), k - 1 > r.lowerBound else { return range.upperBound }
        var m = k - 1
        while m > r.lowerBound, text[m - 1] != " " { m -= 1 }
        let ordinal = text.string(m..<(k - 1)).lowercased()
        let digits = ordinal.prefix(while: { $0.isNumber })
        let words = ["first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6", "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10"]
        let value: String
        if !digits.isEmpty, ["st", "nd", "rd", "th", "e", "."].contains(String(ordinal.dropFirst(digits.count))) {
            value = String(digits)
        } else if let w = words[ordinal] {
            value = w
        } else if ordinal == "rev." || ordinal == "rev" || ordinal == "revised" {
            value = text.string(m..<r.upperBound)
        } else {
            return range.upperBound
        }
        set("edition", value, range: m..<r.upperBound)
        return m
    }

    /// Where the publication details after a book's title begin (`, Curran Associates, Inc., pp. ...`,
    /// `. New York: Academic Press`, `, volume 156`): the first piece after the first, split at `, ` or
    /// `. `, that names a publisher, holds a place's colon, or opens with a volume, chapter or page label.
    func bookDetailsStart(from start: Int, before end: Int) -> Int? {
        var pieceStart = start
        var first = true
        var i = start
        while i <= end {
            let atBreak = i == end || (text[i] == "," || text[i] == ".") && text.at(i + 1) == " " && !(text[i] == "." && text.at(i - 1).isUpper && !text.at(i - 2).isLetter)
            if atBreak {
                if !first, isDetailsPiece(trimmed(pieceStart..<i)) { return pieceStart }
                first = false
                pieceStart = i + 1
            }
            i += 1
        }
        return nil
    }

    func isDetailsPiece(_ r: Range<Int>) -> Bool {
        guard !r.isEmpty else { return false }
        let lower = text.lowercasedASCII(r)
        if ["pp", "p", "vol"].contains(lower) { return true }
        for label in ["pp.", "p. ", "pages ", "volume ", "vol. ", "vol ", "chapter "] where lower.hasPrefix(label) { return true }
        if r.contains(where: { text[$0] == ":" }) { return true }
        return lower.split(whereSeparator: { !$0.isLetter && $0 != "&" }).contains { Self.publisherWords.contains(String($0)) && $0 != "university" && $0 != "academic" && $0 != "health" && $0 != "medical" && $0 != "group" }
    }

    /// The publisher piece at `start` (up to the next `. ` or a page label), for a chapter's imprint.
    func publisherPiece(from start: Int, before end: Int) -> Range<Int>? {
        var e = start
        while e < end, !(text[e] == "." && text.at(e + 1) == " " && !text.at(e - 1).isUpper) {
            if text.matches(", pp.", at: e) || text.matches(" pp.", at: e) { break }
            e += 1
        }
        let r = trimmed(start..<e)
        let lower = text.lowercasedASCII(r)
        guard !r.isEmpty, !["pp.", "p. ", "pages", "volume", "vol", "chapter"].contains(where: { lower.hasPrefix($0) }) else { return nil }
        return r
    }

    /// The last labelled page range of a chapter or book, wherever it stands: `pp. 133-294`, `p. 54-61`,
    /// `Pages 457-481 in ...` (ecology journals' style for chapters).
    func labelledPages(from pos: Int) -> Range<Int>? {
        var found: Range<Int>?
        var i = pos
        while i < text.count {
            if text[i] == "p" || text[i] == "P", !text.at(i - 1).isLetter {
                var k = i
                if text.matches("pp.", at: i) { k = i + 3 } else if text.matches("p.", at: i) { k = i + 2 } else if text.matches("pages ", at: i) { k = i + 6 }
                if k > i {
                    let p0 = SourceMatcher.skipSpaces(text, k)
                    if let p = SourceMatcher.pages(text, at: p0), p.contains(where: { text[$0].isDash }) {
                        found = p
                        i = p.upperBound
                        continue
                    }
                }
            }
            i += 1
        }
        return found
    }

    /// `p. 12-34` or `:12-34` after the year of a chapter.
    mutating func readPagesAfter(_ i: Int) {
        var k = i
        while k < text.count, text[k] == "." || text[k] == " " || text[k] == ":" || text[k] == "," { k += 1 }
        if text.matches("pp.", at: k) { k = SourceMatcher.skipSpaces(text, k + 3) } else if text.matches("p.", at: k) { k = SourceMatcher.skipSpaces(text, k + 2) } else if k == i || text.at(i) != ":" { return }
        if let p = SourceMatcher.pages(text, at: k) {
            set("page", Self.normalisedPages(text.string(p)), range: p)
        }
    }
}

import Bibliography
