/// Finds the ``SourceBlock`` of a reference: date-first (Vancouver, AMA, BMC) or volume-first
/// (Harvard, APA, Springer), with the pages and what may close a reference after them.
enum SourceMatcher {
    static func skipSpaces(_ t: ScalarText, _ i: Int) -> Int {
        var j = i
        while j < t.count, t[j] == " " { j += 1 }
        return j
    }

    /// A volume at `i`: alphanumerics starting with a digit (`13`, `45A`), at most 7 long.
    static func volume(_ t: ScalarText, at i: Int) -> Range<Int>? {
        guard t.at(i).isDigit, !t.at(i - 1).isAlnum else { return nil }
        var j = i
        while j < t.count, t[j].isAlnum { j += 1 }
        // `11-12` (a combined volume)
        if t.at(j) == "-" || t.at(j) == "/", t.at(j + 1).isDigit, t.at(j + 1) != "0" {
            var k = j + 1
            while k < t.count, t[k].isDigit { k += 1 }
            if t.at(k) == "(" || t.at(k) == ":" { j = k }
        }
        return j - i <= 9 ? i..<j : nil
    }

    /// `(11)`, `(2-3)`, `(Suppl 2)`, `(1 Pt 2)` at `i`; returns the inside and the end.
    static func issue(_ t: ScalarText, at i: Int) -> (Range<Int>, Int)? {
        guard t.at(i) == "(" else { return nil }
        var j = i + 1
        while j < t.count, t[j] != ")", t[j] != "(", j - i < 30 { j += 1 }
        guard t.at(j) == ")", j > i + 1 else { return nil }
        // An issue holds a number, or is a supplement.
        let inner = (i + 1)..<j
        guard inner.contains(where: { t[$0].isDigit }) || t.matches("suppl", at: i + 1) else { return nil }
        // `(2009)` after a volume is a year, not an issue, when followed by nothing page-like.
        return (inner, j + 1)
    }

    /// `Suppl`, `Suppl.`, `Suppl 2`, `Suppl. S1` at `i` (a supplement written after the volume without
    /// parentheses); returns its end.
    static func supplement(_ t: ScalarText, at i: Int) -> Int? {
        if t.matches("Spec No ", at: i, caseInsensitive: false), t.at(i + 8).isAlnum {
            var e = i + 8
            while e < t.count, t[e].isAlnum { e += 1 }
            return e
        }
        guard t.matches("Suppl", at: i, caseInsensitive: false) else { return nil }
        var e = i + 5
        if t.at(e) == "." { e += 1 }
        if t.matches("ement", at: e, caseInsensitive: false) { e += 5 }
        guard !t.at(e).isLetter else { return nil }
        if t.at(e) == " ", t.at(e + 1).isAlnum, t.at(e + 1).isDigit || t.at(e + 2).isDigit {
            e += 1
            while e < t.count, t[e].isAlnum { e += 1 }
        }
        return e
    }

    /// Whether a page list read straight after a date is the block's last element: a range or an
    /// article number (`171-84`, `e1234`) followed by nothing but the reference's end or a period.
    static func pagesCloseBlock(_ t: ScalarText, _ p: Range<Int>) -> Bool {
        let next = t.at(p.upperBound)
        guard p.upperBound >= t.count || next == "." || next == ";" || next == " " else { return false }
        if t.at(p.upperBound) == " ", p.upperBound + 1 < t.count, !t.at(p.upperBound + 1).isLetter { return false }
        return p.contains(where: { t[$0].isDash }) || t[p.lowerBound].isLetter
    }

    /// A page list at `i`: `1611-21`, `e1234`, `S12-5`, `68-74, 77-80`, `L562-L574`.
    static func pages(_ t: ScalarText, at i: Int) -> Range<Int>? {
        var j = i
        var sawDigit = false
        var end = i
        while j < t.count {
            let start = j
            while j < t.count, t[j].isAlnum {
                if t[j].isDigit { sawDigit = true }
                j += 1
            }
            guard j > start, j - start <= 12 else { break }
            end = j
            // dash (with optional spaces) → range continues
            var k = j
            if t.at(k) == " ", t.at(k + 1).isDash { k += 1 }
            if t.at(k).isDash {
                k += 1
                if t.at(k) == " " { k += 1 }
                if t.at(k).isAlnum { j = k; continue }
                break
            }
            if t.at(j) == ",", t.at(j + 1) == " ", t.at(j + 2).isAlnum {
                // A second range only when it is page-like too (has a digit and no long word).
                var m = j + 2
                var digit = false
                while m < t.count, t[m].isAlnum {
                    if t[m].isDigit { digit = true }
                    m += 1
                }
                // `749-757, 1998`: a year after the pages is not a second range.
                let isYear = DateWords.year(in: t, at: j + 2) != nil && !t.at(m).isDash
                if digit, !isYear, m - (j + 2) <= 8, !(t.at(m) == " " && t.at(m + 1).isLetter) {
                    j += 2
                    continue
                }
            }
            break
        }
        return sawDigit && end > i ? i..<end : nil
    }

    /// The date-first block (`YEAR [Mon [Day]] ; VOL (ISSUE) : PAGES`) starting at year index `y`.
    static func dateFirst(_ t: ScalarText, at y: Int) -> SourceBlock? {
        guard let (year, yearEnd) = DateWords.year(in: t, at: y) else { return nil }
        // `1670- 1682; 1996`: the end of a page range is not a date.
        if t.at(y - 1).isDash || (t.at(y - 1) == " " && t.at(y - 2).isDash) { return nil }
        var b = SourceBlock(form: .dateFirst, range: y..<yearEnd, year: year, yearRange: y..<(y + 4))
        var j = yearEnd
        // Date parts: `Mar 18`, `Mar-Apr`, `Summer`, `Dec 2009-Jan`.
        var k = skipSpaces(t, j)
        if k > j, let m = DateWords.month(in: t, at: k) {
            b.month = m.month
            j = m.end
            if t.at(j).isDash || t.at(j) == "/", let m2 = DateWords.month(in: t, at: j + 1) { j = m2.end }
            k = skipSpaces(t, j)
            if k > j, t.at(k).isDigit {
                var d = 0
                var e = k
                while e < t.count, t[e].isDigit, e - k < 2 {
                    d = d * 10 + t[e].digitValue
                    e += 1
                }
                if !t.at(e).isDigit, d >= 1, d <= 31, t.at(e) != ":" || t.at(skipSpaces(t, e)) == ";" {
                    b.day = d
                    j = e
                    if t.at(j).isDash, t.at(j + 1).isDigit {
                        j += 1
                        while j < t.count, t[j].isDigit { j += 1 }
                    }
                }
            }
        } else if k > j, let s = DateWords.season(in: t, at: k) {
            b.season = s.0
            j = s.1
        }
        k = skipSpaces(t, j)
        let sep = t.at(k)
        guard sep == ";" || sep == ":" || sep == "," else { return nil }
        // `Biochim Biophys Acta 1811: 637-647`: a number after a journal's word and before `: ` is the
        // volume of PLOS-style `Journal Vol: pages`, not a date (a date opens its element after `. `).
        if sep == ":", k == yearEnd, t.at(k + 1) == " ", t.at(y - 1) == " ", t.at(y - 2).isLetter, b.month == nil { return nil }
        if k > j { b.straySpaces.append(j..<k) }
        b.separator = sep
        b.separatorRange = k..<(k + 1)
        j = k + 1
        k = skipSpaces(t, j)
        if k > j, sep != "," { b.straySpaces.append(j..<k) }
        j = k
        // `2009:171-84`: Citing Medicine's form for a journal without volumes, the pages straight after the date.
        if sep == ":", let p = pages(t, at: j), pagesCloseBlock(t, p) {
            b.pages = p
            b.range = y..<p.upperBound
            return b
        }
        if let v = volume(t, at: j) {
            b.volume = v
            j = v.upperBound
        }
        // `45 Suppl 2`, `81 Spec No 1` without parentheses
        k = skipSpaces(t, j)
        if b.volume != nil, let e = supplement(t, at: k) {
            b.issue = k..<e
            j = e
            k = skipSpaces(t, j)
        }
        if let (iss, e) = issue(t, at: k) {
            b.issue = iss
            j = e
        }
        guard b.volume != nil || b.issue != nil else { return nil }
        k = skipSpaces(t, j)
        if t.at(k) == ":" {
            if k > j { b.straySpaces.append(j..<k) }
            let p0 = skipSpaces(t, k + 1)
            if p0 > k + 1 { b.straySpaces.append((k + 1)..<p0) }
            if let p = pages(t, at: p0) {
                b.pages = p
                j = p.upperBound
            }
        }
        if sep == "," && b.pages == nil { return nil }
        b.range = y..<j
        return b
    }

    /// The volume-first block (`VOL(ISSUE):PAGES`, `VOL(ISSUE), PAGES`, `VOL, PAGES (YEAR)`) at `v`.
    static func volumeFirst(_ t: ScalarText, at v: Int) -> SourceBlock? {
        guard let vol = volume(t, at: v), t.at(v - 1) == " " else { return nil }
        // `19 Suppl 2: ii215`: the number after `Suppl` numbers the supplement, not the volume.
        let wordStart = t.tokenStart(before: v - 1)
        if t.matches("suppl", at: wordStart) { return nil }
        // A volume is short; a four-digit number after a comma is more likely a year.
        var b = SourceBlock(form: .volumeFirst, range: v..<vol.upperBound)
        b.volume = vol
        var j = vol.upperBound
        var k = skipSpaces(t, j)
        // `108 Suppl: 4680-4687`, `19 Suppl 2: ii215-ii225` (PLOS prints supplements so).
        if let e = supplement(t, at: k) {
            b.issue = k..<e
            j = e
            k = skipSpaces(t, j)
        }
        if let (iss, e) = issue(t, at: k) {
            if DateWords.year(in: t, at: iss.lowerBound) != nil, iss.count <= 5 {
                // `192 (2009)`: a year, not an issue
            } else {
                b.issue = iss
                j = e
                k = skipSpaces(t, j)
            }
        }
        if t.at(k) == ":" {
            // `109:: 53-81`: a doubled colon is a typo for one.
            var p0 = skipSpaces(t, k + 1)
            if t.at(p0) == ":" { p0 = skipSpaces(t, p0 + 1) }
            guard let p = pages(t, at: p0) else { return nil }
            b.pages = p
            j = p.upperBound
        } else if k > j, b.issue != nil || t.at(v - 2).isLetter || t.at(v - 2) == ".", let p = pages(t, at: k),
            (p.lowerBound..<p.upperBound).contains(where: { t[$0].isDash })
        {
            // `20 (9) 1165-1173`, `Proc Natl Acad Sci USA 109 14726-14727`: volume (issue) and a page range
            // with spaces only between them, after a journal's word.
            b.pages = p
            j = p.upperBound
        } else if t.at(k) == "," {
            var p0 = skipSpaces(t, k + 1)
            if t.matches("pp.", at: p0) { p0 = skipSpaces(t, p0 + 3) } else if t.matches("p.", at: p0) { p0 = skipSpaces(t, p0 + 2) }
            guard let p = pages(t, at: p0) else { return nil }
            b.pages = p
            j = p.upperBound
        } else {
            return nil
        }
        b.range = v..<j
        return b
    }

    static let trailerWords: Set<String> = [
        "discussion", "supplement", "suppl", "pii", "review", "erratum", "in", "epub", "published", "comment",
        "english", "german", "french", "spanish", "italian", "abstract", "letter", "editorial", "retracted",
    ]

    /// Whether only closing matter follows `i`: punctuation, a parenthesised year, notes in brackets.
    static func onlyTrailerAfter(_ t: ScalarText, _ i: Int) -> Bool {
        var j = i
        while j < t.count {
            let u = t[j]
            if u == "(", let y = DateWords.year(in: t, at: j + 1) {
                var e = y.end
                while e < t.count, t[e] != ")", e - j < 20 { e += 1 }
                j = e + 1
                continue
            }
            if u == " " || u == "." || u == "," || u == ";" || u == "(" || u == ")" { j += 1; continue }
            // `. 2008` (a year standing last)
            if let y = DateWords.year(in: t, at: j), y.end >= t.count || !t.at(y.end).isAlnum { j = y.end; continue }
            // `, discussion 347`, `Supplement`, `(PII:S0002-...)`, `Review.`: notes that close a reference.
            if u.isLetter, t.at(j - 1) == " " || t.at(j - 1) == "(" {
                var e = j
                while e < t.count, t[e].isLetter { e += 1 }
                if e - j <= 12, trailerWords.contains(t.lowercasedASCII(j..<e)) { return true }
                // `, viii` (pages of a preface in roman numerals)
                if e - j <= 6, (j..<e).allSatisfy({ "ivxlc".unicodeScalars.contains(t[$0]) }) { j = e; continue }
            }
            return false
        }
        return true
    }

    /// IEEE: `vol. 5, no. 10, pp. 914-920, 2003` (also `Oct. 2003`, `p. 12`, without `no.`), at `v`
    /// (the `vol.` label).
    static func ieee(_ t: ScalarText, at v: Int) -> SourceBlock? {
        guard t.matches("vol. ", at: v), !t.at(v - 1).isLetter, let vol = volume(t, at: v + 5) else { return nil }
        var b = SourceBlock(form: .volumeFirst, range: v..<vol.upperBound)
        b.volume = vol
        var j = vol.upperBound
        if t.matches(", no. ", at: j), t.at(j + 6).isAlnum {
            var e = j + 6
            while e < t.count, t[e].isAlnum || t[e] == "-" { e += 1 }
            b.issue = (j + 6)..<e
            j = e
        }
        if t.matches(", pp. ", at: j) || t.matches(", p. ", at: j) {
            let p0 = j + (t.matches(", pp. ", at: j) ? 6 : 5)
            guard let p = pages(t, at: p0) else { return nil }
            b.pages = p
            j = p.upperBound
        }
        guard b.pages != nil || b.issue != nil else { return nil }
        // `, 2003` or `, Oct. 2003`
        if t.at(j) == ",", t.at(j + 1) == " " {
            var k = j + 2
            if let m = DateWords.month(in: t, at: k) {
                b.month = m.month
                k = skipSpaces(t, m.end)
            }
            if let y = DateWords.year(in: t, at: k) {
                b.year = y.year
                b.yearRange = k..<(k + 4)
                j = y.end
            }
        }
        b.range = v..<j
        return b
    }

    /// Finds the block: the IEEE block (`vol. 5, no. 10, pp. ...`), else the last date-first block, else
    /// the last volume-first block followed only by closing matter.
    static func find(in t: ScalarText, from lo: Int) -> SourceBlock? {
        var label = lo
        while label + 5 < t.count {
            if t[label] == "v" || t[label] == "V", let b = ieee(t, at: label), onlyTrailerAfter(t, b.range.upperBound) { return b }
            label += 1
        }
        // Remember only where the last block starts (carrying the block through the loop costs a copy a step).
        var lastStart: Int?
        var i = lo
        while i < t.count {
            if t[i].isDigit, !t.at(i - 1).isAlnum, let end = dateFirst(t, at: i)?.range.upperBound {
                lastStart = i
                i = end
                continue
            }
            i += 1
        }
        if let s = lastStart, let best = dateFirst(t, at: s) { return best }
        var v = t.count - 1
        while v > lo {
            if t[v].isDigit, t.at(v - 1) == " ", let b = volumeFirst(t, at: v), onlyTrailerAfter(t, b.range.upperBound) {
                return b
            }
            v -= 1
        }
        return nil
    }
}
