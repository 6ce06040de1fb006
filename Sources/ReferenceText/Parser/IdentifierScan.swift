extension ParseState {
    /// Reads and removes identifiers, links and bracketed notes that stand outside the reference's
    /// core: DOI, PMID, PMCID, URL (with `Available from:`), `[Epub ahead of print]`, `Epub 2010 Jan 5`,
    /// `[Internet]`, `[cited 2020 Jan 5]`, `[Article in German]`.
    mutating func readIdentifiers() {
        var removals: [Range<Int>] = []
        let t = text
        var i = 0
        while i < t.count {
            let u = t[i]
            let wordStart = !t.at(i - 1).isAlnum
            if wordStart, u == "d" || u == "D", let r = doi(at: i) {
                let end = trailingPMID(at: r.removal.upperBound) ?? r.removal.upperBound
                removals.append(r.removal.lowerBound..<end)
                i = end
                continue
            }
            if wordStart, u == "h" || u == "H" || u == "w" || u == "W", let r = url(at: i) {
                let end = trailingPMID(at: r.upperBound) ?? r.upperBound
                removals.append(r.lowerBound..<end)
                i = end
                continue
            }
            if wordStart, u == "1", t.at(i + 1) == "0", t.at(i + 2) == ".", item.doi == nil, let r = bareDOI(at: i) {
                let end = trailingPMID(at: r.upperBound) ?? r.upperBound
                removals.append(r.lowerBound..<end)
                i = end
                continue
            }
            // `... 37: 133–140. 10833356`: PLOS and other publishers print the PMID bare, last.
            if wordStart, u.isDigit, t.at(i - 1) == " ", t.at(i - 2) == ".",
                t.at(i - 3).isDigit || t.at(i - 3) == ")" || t.at(i - 3).isUpper && t.at(i - 4).isDigit,
                let end = trailingPMID(at: i - 1, minimumDigits: 5)
            {
                removals.append(i..<end)
                i = end
                continue
            }
            if wordStart, u == "A" || u == "a" || u == "L" || u == "R", let r = accessNote(at: i) {
                removals.append(r)
                i = r.upperBound
                continue
            }
            // `n.d.`: no date (web pages, APA).
            if wordStart, u == "n", t.matches("n.d.", at: i, caseInsensitive: false) || t.matches("n. d.", at: i, caseInsensitive: false) {
                var e = i + (t.at(i + 2) == " " ? 5 : 4)
                if t.at(e) == "." { e += 1 }
                removals.append(i..<e)
                i = e
                continue
            }
            if wordStart, u == "P" || u == "p", let r = pubmedID(at: i) {
                removals.append(r)
                i = r.upperBound
                continue
            }
            if u == "[", let r = bracketNote(at: i) {
                removals.append(r)
                i = r.upperBound
                continue
            }
            if wordStart, u == "E", t.matches("Epub ", at: i, caseInsensitive: false) {
                var j = i + 5
                if let y = DateWords.year(in: t, at: j) {
                    j = y.end
                    while j < t.count, t[j] != "." { j += 1 }
                    removals.append(i..<min(j + 1, t.count))
                    i = j
                    continue
                }
                if t.matches("ahead of print", at: j) {
                    j += 14
                    if t.at(j) == "." { j += 1 }
                    removals.append(i..<j)
                    i = j
                    continue
                }
            }
            i += 1
        }
        if !removals.isEmpty {
            text = t.removing(removals)
        }
    }

    /// `doi:10.1000/x`, `(doi:10. 1890/x)` (a DOI broken at a line end), and the remains PDF extractors
    /// leave (`doi: .`, `doi: 5472.CAN-10-0471`), which are removed without setting a DOI.
    private mutating func doi(at i: Int) -> (removal: Range<Int>, value: String)? {
        let t = text
        guard t.matches("doi", at: i) else { return nil }
        var j = i + 3
        if t.at(j) == "." || t.at(j) == "-" || t.at(j).isLetter { return nil }  // doi.org handled as a URL
        let labelled = t.at(j) == ":"
        while j < t.count, t[j] == ":" || t[j] == " " { j += 1 }
        let start = t.at(i - 1) == "(" ? i - 1 : i
        func tokenEnd(_ k: Int) -> Int {
            var e = k
            while e < t.count, t[e] != " " { e += 1 }
            return e
        }
        var e1 = tokenEnd(j)
        // Join `10. 1890/...` and `10 .1038/...`.
        if t.at(j) == "1", t.at(j + 1) == "0", !(j..<e1).contains(where: { t[$0] == "/" }), e1 < t.count {
            let e2 = tokenEnd(e1 + 1)
            if ((e1 + 1)..<e2).contains(where: { t[$0] == "/" }) {
                var value = t.string(j..<e1) + t.string((e1 + 1)..<e2)
                while let l = value.last, [".", ",", ";", ")", "]"].contains(l) { value.removeLast() }
                if value.hasPrefix("10."), item.doi == nil {
                    item.setString("DOI", value)
                    spans["DOI"] = t.span(j..<e2)
                }
                return (start..<e2, value)
            }
        }
        if t.matches("10.", at: j), let r = bareDOI(at: j) {
            return (start..<r.upperBound, item.doi ?? "")
        }
        // Without a colon, `doi` must be followed by the DOI itself (`Doi A,` is an author).
        guard labelled else { return nil }
        // Remains of a DOI: drop the label and a token that carries digits (`doi: . 2004.11.016`).
        if t.at(j) == ".", t.at(j + 1) == " " {
            let e2 = tokenEnd(j + 2)
            if e2 > j + 2, ((j + 2)..<e2).contains(where: { t[$0].isDigit }), !((j + 2)..<e2).contains(where: { t[$0].isLetter && t[$0].isUpper }) {
                return (start..<e2, "")
            }
            return (start..<(j + 1), "")
        }
        if (j..<e1).contains(where: { t[$0].isDigit }) {
            return (start..<e1, "")
        }
        e1 = j
        return (start..<e1, "")
    }

    /// A DOI starting at `i` (`10.1016/...`), recorded; returns the range to remove.
    private mutating func bareDOI(at i: Int) -> Range<Int>? {
        let t = text
        var j = i + 3
        var digits = 0
        while j < t.count, t[j].isDigit || t[j] == "." {
            j += 1
            digits += 1
        }
        guard digits >= 4, t.at(j) == "/" else { return nil }
        while j < t.count, t[j] != " " { j += 1 }
        // `10.1111/ j.0956-7976.2005.01543.x`: a DOI broken after its slash at a line end.
        if t.at(j - 1) == "/", t.at(j) == " ", t.at(j + 1).isAlnum {
            var k = j + 1
            while k < t.count, t[k] != " " { k += 1 }
            var end = k
            while end > j + 1, [".", ",", ";", "]", ")"].contains(t[end - 1]) { end -= 1 }
            let value = t.string(i..<j) + t.string((j + 1)..<end)
            item.setString("DOI", value)
            spans["DOI"] = t.span(i..<end)
            return i..<k
        }
        var end = j
        while end > i, [".", ",", ";", "]"].contains(t[end - 1]) { end -= 1 }
        if t[end - 1] == ")" {
            let value = t.string(i..<end)
            let opens = value.filter { $0 == "(" }.count
            let closes = value.filter { $0 == ")" }.count
            if closes > opens { end -= 1 }
        }
        set("DOI", t.string(i..<end), range: i..<end)
        return i..<j
    }

    private mutating func url(at i: Int) -> Range<Int>? {
        let t = text
        guard t.matches("http://", at: i) || t.matches("https://", at: i) || t.matches("www.", at: i) else { return nil }
        var j = i
        while j < t.count, t[j] != " " { j += 1 }
        var end = j
        while end > i, [".", ",", ";", ")", "]", ">"].contains(t[end - 1]) { end -= 1 }
        let value = t.string(i..<end)
        let lower = value.lowercased()
        // `https://doi.org/10.x`, `http://dx.doi.org/10.x`, `www.pnas.org/cgi/doi/10.x`: the DOI is in the link.
        if let r = lower.range(of: "doi.org/10.") ?? lower.range(of: "/doi/10.") {
            let doi = String(value[value.index(r.upperBound, offsetBy: -3)...])
            if item.doi == nil { set("DOI", doi, range: i..<end) }
        } else {
            set("URL", value, range: i..<end)
        }
        // Drop a label before it: `Available from:`, `Available at:`, `URL:`, `Retrieved from`.
        var start = i
        var k = i - 1
        while k >= 0, t[k] == " " || t[k] == ":" { k -= 1 }
        let labelEnd = k + 1
        for label in ["Available from", "Available at", "Available online at", "Available online", "Available", "Retrieved from", "URL", "Accessed from"] {
            let c = label.unicodeScalars.count
            if labelEnd - c >= 0, t.matches(label, at: labelEnd - c) {
                start = labelEnd - c
                if label.hasPrefix("Avail") { isWebPage = isWebPage || item.doi == nil }
                break
            }
        }
        return start..<j
    }

    private mutating func pubmedID(at i: Int) -> Range<Int>? {
        let t = text
        var j: Int
        var field: String
        if t.matches("PubMed", at: i, caseInsensitive: false), !t.at(i + 6).isLetter {
            // `PubMed: 46024.`, `PubMed PMID: 46024.`
            j = i + 6
            while j < t.count, t[j] == " " || t[j] == ":" { j += 1 }
            if t.matches("PMID", at: j, caseInsensitive: false) { j += 4 }
            field = "PMID"
        } else if t.matches("PMCID", at: i, caseInsensitive: false) {
            j = i + 5
            field = "PMCID"
        } else if t.matches("PMID", at: i, caseInsensitive: false) {
            j = i + 4
            field = "PMID"
        } else if t.matches("PMC", at: i, caseInsensitive: false), t.at(i + 3).isDigit {
            j = i
            field = "PMCID"
        } else {
            return nil
        }
        while j < t.count, t[j] == ":" || t[j] == " " { j += 1 }
        let start = j
        if field == "PMCID", t.matches("PMC", at: j, caseInsensitive: false) { j += 3 }
        let digitsStart = j
        while j < t.count, t[j].isDigit { j += 1 }
        guard j > digitsStart else { return nil }
        set(field, t.string(start..<j), range: start..<j)
        if t.at(j) == "." || t.at(j) == ";" { j += 1 }
        return i..<j
    }

    /// A PMID printed bare after a DOI or as the last element (`doi: 10.1038/nrg1272 14735121`): a
    /// number of 1–8 digits (at least `minimumDigits`) after the space at `i`, with nothing but a period
    /// after it. Sets `PMID` and returns the end of what to remove.
    private mutating func trailingPMID(at i: Int, minimumDigits: Int = 1) -> Int? {
        let t = text
        guard t.at(i) == " " || i < t.count && t.at(i - 1) == " " else { return nil }
        var a = i
        while a < t.count, t[a] == " " { a += 1 }
        var e = a
        while e < t.count, t[e].isDigit { e += 1 }
        guard e - a >= minimumDigits, e - a <= 8, t.at(a) != "0" else { return nil }
        var end = e
        while end < t.count, t[end] == "." || t[end] == " " { end += 1 }
        guard end == t.count else { return nil }
        set("PMID", t.string(a..<e), range: a..<e)
        return end
    }

    /// `Accessed 12 September 2008.`, `Accessed: Jan 5, 2020`, `Last accessed 2020 Jan 5`, `Retrieved
    /// 5 January 2020`: the access date of a web source, recorded as `accessed` (never the issued date).
    private mutating func accessNote(at i: Int) -> Range<Int>? {
        let t = text
        var j = i
        if t.matches("last ", at: j) { j += 5 }
        guard t.matches("accessed", at: j) || t.matches("retrieved", at: j) else { return nil }
        j += t.matches("accessed", at: j) ? 8 : 9
        while j < t.count, t[j] == " " || t[j] == ":" { j += 1 }
        if t.matches("on ", at: j) { j += 3 }
        // The date: numbers and month names, separated by spaces, commas or hyphens (`2020-01-05`).
        var e = j
        var dateEnd = j
        var sawYear = false
        while e < t.count {
            var k = e
            while k < t.count, t[k] == " " || t[k] == "," || (k > j && t[k] == "-") { k += 1 }
            if t.at(k).isDigit {
                var d = k
                while d < t.count, t[d].isDigit { d += 1 }
                guard d - k <= 4 else { break }
                if DateWords.year(in: t, at: k) != nil { sawYear = true }
                if t.at(d).isASCIILower, !t.at(d + 1).isLetter { d += 1 }  // `5th`
                else if t.at(d).isASCIILower, t.at(d + 1).isASCIILower, !t.at(d + 2).isLetter { d += 2 }
                e = d
                dateEnd = d
                continue
            }
            if let m = DateWords.month(in: t, at: k) {
                e = m.end
                dateEnd = m.end
                continue
            }
            break
        }
        guard sawYear else { return nil }
        if let date = Self.writtenDate(t, j..<dateEnd) {
            item.accessed = date
            spans["accessed"] = t.span(i..<dateEnd)
        }
        isWebPage = true
        var end = dateEnd
        if t.at(end) == "." || t.at(end) == ";" || t.at(end) == "," { end += 1 }
        return i..<end
    }

    /// A date written day-month-year, month-day-year or year-month-day inside `range`.
    static func writtenDate(_ t: ScalarText, _ range: Range<Int>) -> DateValue? {
        var year: Int?
        var month: Int?
        var day: Int?
        var k = range.lowerBound
        while k < range.upperBound {
            if t[k].isDigit {
                if year == nil, let y = DateWords.year(in: t, at: k) {
                    year = y.year
                    k = y.end
                    continue
                }
                var v = 0
                var e = k
                while e < range.upperBound, t[e].isDigit, e - k < 3 { v = v * 10 + t[e].digitValue; e += 1 }
                if day == nil, v >= 1, v <= 31, e - k <= 2 { day = v }
                k = e
                continue
            }
            if t[k].isLetter, month == nil, let m = DateWords.month(in: t, at: k) {
                month = m.month
                k = m.end
                continue
            }
            k += 1
        }
        guard let year else { return nil }
        guard let month else { return DateValue(year: year) }
        return DateValue(year: year, month: month, day: day)
    }

    /// `[Epub ahead of print]`, `[Internet]`, `[cited 2020 Jan 5]`, `[Article in German]`, `[in German]`.
    private mutating func bracketNote(at i: Int) -> Range<Int>? {
        let t = text
        var j = i + 1
        while j < t.count, t[j] != "]", j - i < 60 { j += 1 }
        guard t.at(j) == "]" else { return nil }
        let inner = t.string((i + 1)..<j)
        let lower = inner.lowercased()
        let end = j + 1
        if lower == "internet" {
            isWebPage = true
        } else if lower.hasPrefix("cited ") || lower.hasPrefix("accessed ") || lower.hasPrefix("updated ") {
            if lower.hasPrefix("cited ") || lower.hasPrefix("accessed "), let date = accessedDate((i + 1)..<j) {
                item.accessed = date
                spans["accessed"] = t.span(i..<end)
            }
            isWebPage = true
        } else if lower.hasPrefix("epub ahead of print") {
        } else if lower.hasPrefix("article in ") || (lower.hasPrefix("in ") && inner.split(separator: " ").count == 2) {
            let language = inner.split(separator: " ").last.map(String.init) ?? ""
            if !language.isEmpty { set("language", language, range: (i + 1)..<j) }
        } else {
            return nil
        }
        // The period after a note stays: it closes the element the note followed.
        return i..<end
    }

    private func accessedDate(_ range: Range<Int>) -> DateValue? {
        var i = range.lowerBound
        while i < range.upperBound {
            if let y = DateWords.year(in: text, at: i) {
                var j = y.end
                while j < range.upperBound, text[j] == " " { j += 1 }
                guard let m = DateWords.month(in: text, at: j) else { return DateValue(year: y.year) }
                j = m.end
                while j < range.upperBound, text[j] == " " { j += 1 }
                var d = 0
                var digits = 0
                // A day has at most two digits; more would be no day (and could overflow).
                while j < range.upperBound, text[j].isDigit, digits < 3 {
                    d = d * 10 + text[j].digitValue
                    j += 1
                    digits += 1
                }
                return DateValue(year: y.year, month: m.month, day: d > 0 && d <= 31 ? d : nil)
            }
            i += 1
        }
        return nil
    }
}

import Bibliography
