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
        guard let (end, kind) = blockEnd(t, from: gapStart), end > gapStart,
            let rescued = names(t, in: gapStart..<end, kind: kind, before: list?.names.count ?? 0)
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
            // `St. Mary CM`: the period of a name's abbreviation does not end the block.
            if u == ".", t.at(j + 1) == " ", t.at(j + 2).isUpper, !(t.matches("St", at: j - 2, caseInsensitive: false) && !t.at(j - 3).isLetter) {
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
    /// does not read as a name.
    static func names(_ t: ScalarText, in range: Range<Int>, kind: BlockEnd, before: Int = 0) -> (names: [Name], etAl: Bool)? {
        var pieces: [Substring] = []
        for raw in t.string(range).split(whereSeparator: { $0 == "," || $0 == ";" }) {
            var piece = Substring(raw.trimmingCharacters(in: .whitespaces))
            for lead in ["and ", "& "] where piece.hasPrefix(lead) { piece = piece.dropFirst(lead.count) }
            if !piece.isEmpty { pieces.append(piece) }
        }
        var etAl = false
        if let last = pieces.last, last == "et al" || last == "et al." {
            etAl = true
            pieces.removeLast()
        }
        let parsed = pieces.map(words)
        let withInitials = parsed.count { $0?.contains(where: \.isInitials) == true }
        var names: [Name] = []
        for (n, piece) in pieces.enumerated() {
            guard let words = parsed[n] else { return nil }
            let tokens = piece.split(separator: " ")
            if words.allSatisfy(\.isInitials) {
                if tokens.count >= 2, !piece.contains(".") {
                    // `VAN DIJK P`, `FAN YH`: a family name in capitals, then the initials.
                    let given = Name.givenName(fromInitials: String(tokens[tokens.count - 1]))
                    names.append(Name(family: tokens.dropLast().joined(separator: " "), given: given))
                    continue
                }
                // `D' Agostino, M.`, `Prado, AM`: initials after a comma complete the name before.
                guard kind != .period, let last = names.last, last.given == nil, last.family != nil else { return nil }
                names[names.count - 1].given = Name.givenName(fromInitials: piece.filter { $0 != " " && $0 != "." })
                continue
            }
            if words.count == 1, case .word(let family) = words[0] {
                let initialsNext = n + 1 < parsed.count && parsed[n + 1].map { $0.allSatisfy(\.isInitials) } == true
                // `Prado, AM`: the initials follow after a comma. `Nolen , et al:`: a name before `et al`.
                // `Jones, Andolina I, Oakely N.`: one name without initials among names with them.
                if initialsNext && kind != .period || etAl && n == pieces.count - 1
                    || kind == .period && withInitials >= 2 && family.count >= 2
                {
                    names.append(Name(family: family))
                    continue
                }
            }
            guard let name = name(from: words, piece: String(piece), kind: kind, listLength: before + names.count) else { return nil }
            names.append(name)
        }
        return names.isEmpty ? nil : (names, etAl)
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
                out.append(.word(w))
            } else if lowercaseParticles.contains(w.lowercased()) || collective && ["of", "for", "the", "and", "on", "in"].contains(w) {
                out.append(.particle(w))
            } else if letters.count == 1 {
                // An initial typed in lower case (`Zink d`).
                out.append(.initials(w.uppercased()))
            } else if k == 0, tokens.count > 1, isInitials(tokens[1]) {
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
    private static func name(from words: [Word], piece: String, kind: BlockEnd, listLength: Int) -> Name? {
        let bare = piece.hasSuffix(".") ? String(piece.dropLast()) : piece
        if bare.split(separator: " ").contains(where: { isCollectiveWord(String($0)) }) { return .literal(bare) }
        func text(_ w: Word) -> String {
            switch w {
            case .initials(let s), .word(let s), .particle(let s): s
            }
        }
        let initialsAt = words.indices.filter { words[$0].isInitials }
        if let k = initialsAt.first(where: { $0 > 0 }) {
            // `Family [Family] INITIALS [more]`, particles leading the family name.
            let family = words[..<k]
            let particles = family.prefix { if case .particle = $0 { true } else { false } }
            let rest = family.dropFirst(particles.count)
            let given = Name.givenName(fromInitials: words[k...].map(text).joined().replacingOccurrences(of: ".", with: ""))
            // `dos SS I`: a particle standing for the whole family name.
            guard !rest.isEmpty else { return Name(family: particles.map(text).joined(separator: " "), given: given) }
            return Name(
                family: rest.map(text).joined(separator: " "), given: given,
                nonDroppingParticle: particles.isEmpty ? nil : particles.map(text).joined(separator: " "))
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
        // such a block (`Wagner Sauer (2006)`, `Voldřich (2008)`), or a period after a long list
        // (`..., Mock M, Hegna I, Kolsto. Title`).
        guard initialsAt.isEmpty, kind == .year || kind == .period && listLength >= 3 && words.count == 1 else { return nil }
        return Name(family: words.map(text).joined(separator: " "))
    }
}

import Foundation
