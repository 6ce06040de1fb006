import Bibliography

/// The author block as a whole. Name-by-name reading stops at the first name it cannot read
/// (`VAN DIJK P`, `Nerkararyan KhV`, `Ross McL`, a first name typed in lower case), and the rest of
/// the list would open the title. Where the block has a clear end — a year in parentheses
/// (`..., RUGGERO MA (2005) Title`), a colon (`..., Baylin SB: Title`) or the period of a
/// Vancouver list (`..., Wilson R. Title`) — and every comma-separated piece up to it reads as a
/// name, those pieces are names.
extension AuthorList {
    /// How the author block ends.
    enum BlockEnd { case year, colon, period }

    /// The author list from `lo`, with the names name-by-name reading could not take.
    static func readBlock(_ t: ScalarText, from lo: Int) -> AuthorList? {
        let start = SourceMatcher.skipSpaces(t, lo)
        let list = read(t, from: start)
        if let list, list.terminator != .comma || list.areEditors { return list }
        let gapStart = list?.range.upperBound ?? start
        let listForm = list.flatMap { $0.names.isEmpty ? nil : $0.form }
        guard let (end, kind) = blockEnd(t, from: gapStart), end > gapStart,
            // A period ends only an undotted (Vancouver) list: with dotted initials it may be one of them.
            kind != .period || !(gapStart..<end).contains(where: { t[$0] == "." }),
            let rescued = names(t, in: gapStart..<end, kind: kind, before: list?.names.count ?? 0, listForm: listForm)
        else { return list }
        var out = list ?? AuthorList(range: start..<end, next: end)
        out.names += rescued.names
        if rescued.etAl { out.etAl = true }
        var e = end
        while e > gapStart, t[e - 1] == " " { e -= 1 }
        out.range = start..<e
        out.terminator = .none
        finish(&out, t, at: e)
        return out
    }

    /// The first place after `i` that can close an author block: `(2005)`, `: `, or `. ` before a capital.
    static func blockEnd(_ t: ScalarText, from i: Int) -> (Int, BlockEnd)? {
        var j = i
        let limit = min(t.count, i + 400)
        while j < limit {
            let u = t[j]
            if u == "(", let y = DateWords.year(in: t, at: j + 1), t.at(y.end) == ")" { return (j, .year) }
            if u == ":", t.at(j + 1) == " " { return (j, .colon) }
            // `St. Mary CM`: the period of a name's abbreviation does not end the block, nor does that of an
            // initial before another (`Cleary J. G. (1987)`).
            if u == ".", t.at(j + 1) == " ", t.at(j + 2).isUpper,
                !(t.matches("St", at: j - 2, caseInsensitive: false) && !t.at(j - 3).isLetter),
                !(t.at(j - 1).isUpper && !t.at(j - 2).isLetter && t.at(j + 3) == ".")
            {
                return (j, .period)
            }
            j += 1
        }
        return nil
    }

    /// One word of a piece of the block.
    private enum Word {
        case initials(String)
        case word(String)
        case particle(String)

        var isInitials: Bool { if case .initials = self { true } else { false } }
    }

    /// The names in `range` (comma-, semicolon- or `and`-separated pieces), or `nil` when a piece
    /// does not read as a name. `before` names were read ahead of the range, in `listForm` (`nil` when
    /// none were read).
    static func names(
        _ t: ScalarText, in range: Range<Int>, kind: BlockEnd, before: Int = 0, listForm: Form? = nil
    ) -> (names: [Name], etAl: Bool)? {
        let familyFirst = listForm == .familyFirst || listForm == .familyCommaGiven
        var pieces: [Substring] = []
        var etAl = false
        var raws: [Substring] = []
        for raw in t.string(range).split(whereSeparator: { $0 == "," || $0 == ";" }) {
            // `Steve and Richard Rohwer`: `and` inside a piece separates two names too (not `und`, which
            // joins double names: `Bohlen und Halbach`).
            var rest = Substring(raw)
            while let r = [" and ", " & ", " et "].lazy.compactMap({ rest.range(of: $0) }).first,
                !rest[r.upperBound...].hasPrefix("al")
            {
                raws.append(rest[..<r.lowerBound])
                rest = rest[r.upperBound...]
            }
            raws.append(rest)
        }
        for raw in raws {
            var piece = Substring(raw.trimmingCharacters(in: .whitespaces))
            if piece == "et al" || piece == "et al." {
                etAl = true
                continue
            }
            guard !etAl else { return nil }
            // `and`, and the same in the languages lists are written in (`et D. M. Eastwood`).
            for lead in ["and ", "& ", "et ", "und ", "y ", "e "] where piece.hasPrefix(lead) { piece = piece.dropFirst(lead.count) }
            if !piece.isEmpty { pieces.append(piece) }
        }
        let parsed = pieces.map(words)
        // `Michalski, Ryszard S., Robert E. Stepp, and Edwin Diday, (1981)`, `Renals, Steve, and Richard
        // Rohwer, (1989)`: Chicago — the first author family name first, the others given name first.
        if kind == .year, before == 0, pieces.count >= 2, let first = parsed[0], first.count == 1, case .word(let family) = first[0],
            let second = parsed[1], case .word = second[0]
        {
            guard let rest = chicagoNames(pieces.dropFirst(2), parsed: parsed.dropFirst(2)) else { return nil }
            return ([Name(family: family, given: String(pieces[1]))] + rest, etAl)
        }
        let withInitials = parsed.count { $0?.contains(where: \.isInitials) == true }
        var names: [Name] = []
        for (n, piece) in pieces.enumerated() {
            guard let words = parsed[n] else { return nil }
            let tokens = piece.split(separator: " ")
            if words.allSatisfy(\.isInitials) {
                if tokens.count >= 2, !piece.contains(".") {
                    // `VAN DIJK P`, `FAN YH`, `WANG X N`: a family name in capitals, then the initials (the
                    // trailing words of one or two letters).
                    var split = tokens.count - 1
                    while split > 1, tokens[split - 1].count <= 2 { split -= 1 }
                    let given = Name.givenName(fromInitials: tokens[split...].joined())
                    names.append(Name(family: tokens[..<split].joined(separator: " "), given: given))
                    continue
                }
                // `D' Agostino, M.`, `Prado, AM`: initials after a comma complete the name before.
                guard kind != .period, let last = names.last, last.given == nil, last.family != nil else { return nil }
                names[names.count - 1].given = Name.givenName(fromInitials: piece.filter { $0 != " " && $0 != "." })
                continue
            }
            if words.count == 1, case .word(let family) = words[0] {
                let initialsNext = n + 1 < parsed.count && parsed[n + 1].map { $0.allSatisfy(\.isInitials) } == true
                // `Prado, AM`: the initials follow after a comma.
                if initialsNext && kind != .period {
                    names.append(Name(family: family))
                    continue
                }
                // A lone word is a name only after family-first names (or none), and not when it opens
                // journal titles (`A. M. Polyakov, Phys. Lett.`): `Nolen , et al:` before `et al`;
                // `Jones, Andolina I, Oakely N.` among names with initials; `Hegna I, Kolsto. Title`
                // closing a long list; `Abhay, K., & Soni. (2009)`.
                guard listForm == nil || familyFirst, !Lexicon.shared.journalWords.contains(family) else { return nil }
                if etAl && n == pieces.count - 1 || kind == .period && (withInitials >= 2 || before + names.count >= 3) && family.count >= 2 {
                    names.append(Name(family: family))
                    continue
                }
            }
            guard let name = name(from: words, piece: String(piece), kind: kind) else { return nil }
            names.append(name)
        }
        return names.isEmpty ? nil : (names, etAl)
    }

    /// `Robert E. Stepp`, `Edwin Diday`: names given first, the family name last.
    private static func chicagoNames(_ pieces: ArraySlice<Substring>, parsed: ArraySlice<[Word]?>) -> [Name]? {
        var names: [Name] = []
        for (piece, words) in zip(pieces, parsed) {
            guard let words, words.count >= 2, case .word(let family) = words[words.count - 1] else { return nil }
            let given = piece.split(separator: " ").dropLast().joined(separator: " ")
            names.append(Name(family: family, given: given))
        }
        return names
    }

    /// The words of a piece, or `nil` when one cannot stand in a name.
    private static func words(_ piece: Substring) -> [Word]? {
        let tokens = piece.split(separator: " ").map(String.init)
        guard !tokens.isEmpty else { return nil }
        let collective = tokens.contains { isCollectiveWord($0) }
        guard tokens.count <= (collective ? 12 : 5) else { return nil }
        var out: [Word] = []
        for (k, token) in tokens.enumerated() {
            // A footnote digit stuck to a name (`Ohm1 JE`).
            var w = token
            while let l = w.last, l.isNumber, w.count > 2 { w.removeLast() }
            guard let first = w.first, w.allSatisfy({ $0.isLetter || "'’´.-".contains($0) }) else { return nil }
            let letters = w.filter(\.isLetter)
            guard !letters.isEmpty else { return nil }
            if isInitials(w) {
                out.append(.initials(w))
            } else if first.isUppercase {
                // `Soni.`: the period closes the list, not the name (`St.` keeps its own).
                if w.hasSuffix("."), w.count > 3 { w.removeLast() }
                out.append(.word(w))
            } else if lowercaseParticles.contains(w.lowercased()) || collective && ["of", "for", "the", "and", "on", "in"].contains(w) {
                out.append(.particle(w))
            } else if letters.count == 1 {
                // An initial typed in lower case (`Zink d`).
                out.append(.initials(w.uppercased()))
            } else if k == 0, tokens.count > 1, w.count >= 4, isInitials(tokens[1]) {
                // A family name whose capital was lost (`lannaccone PM`).
                out.append(.word(w))
            } else {
                return nil
            }
        }
        return out
    }

    /// `Group`, `Committee`, `Investigators`: a word naming an organisation.
    static func isCollectiveWord(_ w: String) -> Bool {
        var l = w.lowercased()
        if l.hasSuffix("s") { l.removeLast() }
        return collectiveWords.contains(l) || collectiveWords.contains(l + "s")
    }

    /// `PM`, `J.P.`, `S-C`, `KhV`, `McL`: initials as lists write them.
    static func isInitials(_ w: String) -> Bool {
        let letters = w.filter(\.isLetter)
        guard (1...4).contains(letters.count), let first = letters.first, first.isUppercase else { return false }
        guard w.allSatisfy({ $0.isLetter || $0 == "." || $0 == "-" }) else { return false }
        if letters.allSatisfy(\.isUppercase) { return true }
        // Mixed case keeps at least two capitals (`KhV`, `MdP`), else it is a short family name.
        return letters.filter(\.isUppercase).count >= 2 && letters.count <= 3
    }

    /// A name from the words of one piece: `Family… INITIALS…`, `INITIALS Family…`, a collective
    /// name, or one family name.
    private static func name(from words: [Word], piece: String, kind: BlockEnd) -> Name? {
        let bare = piece.hasSuffix(".") ? String(piece.dropLast()) : piece
        if bare.split(separator: " ").contains(where: { isCollectiveWord(String($0)) }) { return .literal(bare) }
        func text(_ w: Word) -> String {
            switch w {
            case .initials(let s), .word(let s), .particle(let s): s
            }
        }
        let initialsAt = words.indices.filter { words[$0].isInitials }
        // `Jacob D Bekenstein`: a given name, its initials, then the family name.
        if let last = initialsAt.last, last > 0, last < words.count - 1,
            words[(last + 1)...].allSatisfy({ if case .word = $0 { true } else { false } }),
            words[..<last].allSatisfy({ if case .particle = $0 { false } else { true } })
        {
            let given = words[...last].map(text).joined(separator: " ")
            return Name(family: words[(last + 1)...].map(text).joined(separator: " "), given: given)
        }
        if let k = initialsAt.first(where: { $0 > 0 }) {
            // `Family [Family] INITIALS [more]`, particles leading the family name.
            let family = words[..<k]
            let given = Name.givenName(fromInitials: words[k...].map(text).joined().replacingOccurrences(of: ".", with: ""))
            // Particles stay in the family name as written (see `AuthorList.makeName`); `dos SS I` is a
            // particle standing for the whole family name.
            return Name(family: family.map(text).joined(separator: " "), given: given)
        }
        if initialsAt.first == 0, words.count >= 2 {
            // `J. T. Inglis`: initials first.
            let lead = words.prefix(while: \.isInitials)
            let family = words.dropFirst(lead.count)
            guard !family.isEmpty else { return nil }
            return Name(
                family: family.map(text).joined(separator: " "),
                given: Name.givenName(fromInitials: lead.map(text).joined().replacingOccurrences(of: ".", with: "")))
        }
        // No initials: the colon and period ends are also how titles end, so only a year closes
        // such a block (`Wagner Sauer (2006)`, `Voldřich (2008)`).
        guard initialsAt.isEmpty, kind == .year else { return nil }
        return Name(family: words.map(text).joined(separator: " "))
    }
}

import Foundation
