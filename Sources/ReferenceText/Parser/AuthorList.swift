/// The author list at the start of a reference, in the forms medical references use:
/// Vancouver (`Kim SR, Di Paolo S, van der Berg AB, Rigó J Jr, et al.`), APA/Harvard
/// (`Thomas, S. B., Fine, M. J., & Ibrahim, S. A. (2004).`), given name first (`N Vuillerme, N Pinsault,`),
/// and collective authors (`World Health Organization.`).
struct AuthorList {
    enum Form { case familyFirst, familyCommaGiven, givenFirst, familyCommaFullGiven, fullGivenFirst }
    /// How the list ended.
    enum Terminator { case period, colon, comma, year, none }

    var names: [Name] = []
    var etAl = false
    var range: Range<Int>
    /// Where the text after the list starts.
    var next: Int
    var terminator: Terminator = .none
    /// `(2004)` straight after the list.
    var year: Int?
    var yearRange: Range<Int>?
    /// The list ended in `, editor.` / `, editors.` / `(eds)`.
    var areEditors = false
    /// The form of the first name (collective and CJK lists count as family-first).
    var form: Form = .familyFirst

    static let lowercaseParticles: Set<String> = [
        "van", "von", "der", "den", "de", "la", "le", "du", "di", "da", "dos", "das", "del", "della",
        "des", "ter", "ten", "dela", "delle", "degli", "dello", "van't", "af", "zu", "y", "bin", "al", "el", "st", "d'", "op", "het", "vander", "'t", "’t", "und",
    ]
    static let capitalParticles: Set<String> = [
        "Van", "Von", "De", "La", "Le", "Du", "Di", "Da", "Del", "Della", "Des", "Dos", "Das", "Ter", "Ten", "Den", "Der", "Van't",
    ]

    static let suffixes: Set<String> = ["Jr", "Sr", "II", "III", "IV", "2nd", "3rd", "4th", "Jnr", "Snr"]
    static let collectiveWords: Set<String> = [
        "group", "committee", "organization", "organisation", "society", "association", "collaboration",
        "collaborative", "consortium", "investigators", "institute", "council", "network", "team", "agency",
        "department", "board", "foundation", "centers", "centre", "center", "federation", "college", "academy",
        "panel", "force", "trialists", "program", "programme", "office", "ministry", "service", "commission",
        "registry", "alliance", "union", "authors", "writing", "working", "party", "members", "coalition", "initiative",
        "consortia", "collaborators", "laboratories", "laboratory", "inc", "ltd", "llc", "gmbh", "corporation",
    ]

    /// Reads the list starting at `lo`; `nil` when no author is recognised.
    static func read(_ t: ScalarText, from lo: Int) -> AuthorList? {
        let start = SourceMatcher.skipSpaces(t, lo)
        if let list = familiesOnly(t, from: start) { return list }
        for form in [Form.familyFirst, .familyCommaGiven, .givenFirst] {
            if let list = read(t, from: start, form: form) { return list }
        }
        // Chicago author-date (`Stevens, Ashley J. 2004.`): full given names, trusted only when the
        // year follows the list.
        if let list = read(t, from: start, form: .familyCommaFullGiven), list.year != nil || list.terminator == .period {
            return list
        }
        // `Margaret A Shipp, Ken N Ross, ..., and Carlos Guestrin.`: full names, given first. Trusted only
        // for two names or more with a middle initial somewhere (a title does not read so).
        if let list = read(t, from: start, form: .fullGivenFirst), list.terminator == .period || list.year != nil,
            list.names.count >= 2 || list.etAl,
            list.names.contains(where: { ($0.given ?? "").split(separator: " ").contains { $0.count == 1 || ($0.count == 2 && $0.hasSuffix(".")) } })
        {
            return list
        }
        // `———.`, `______.`: the same authors as the reference before (the list is not repeated).
        var d = start
        while d < t.count, t[d].isDash || t[d] == "_" { d += 1 }
        if d - start >= 2, t.at(d) == "." || t.at(d) == "," {
            var list = AuthorList(range: start..<d, next: d)
            finish(&list, t, at: d)
            return list
        }
        if let list = anonymous(t, from: start) ?? collective(t, from: start) {
            return list
        }
        return corporateBeforeYear(t, from: start)
    }

    /// `Anon.`, `Anonymous.`: the author element of an unsigned work (APA, Vancouver), kept as written.
    static func anonymous(_ t: ScalarText, from i: Int) -> AuthorList? {
        for word in ["Anonymous", "Anon"] where t.matches(word, at: i, caseInsensitive: false) {
            let e = i + word.unicodeScalars.count
            guard t.at(e) == "." || t.at(e) == "," || t.at(e) == " " && t.at(e + 1) == "(" else { continue }
            var list = AuthorList(range: i..<e, next: e)
            list.names = [.literal(word)]
            finish(&list, t, at: e)
            return list
        }
        return nil
    }

    /// `Fontana, Stadler, Bornberg-Bauer, Hofacker, et al.`: three or more family names without
    /// initials, separated by commas and closed by `et al.`.
    static func familiesOnly(_ t: ScalarText, from i: Int) -> AuthorList? {
        var names: [Name] = []
        var j = i
        while t.at(j).isUpper {
            let e = wordEnd(t, j)
            guard e > j + 1, t.at(e) == ",", t.at(e + 1) == " " else { return nil }
            names.append(Name(family: t.string(j..<e)))
            j = e + 2
        }
        guard names.count >= 3, t.matches("et al.", at: j, caseInsensitive: false) else { return nil }
        let e = j + 6
        var list = AuthorList(range: i..<e, next: e)
        list.names = names
        list.etAl = true
        finish(&list, t, at: e)
        return list
    }

    /// `SLU (2012)`, `NEEM community members (2013)`: in author-date styles whatever stands before the
    /// parenthesised year, when no personal names read there, is a corporate author.
    static func corporateBeforeYear(_ t: ScalarText, from i: Int) -> AuthorList? {
        guard t.at(i).isUpper else { return nil }
        var j = i
        while j < t.count, j - i < 160, t[j] != "(" {
            // A sentence end before the year: this is no author element.
            if t[j] == ".", t.at(j + 1) == " ", !(t.at(j - 1).isUpper && !t.at(j - 2).isLetter) { return nil }
            // Commas separate personal names (`Renals, Steve, and Richard Rohwer (1989)`), read elsewhere.
            if t[j] == ";" || t[j] == ":" || t[j] == "," { return nil }
            j += 1
        }
        guard t.at(j) == "(", let y = DateWords.year(in: t, at: j + 1), t.at(y.end) == ")" else { return nil }
        var e = j
        while e > i, t[e - 1] == " " || t[e - 1] == "," { e -= 1 }
        guard e > i else { return nil }
        var list = AuthorList(range: i..<e, next: e)
        list.names = [.literal(t.string(i..<e))]
        finish(&list, t, at: e)
        return list
    }

    // MARK: - Words

    /// The end of the name word at `i`: letters, apostrophes and inner hyphens.
    static func wordEnd(_ t: ScalarText, _ i: Int) -> Int {
        var j = i
        // `'t` in `van 't Veer`
        if t.at(i).isApostrophe, t.at(i + 1).isLower, !t.at(i + 2).isLetter { return i + 2 }
        while j < t.count {
            let u = t[j]
            // Letters, and Latin-1 symbols that stand for letters in mis-decoded text (`TyihÃ¡k`).
            if u.isLetter || (u.value >= 0xA1 && u.value <= 0xFF) { j += 1; continue }
            // A combining accent after a letter (`Kopác̆ek` written decomposed) belongs to the word.
            if j > i, (0x0300...0x036F).contains(u.value) { j += 1; continue }
            // Inner hyphens, and the en dash some typesetting puts in double names (`Shen–Orr`).
            if (u.isApostrophe || u == "-" || u == "\u{2010}" || u == "\u{2011}" || u == "\u{2013}") && j > i
                && t.at(j - 1).isLetter && t.at(j + 1).isLetter { j += 1; continue }
            break
        }
        return j
    }

    /// Undotted initials (`SR`, `J-P`) ending at a non-letter, or `nil`.
    static func plainInitials(_ t: ScalarText, _ i: Int) -> Int? {
        var j = i
        var letters = 0
        while j < t.count {
            if t[j].isUpper { letters += 1; j += 1; continue }
            if t[j] == "-", t.at(j + 1).isUpper, letters > 0 { j += 1; continue }
            // `C-j` (a hyphenated given name written with a small second initial)
            if t[j] == "-", t.at(j + 1).isLower, !t.at(j + 2).isLetter, letters > 0 { j += 2; letters += 1; break }
            break
        }
        // `Nguyen Jp,`: a capital and one small letter, in the middle of a list.
        if letters == 1, j == i + 1, t.at(j).isLower, !t.at(j + 1).isLetter, t.at(j + 1) == "," { return j + 1 }
        guard letters >= 1, letters <= 4, !t.at(j).isLetter, !t.at(j).isDigit, t.at(j) != "'" else { return nil }
        return j
    }

    /// Dotted initials (`J.`, `J.A.`, `C. R.`, `J.-P.`), ending after the last period, or `nil`.
    static func dottedInitials(_ t: ScalarText, _ i: Int) -> Int? {
        var j = i
        var groups = 0
        while j < t.count, t[j].isUpper, t.at(j + 1) == "." {
            j += 2
            groups += 1
            if t.at(j) == "-", t.at(j + 1).isUpper {
                // `J.-P.` goes on; `M.-H et` ends with its last initial.
                if t.at(j + 2) == "." { j += 1; continue }
                if !t.at(j + 2).isLetter { j += 2 }
                break
            }
            if t.at(j) == " ", t.at(j + 1).isUpper, t.at(j + 2) == "." { j += 1; continue }
            if t.at(j).isUpper, t.at(j + 1) == "." { continue }
            // `Janssens J.P,`: the last initial without its period.
            if t.at(j).isUpper, t.at(j + 1) == "," || t.at(j + 1) == ";" { j += 1 }
            break
        }
        // `Th.`, `Ch.`: a capital and a small letter abbreviating one given name.
        if groups == 0, t.at(i).isUpper, t.at(i + 1).isLower, t.at(i + 2) == ".", !t.at(i + 3).isLetter { return i + 3 }
        return groups > 0 ? j : nil
    }

    /// The suffix (`Jr`, `3rd`) at `i`, with its end (after an optional period).
    static func suffix(_ t: ScalarText, _ i: Int) -> (String, Int)? {
        guard ["J", "S", "I", "2", "3", "4"].contains(t.at(i)) else { return nil }
        var j = i
        while j < t.count, t[j].isAlnum { j += 1 }
        guard j > i else { return nil }
        let w = t.string(i..<j)
        guard suffixes.contains(w), !t.at(j).isLetter else { return nil }
        return (w, t.at(j) == "." ? j + 1 : j)
    }

    /// Family-name words from `i` (particles and capitalised words), stopping before `stop` returns true.
    /// Returns the family word ranges.
    static func familyWords(_ t: ScalarText, from i: Int, max: Int = 4, until stop: (Int) -> Bool) -> [Range<Int>]? {
        var words: [Range<Int>] = []
        var j = i
        while words.count < max {
            if stop(j) { return words.isEmpty ? nil : words }
            let e = wordEnd(t, j)
            guard e > j else { return nil }
            let u = t[j]
            if !u.isUpper {
                guard u.isLower || u.isApostrophe else { return nil }
                let camel = e - j >= 4 && ((j + 1)..<e).contains(where: { t[$0].isUpper })
                guard camel || (e - j <= 6 && lowercaseParticles.contains(t.lowercasedASCII(j..<e))) else { return nil }
            }
            // `d'Alembert`, `O'Brien` are read as one word by wordEnd.
            words.append(j..<e)
            guard t.at(e) == " " else {
                j = e
                return stop(j) ? words : nil
            }
            j = e + 1
        }
        return stop(j) ? words : nil
    }

    /// A name from its parts. Particles (`van der`, `de la`, capitalised `Di`, `De`, `Van`) stay in the
    /// family name as the reference writes it (`van der Meulen`), as PubMed and Crossref records keep
    /// them, so that comparing a parsed name with a record's compares the same words.
    static func makeName(_ t: ScalarText, family: [Range<Int>], given: String?, suffix: String?) -> Name {
        let fam = family.map { t.string($0) }.joined(separator: " ")
        // Written as CSL reads initials (`K. D.`); bare `KD` would be taken for a name.
        return Name(family: fam, given: given.map(givenName(fromInitials:)), suffix: suffix)
    }

    /// `Name.givenName(fromInitials:)` with a fast path for ASCII capitals and hyphens (`YK` → `Y. K.`,
    /// `G-Q` → `G.-Q.`), the form of nearly every Vancouver name; the same result, without the Unicode
    /// property look-ups and string concatenations that cost several per cent of a parse.
    static func givenName(fromInitials initials: String) -> String {
        var letters = 0
        for byte in initials.utf8 {
            if byte == UInt8(ascii: "-") { continue }
            if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") {
                letters += 1
            } else if byte < 0x80 {
                // An ASCII character that is no capital: not bare initials, kept as written.
                return initials
            } else {
                return Name.givenName(fromInitials: initials)
            }
        }
        guard letters > 0, letters <= 4 else { return initials }
        var out: [UInt8] = []
        out.reserveCapacity(initials.utf8.count * 3)
        for byte in initials.utf8 {
            if byte == UInt8(ascii: "-") {
                out.append(byte)
            } else {
                if let last = out.last, last != UInt8(ascii: "-") { out.append(UInt8(ascii: " ")) }
                out.append(byte)
                out.append(UInt8(ascii: "."))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - One name

    /// `Family [Family…] INITIALS [Suffix]`, e.g. `Chester Wasko M`, `van der Berg AB`, `Rigó J Jr`.
    static func familyFirstName(_ t: ScalarText, at i: Int) -> (Name, Int)? {
        var initialsEnd = 0
        var initialsStart = 0
        guard let fam = familyWords(t, from: i, until: { j in
            guard j > i, t.at(j - 1) == " " else { return false }
            var end = plainInitials(t, j)
            // `J.P,`: dotted initials reaching past the first initial's period win over `J`.
            if end == nil || t.at(end ?? j) == ".", let dotted = dottedInitials(t, j), dotted > (end ?? j) + 1 {
                end = dotted
            }
            if let e = end {
                initialsStart = j
                initialsEnd = e
                return true
            }
            return false
        }) else { return nil }
        var given = t.string(initialsStart..<initialsEnd)
        var end = initialsEnd
        var sfx: String?
        // `Gualdi R.; Bossard P.;`: the period closes the initials, the list goes on.
        if t.at(end) == ".", t.at(end + 1) == ";" || t.at(end + 1) == "," { end += 1 }
        // `King III SB`: a roman-numeral suffix written before the initials.
        if ["II", "III", "IV"].contains(given), t.at(end) == " ", let e2 = plainInitials(t, end + 1) {
            sfx = given
            given = t.string((end + 1)..<e2)
            end = e2
        }
        if given.hasSuffix(".") && !given.dropLast().contains(where: { $0 == "." }) { given.removeLast() }
        // `J.P` is written as CSL reads initials, like `JP`.
        if given.contains(where: { $0 == "." }) { given = given.filter { $0 != "." && $0 != " " } }
        if sfx == nil, t.at(end) == " ", let (s, e) = suffix(t, end + 1) {
            sfx = s
            end = e
        } else if t.at(end) == ",", t.at(end + 1) == " ", let (s, e) = suffix(t, end + 2) {
            // `Jack CR, Jr.`
            if ["Jr", "Sr", "Jnr", "Snr"].contains(s) {
                sfx = s
                end = e
            }
        }
        return (makeName(t, family: fam, given: given, suffix: sfx), end)
    }

    /// `Family, I. I.[, Jr.]`, e.g. `Jack, C. R. Jr.`, `D'Arrigo, A.`.
    static func familyCommaGivenName(_ t: ScalarText, at i: Int) -> (Name, Int)? {
        var initialsEnd = 0
        var initialsStart = 0
        guard let family = familyWords(t, from: i, until: { j in
            guard j > i, t.at(j) == ",", t.at(j + 1) == " " else { return false }
            if let e = dottedInitials(t, j + 2) {
                initialsStart = j + 2
                initialsEnd = e
                return true
            }
            return false
        }) else {
            return nil
        }
        var end = initialsEnd
        var sfx: String?
        if t.at(end) == " " || t.at(end) == ",", t.at(end + 1) == " " || t.at(end) == " " {
            let s0 = t.at(end) == "," ? end + 2 : end + 1
            if let (s, e) = suffix(t, s0) {
                sfx = s
                end = e
            }
        }
        return (makeName(t, family: family, given: t.string(initialsStart..<initialsEnd), suffix: sfx), end)
    }

    /// `Family, Given [I.]`, e.g. `Stevens, Ashley J.`, `Pestre, Dominique`.
    static func familyCommaFullGivenName(_ t: ScalarText, at i: Int) -> (Name, Int)? {
        var givenStart = 0
        guard let family = familyWords(t, from: i, max: 2, until: { j in
            guard j > i, t.at(j) == ",", t.at(j + 1) == " ", t.at(j + 2).isUpper, t.at(j + 3).isLower else { return false }
            givenStart = j + 2
            return true
        }), family.allSatisfy({ $0.count >= 2 }) else { return nil }
        var j = givenStart
        var end = j
        var parts = 0
        while parts < 3 {
            if let e = dottedInitials(t, j) {
                end = e
                parts += 1
            } else {
                let e = wordEnd(t, j)
                guard e > j + 1, t[j].isUpper, ((j + 1)..<e).allSatisfy({ t[$0].isLower || t[$0] == "-" || t[$0].isUpper }) else { break }
                end = e
                parts += 1
            }
            guard t.at(end) == " ", t.at(end + 1).isUpper, parts < 3 else { break }
            // Stop before the title or a year.
            if dottedInitials(t, end + 1) == nil, wordEnd(t, end + 1) > end + 1, t.at(wordEnd(t, end + 1)) != "." { break }
            j = end + 1
        }
        guard parts > 0 else { return nil }
        var given = t.string(givenStart..<end)
        if given.hasSuffix("."), given.dropLast().last?.isUppercase == true, !given.dropLast().contains(where: { $0 == "." }) { given.removeLast() }
        return (makeName(t, family: family, given: given, suffix: nil), end)
    }

    /// `Given [I.] Family`, e.g. `Jacqueline J. Goodnow`: after the first name of a Chicago list.
    static func fullGivenFirstName(_ t: ScalarText, at i: Int) -> (Name, Int)? {
        var words: [Range<Int>] = []
        var j = i
        while words.count < 4 {
            if let e = dottedInitials(t, j) {
                words.append(j..<e)
            } else {
                let e = wordEnd(t, j)
                guard e > j, t[j].isUpper else { break }
                words.append(j..<e)
            }
            guard let last = words.last, t.at(last.upperBound) == " ", t.at(last.upperBound + 1).isUpper else { break }
            j = last.upperBound + 1
        }
        guard words.count >= 2, let family = words.last,
            (family.lowerBound..<family.upperBound).contains(where: { t[$0].isLower }),
            [",", "."].contains(t.at(family.upperBound)) else { return nil }
        let given = t.string(words[0].lowerBound..<words[words.count - 2].upperBound)
        return (makeName(t, family: [family], given: given, suffix: nil), family.upperBound)
    }

    /// `INITIALS Family`, e.g. `N Vuillerme`, `J. A. Smith`, `N. Kerlero de Rosbo`.
    static func givenFirstName(_ t: ScalarText, at i: Int) -> (Name, Int)? {
        guard let ie = dottedInitials(t, i) ?? plainInitials(t, i), t.at(ie) == " " else { return nil }
        var fam: [Range<Int>] = []
        var j = ie + 1
        while fam.count < 4 {
            let e = wordEnd(t, j)
            guard e > j else { break }
            let w = t.string(j..<e)
            let particle = lowercaseParticles.contains(w.lowercased())
            guard t[j].isUpper || particle && t[j].isLower else { break }
            fam.append(j..<e)
            // Continue over `Kerlero de Rosbo`: a space, then a capitalised word or a particle.
            guard t.at(e) == " " else { break }
            let n = wordEnd(t, e + 1)
            guard n > e + 1 else { break }
            let next = t.string((e + 1)..<n)
            let nextParticle = lowercaseParticles.contains(next.lowercased())
            guard (t[e + 1].isUpper && (particle || nextParticle || [",", "."].contains(t.at(n)))) || (nextParticle && t[e + 1].isLower) else { break }
            if next == "and" || next == "et" { break }
            j = e + 1
        }
        guard let last = fam.last, t.string(last).unicodeScalars.contains(where: { $0.isLower }) else { return nil }
        while let l = fam.last, t[l.lowerBound].isLower { fam.removeLast() }
        guard let end = fam.last?.upperBound else { return nil }
        guard [",", ".", ";", ":"].contains(t.at(end)) || t.matches(" and ", at: end) || t.matches(" & ", at: end)
            || t.matches(" (", at: end) || t.matches(" et al", at: end) || end >= t.count else { return nil }
        // `J. Fluid Mech., 279`: an abbreviated journal title, not a name (names do not end in `.,`).
        if t.at(end) == ".", t.at(end + 1) == ",", fam.count >= 2, !t.matches(" et al", at: end + 2),
            let last = fam.last, !suffixes.contains(t.string(last))
        {
            return nil
        }
        var given = t.string(i..<ie)
        if given.hasSuffix(".") && !given.dropLast().contains(where: { $0 == "." }) { given.removeLast() }
        return (makeName(t, family: fam, given: given, suffix: nil), end)
    }

    // MARK: - The list

    static func name(_ t: ScalarText, at i: Int, form: Form) -> (Name, Int)? {
        switch form {
        case .familyFirst: familyFirstName(t, at: i)
        case .familyCommaGiven: familyCommaGivenName(t, at: i)
        case .givenFirst: givenFirstName(t, at: i)
        case .familyCommaFullGiven: familyCommaFullGivenName(t, at: i)
        case .fullGivenFirst: fullGivenFirstName(t, at: i)
        }
    }

    /// `et al` at `i` (with optional period), returning the end.
    static func etAl(_ t: ScalarText, _ i: Int) -> Int? {
        if t.matches("et al", at: i) && !t.at(i + 5).isLetter {
            var e = i + 5
            if t.at(e) == "." { e += 1 }
            return e
        }
        // `et. al.`, a common misspelling.
        if t.matches("et. al", at: i) && !t.at(i + 6).isLetter {
            var e = i + 6
            if t.at(e) == "." { e += 1 }
            return e
        }
        if t.matches("and others", at: i) { return i + 10 }
        return nil
    }

    static func read(_ t: ScalarText, from start: Int, form: Form) -> AuthorList? {
        guard let (first, firstEnd) = name(t, at: start, form: form), validAfterName(t, firstEnd) else { return nil }
        var list = AuthorList(range: start..<firstEnd, next: firstEnd)
        list.form = form
        list.names.append(first)
        var j = firstEnd
        while true {
            // What follows a name.
            let u = t.at(j)
            if j >= t.count {
                list.terminator = .none
                list.next = j
                break
            }
            // `Nolen , et al`: a stray space before the separator; `Sombié., et al`: a period before it.
            if u == " " && (t.at(j + 1) == "," || t.at(j + 1) == ";") || u == "." && t.at(j + 1) == "," && t.matches(" et al", at: j + 2) {
                j += 1
                continue
            }
            if u == "," || u == ";" {
                var k = SourceMatcher.skipSpaces(t, j + 1)
                k = skipStrayNumber(t, k)
                if let e = etAl(t, k) {
                    closeWithEtAl(&list, t, start: start, at: e)
                    return list
                }
                if t.matches("and ", at: k) { k += 4 } else if t.matches("& ", at: k) { k += 2 }
                if let e = editorsLabel(t, k) {
                    list.areEditors = true
                    list.range = start..<j
                    finish(&list, t, at: e)
                    return list
                }
                if let (n, e) = nextName(t, at: k, form: form) {
                    list.names.append(n)
                    j = e
                    continue
                }
                // `Cirillo DM; the Italian Multicentre Study Group.`: a group after a semicolon may open with `the`.
                let groupStart = u == ";" && t.matches("the ", at: k, caseInsensitive: false) && t.at(k + 4).isUpper ? k + 4 : k
                if let (lit, e) = collectiveName(t, at: groupStart, capitalisedOnly: true), u == ";" || [":", "."].contains(t.at(e)) {
                    list.names.append(.literal(t.string(k..<groupStart) + lit))
                    j = e
                    continue
                }
                // `..., Hodges TK, Proyecto El Cuete: Title`: capitalised words closing a BMC-style list.
                if list.names.count >= 2, let e = capitalisedGroup(t, at: k), t.at(e) == ":" {
                    list.names.append(.literal(t.string(k..<e)))
                    list.range = start..<e
                    finish(&list, t, at: e)
                    return list
                }
                // Not a name: the list ended with a comma (`Hackett G, Ligament ...`).
                list.range = start..<j
                list.terminator = .comma
                list.next = SourceMatcher.skipSpaces(t, j + 1)
                return list
            }
            if u == " " {
                let k = j + 1
                if let e = etAl(t, k) {
                    closeWithEtAl(&list, t, start: start, at: e)
                    return list
                }
                var n0: Int? = nil
                if t.matches("and ", at: k) { n0 = k + 4 } else if t.matches("& ", at: k) { n0 = k + 2 }
                // `BACQUE M.-H et SINTOMER Y.`: French `et` for `and`.
                else if t.matches("et ", at: k, caseInsensitive: false), !t.matches("et al", at: k) { n0 = k + 3 }
                if let n0, let (n, e) = name(t, at: n0, form: form) {
                    list.names.append(n)
                    j = e
                    continue
                }
                if let e = editorsLabel(t, k) {
                    list.areEditors = true
                    list.range = start..<j
                    finish(&list, t, at: e)
                    return list
                }
            }
            list.range = start..<j
            finish(&list, t, at: j)
            return list
        }
        list.range = start..<j
        return list
    }

    /// The end of a run of 1...6 capitalised words (small connectors allowed) from `i`.
    static func capitalisedGroup(_ t: ScalarText, at i: Int) -> Int? {
        var j = i
        var words = 0
        while words < 6 {
            let e = wordEnd(t, j)
            guard e > j else { return nil }
            guard t[j].isUpper || ["of", "for", "the", "and", "on", "in", "de", "del", "la", "el"].contains(t.string(j..<e)) else { return nil }
            words += 1
            if t.at(e) == " " { j = e + 1; continue }
            return e
        }
        return nil
    }

    /// Ends the list after `et al.`; a collective author may follow
    /// (`Kempler P et al. Toronto Diabetic Neuropathy Expert Group. Title`).
    static func closeWithEtAl(_ list: inout AuthorList, _ t: ScalarText, start: Int, at e: Int) {
        list.etAl = true
        list.range = start..<e
        finish(&list, t, at: e)
        if let (lit, e2) = collectiveName(t, at: list.next, capitalisedOnly: true), t.at(e2) == "." {
            list.names.append(.literal(lit))
            list.range = start..<e2
            finish(&list, t, at: e2)
        }
    }

    /// Whether a name may end at `e`: followed by a separator, a year, a quoted title, or the end.
    static func validAfterName(_ t: ScalarText, _ e: Int) -> Bool {
        let u = t.at(e)
        if e >= t.count || u == "," || u == "." || u == ":" || u == ";" { return true }
        if u == " " {
            var k = e + 1
            while k < t.count, t[k] == " " { k += 1 }
            let n = t.at(k)
            if n == "." || n == "," || n == ":" || n == ";" { return true }
            if t.at(e - 1) == "." { return true }
            return n == "(" || n == "&" || t.matches("and ", at: k) || t.matches("et ", at: k, caseInsensitive: false)
                || ParseState.quoteOpen.contains(n) || n == "[" || k >= t.count
        }
        return u == "("
    }

    /// A family name alone (`Leleug,`) in the middle of a list.
    static func bareFamily(_ t: ScalarText, at i: Int) -> (Name, Int)? {
        guard t.at(i).isUpper else { return nil }
        let e = wordEnd(t, i)
        guard e - i >= 2, t.at(e) == ",", t.string(i..<e).unicodeScalars.contains(where: { $0.isLower }) else { return nil }
        return (Name(family: t.string(i..<e)), e)
    }

    /// Skips a number a PDF extractor left inside the text (`74. `, a line number of the page).
    static func skipStrayNumber(_ t: ScalarText, _ k: Int) -> Int {
        var e = k
        while e < t.count, t[e].isDigit, e - k < 3 { e += 1 }
        if e > k, t.at(e) == ".", t.at(e + 1) == " ", t.at(e + 2).isUpper { return e + 2 }
        return k
    }

    /// The next name of a list: in the list's form, else in another form, else a bare family name
    /// followed by more names.
    static func nextName(_ t: ScalarText, at k: Int, form: Form) -> (Name, Int)? {
        if let (n, e) = name(t, at: k, form: form), validAfterName(t, e) { return (n, e) }
        // Chicago: `Bruner, Jerome S., Jacqueline J. Goodnow, and George A. Austin.`
        if form == .familyCommaFullGiven, let (n, e) = fullGivenFirstName(t, at: k), validAfterName(t, e) { return (n, e) }
        for other in [Form.familyFirst, .givenFirst, .familyCommaGiven] where other != form {
            if let (n, e) = name(t, at: k, form: other), validAfterName(t, e),
                [",", ".", ":"].contains(t.at(e)) || t.matches(" and ", at: e) || t.matches(" & ", at: e)
            {
                return (n, e)
            }
        }
        if let (n, e) = bareFamily(t, at: k), name(t, at: SourceMatcher.skipSpaces(t, e + 1), form: form) != nil { return (n, e) }
        return nil
    }

    /// `editor.`, `editors.`, `eds.`, `(eds)`, `(Eds.)` at `i`; returns the end.
    static func editorsLabel(_ t: ScalarText, _ i: Int) -> Int? {
        var k = i
        if t.at(k) == "(" { k += 1 }
        for label in ["editors", "editor", "eds", "ed", "Hrsg"] where t.matches(label, at: k) {
            var e = k + label.unicodeScalars.count
            guard !t.at(e).isLetter else { continue }
            if t.at(e) == "." { e += 1 }
            if t.at(e) == ")" { e += 1 }
            return e
        }
        return nil
    }

    /// Sets terminator and `next` from the text at `e` (after the last name).
    static func finish(_ list: inout AuthorList, _ t: ScalarText, at e: Int) {
        var j = e
        if t.at(j) == " ", [":", ".", ",", ";"].contains(t.at(SourceMatcher.skipSpaces(t, j))) { j = SourceMatcher.skipSpaces(t, j) }
        let before = t.at(j - 1)
        if before == "." && (list.etAl || list.areEditors || t.at(j) == " ") {
            list.terminator = .period
        }
        if t.at(j) == ":" || t.at(j) == "." || t.at(j) == "," || t.at(j) == ";" {
            switch t.at(j) {
            case ":": list.terminator = .colon
            case ".": list.terminator = .period
            default: list.terminator = .comma
            }
            j += 1
            while [":", "."].contains(t.at(j)) { j += 1 }
        }
        j = SourceMatcher.skipSpaces(t, j)
        if t.at(j) == "(", let y = DateWords.year(in: t, at: j + 1) {
            var k = y.end
            // `(2010, March)`, `(2010a)`
            while k < t.count, t[k] != ")", k - j < 24 { k += 1 }
            if t.at(k) == ")" {
                list.year = y.year
                list.yearRange = (j + 1)..<(j + 5)
                list.terminator = .year
                j = k + 1
                while j < t.count, [".", ",", ":", " "].contains(t[j]) { j += 1 }
            }
        } else if list.terminator == .period || list.terminator == .comma || list.etAl, let y = DateWords.year(in: t, at: j),
            [".", ","].contains(t.at(y.end)) || (t.at(y.end) == " " && t.at(y.end + 1).isUpper) {
            // Harvard: `Smith J, Jones K. 2004. Title.`
            list.year = y.year
            list.yearRange = j..<(j + 4)
            j = SourceMatcher.skipSpaces(t, y.end + 1)
        }
        list.next = skipStrayNumber(t, j)
    }

    /// A collective author at `i`: a segment (up to `. `, `;` or `:`) naming an organisation.
    static func collectiveName(_ t: ScalarText, at i: Int, capitalisedOnly: Bool = false) -> (String, Int)? {
        var j = i
        var sawKeyword = false
        var words = 0
        var smallWords = 0
        while j < t.count {
            let u = t[j]
            // `(SMIRA) Group`: an acronym in parentheses inside the name, with more of the name after it.
            if u == "(" {
                var c = j + 1
                while c < t.count, c - j <= 12, t[c].isUpper || t[c].isDigit || t[c] == "-" { c += 1 }
                if c > j + 1, t.at(c) == ")", t[j + 1].isUpper, t.at(c + 1) == " ", t.at(c + 2).isUpper { j = c + 1; continue }
            }
            if u == ";" || u == ":" || (u == "." && (t.at(j + 1) == " " || j + 1 >= t.count)) || u == "(" { break }
            if u.isDigit, DateWords.year(in: t, at: j) != nil { return nil }
            if u.isLetter, !t.at(j - 1).isLetter {
                let e = wordEnd(t, j)
                words += 1
                // Inside an author list, a collective name is a name: capitalised words and small connectors.
                if capitalisedOnly, u.isLower, !["of", "for", "the", "and", "on", "in", "de", "du", "la", "y", "e"].contains(t.string(j..<e)) {
                    // One small word may stand in a name (`The C elegans Sequencing Consortium`), but
                    // not as the head of a phrase: `Database resources of the National Center…` is a
                    // sentence-case title, where a name capitalises its head (`Department of`).
                    if t.matches(" of ", at: e) || t.matches(" for ", at: e) { return nil }
                    smallWords += 1
                    if smallWords > 1 { return nil }
                }
                if isCollectiveWord(t.string(j..<e)) { sawKeyword = true }
                j = e
                continue
            }
            j += 1
        }
        guard sawKeyword, j > i, j - i < 160, t[i].isUpper, !capitalisedOnly || words <= 10 else { return nil }
        var e = j
        while e > i, t[e - 1] == "." || t[e - 1] == " " { e -= 1 }
        return (t.string(i..<e), j)
    }

    static func isCJK(_ u: Unicode.Scalar) -> Bool {
        (0x3040...0x30FF).contains(u.value) || (0x3400...0x9FFF).contains(u.value) || (0xAC00...0xD7AF).contains(u.value)
            || (0xF900...0xFAFF).contains(u.value)
    }

    /// Chinese, Japanese and Korean names (`王麗`, `김형철, 김은숙`), each kept whole as a literal.
    static func cjkNames(_ t: ScalarText, from i: Int) -> AuthorList? {
        var names: [Name] = []
        var j = i
        while j < t.count {
            var e = j
            while e < t.count, isCJK(t[e]) || t[e] == "·" { e += 1 }
            guard e > j, e - j <= 5 else { return nil }
            names.append(.literal(t.string(j..<e)))
            if t.at(e) == ",", t.at(e + 1) == " " || isCJK(t.at(e + 1)) {
                j = SourceMatcher.skipSpaces(t, e + 1)
                continue
            }
            guard t.at(e) == "." || t.at(e) == "，" else { return nil }
            var list = AuthorList(range: i..<e, next: e)
            list.names = names
            finish(&list, t, at: e)
            return list
        }
        return nil
    }

    static func collective(_ t: ScalarText, from i: Int) -> AuthorList? {
        if isCJK(t.at(i)) { return cjkNames(t, from: i) }
        guard let (lit, e) = collectiveName(t, at: i, capitalisedOnly: true) else { return nil }
        var list = AuthorList(range: i..<e, next: e)
        list.names = [.literal(lit)]
        finish(&list, t, at: e)
        return list
    }
}

import Bibliography
