import Foundation

/// The reference list keyed by first author's surname and year, so that author–year citations
/// (`(Smith et al. 2012)`, `Lee (2013a)`) can be linked to their entries, whether the list is numbered
/// by citation order (Vancouver) or printed in author–year order.
struct AuthorYearIndex: Sendable {
    struct Key: Sendable {
        /// The entry's number in the list.
        var number: Int
        /// The first author's surname, folded (`van der Meulen` → `vandermeulen`).
        var surname: String
        /// The second author's surname, folded, when the entry names one.
        var second: String?
        /// The years the entry prints, with a suffix letter where one is glued on (`2000b`).
        var years: [(year: Int, suffix: Character?)]
        /// How many authors the entry names (1, 2, or 3 for three or more), when the names can be counted.
        var authorCount: Int?
    }

    private(set) var keys: [Key] = []
    private var bySurname: [String: [Int]] = [:]
    /// The folded first word of every surname: a cheap test before a citation is read whole.
    private(set) var firstWords: Set<String> = []
    /// ``head(_:)`` of every folded first word: lets the scanner pass over most words of the prose
    /// without folding them into strings.
    private(set) var firstWordHeads: Set<UInt16> = []

    init(entries: [ReferenceEntry]) {
        for entry in entries {
            let tokens = entry.text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).prefix(24).map(String.init)
            guard let (surname, firstToken, next) = Self.surname(in: tokens) else { continue }
            let years = Self.years(in: entry.text)
            guard !years.isEmpty else { continue }
            let second = Self.secondSurname(in: tokens, from: next)
            bySurname[surname, default: []].append(keys.count)
            let folded = Self.fold(firstToken)
            firstWords.insert(folded)
            firstWordHeads.insert(Self.head(folded.utf8))
            keys.append(Key(number: entry.number, surname: surname, second: second, years: years,
                            authorCount: Self.authorCount(in: tokens)))
        }
    }

    var isEmpty: Bool { keys.isEmpty }

    func hasSurname(_ folded: String) -> Bool { bySurname[folded] != nil }

    /// The entry a citation names: first author, year and suffix letter; a second author (`Smith and
    /// Jones`) or the number of authors the citation implies (`Smith 2002` one, `Smith and Jones 2002`
    /// two, `Smith et al. 2002` three or more, as author–year styles cite them; not where a suffix
    /// letter chooses) picks among entries that share the first author and year. Suffix letters without a printed letter in the list count
    /// the entries of that author and year in list order (`a` the first).
    func number(surname: String, second: String?, authors: Int? = nil, year: Int, suffix: Character?) -> Int? {
        guard let indices = bySurname[surname] else { return nil }
        var candidates = indices.map { keys[$0] }.filter { key in key.years.contains { $0.year == year } }
        guard !candidates.isEmpty else { return nil }
        if let suffix {
            let lettered = candidates.filter { key in key.years.contains { $0.year == year && $0.suffix == suffix } }
            if !lettered.isEmpty { return lettered[0].number }
        }
        if let second, candidates.count > 1 {
            let matching = candidates.filter { $0.second == second }
            if !matching.isEmpty { candidates = matching }
        }
        // A suffix letter says the citation's form is shared by several entries: the letter chooses.
        if let authors, suffix == nil, candidates.count > 1 {
            let matching = candidates.filter { $0.authorCount == authors }
            if !matching.isEmpty { candidates = matching }
        }
        if let suffix, candidates.count > 1, let ascii = suffix.asciiByte, ascii >= 0x61 {
            let position = Int(ascii - 0x61)
            if position < candidates.count { return candidates[position].number }
        }
        return candidates[0].number
    }

    // MARK: - Reading entries

    /// Lowercase words that open a surname (`van der Meulen`, `de Freitas`).
    static let particles: Set<String> = [
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "ter", "ten", "zu", "st",
    ]

    /// Initials as the Vancouver, APA and IEEE styles print them: `JA`, `J.A.`, `J.`, `A.-B.`.
    static func isInitials(_ token: String) -> Bool {
        let bare = token.trimmingCharacters(in: CharacterSet(charactersIn: ",;:"))
        guard !bare.isEmpty, bare.count <= 6 else { return false }
        let letters = bare.filter { $0.isLetter }
        guard !letters.isEmpty, letters.count <= 3, letters.allSatisfy(\.isUppercase) else { return false }
        return bare.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" }
    }

    /// Where the names start: after a label repeated in the entry (`2 Arribas J`, `[2] Arribas J`).
    static func namesStart(in tokens: [String]) -> Int {
        guard let first = tokens.first, first.contains(where: \.isNumber),
              first.allSatisfy({ $0.isNumber || "[]().".contains($0) }) else { return 0 }
        return 1
    }

    /// The first author's surname, folded; the token it starts with; and the index after it. Vancouver
    /// (`Smith JA,`), APA (`Smith, J. A.,`), particles (`van der Meulen J`), initials first (IEEE
    /// `A. B. Smith,`) and corporate authors (`World Health Organization.`).
    static func surname(in tokens: [String]) -> (String, String, Int)? {
        var index = namesStart(in: tokens)
        // IEEE and some Chicago lists put initials first.
        while index < tokens.count, index < 4, isInitials(tokens[index]), tokens[index].contains(".") { index += 1 }
        var parts: [String] = []
        while index < tokens.count, parts.count < 5 {
            let token = tokens[index]
            if !parts.isEmpty, isInitials(token) { break }
            guard let first = token.first else { break }
            let lowered = token.lowercased()
            let isParticle = particles.contains(lowered.trimmingCharacters(in: CharacterSet(charactersIn: "'’")))
                || lowered.hasPrefix("d'") || lowered.hasPrefix("d’")
            guard first.isUppercase || isParticle else { break }
            parts.append(token)
            index += 1
            if let last = token.last, ",.;:(".contains(last) { break }
        }
        let folded = fold(parts.joined())
        guard !folded.isEmpty, let first = parts.first else { return nil }
        return (folded, first, index)
    }

    /// The second author's surname after the first author's initials (`Smith JA, Jones B`; `Smith, J.,
    /// & Jones, B.`), or nil for a single author.
    static func secondSurname(in tokens: [String], from start: Int) -> String? {
        var index = start
        while index < tokens.count, isInitials(tokens[index]) { index += 1 }
        if index < tokens.count, ["and", "&"].contains(tokens[index]) { index += 1 }
        guard index < tokens.count, let first = tokens[index].first, first.isUppercase,
              !isInitials(tokens[index]) else { return nil }
        var parts: [String] = []
        while index < tokens.count, parts.count < 4 {
            let token = tokens[index]
            guard !isInitials(token), let character = token.first,
                  character.isUppercase || particles.contains(token.lowercased()) else { break }
            parts.append(token)
            index += 1
            if let last = token.last, ",.;:(".contains(last) { break }
        }
        let folded = fold(parts.joined())
        return folded.isEmpty ? nil : folded
    }

    /// The number of authors an entry's name list holds, capped at 3: one per run of initials (`Urban S
    /// Lee JR Freeman M`, `Smith, J. A., & Jones, B.`, IEEE `A. B. Smith, C. Jones`); `et al.` counts as
    /// three. Nil when no initials are found (corporate authors, lists without initials).
    static func authorCount(in tokens: [String]) -> Int? {
        var index = namesStart(in: tokens)
        var groups = 0
        var inInitials = false
        var wordsInRow = 0
        while index < tokens.count, groups < 3 {
            let token = tokens[index]
            index += 1
            let bare = token.trimmingCharacters(in: CharacterSet(charactersIn: ",;"))
            if bare == "and" || bare == "&" { inInitials = false; wordsInRow = 0; continue }
            if bare == "et", index < tokens.count, tokens[index].hasPrefix("al") { return 3 }
            if isInitials(token) {
                if !inInitials { groups += 1 }
                inInitials = true
                wordsInRow = 0
                // `Smith JA,` or `Smith, J. A.,`: a comma after initials ends that author.
                if token.hasSuffix(",") || token.hasSuffix(";") { inInitials = false }
                continue
            }
            guard let character = token.first else { break }
            let isParticle = particles.contains(token.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ",'’")))
            guard character.isUppercase || isParticle, token.allSatisfy({ $0.isLetter || "-'’,.".contains($0) }) else { break }
            wordsInRow += 1
            // Surnames run to three words (`van der Meulen`); a longer run is the title.
            guard wordsInRow <= 3 else { break }
            inInitials = false
            // A word that closes a sentence (`Smith J. Title.`) ends the names.
            if token.hasSuffix("."), groups > 0 { break }
        }
        return groups == 0 ? nil : groups
    }

    /// Four-digit years (1500–2099) standing alone, with a suffix letter glued on (`2000b;`).
    static func years(in text: String) -> [(year: Int, suffix: Character?)] {
        let characters = Array(text)
        var found: [(year: Int, suffix: Character?)] = []
        var index = 0
        while index + 4 <= characters.count {
            guard characters[index].isASCIIDigit, index == 0 || !characters[index - 1].isFastNumber && !characters[index - 1].isFastLetter else {
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end].isASCIIDigit { end += 1 }
            if end - index == 4, let year = Int(String(characters[index..<end])), (1500...2099).contains(year) {
                var suffix: Character?
                if end < characters.count, characters[end].isFastLowercase,
                   end + 1 == characters.count || !characters[end + 1].isFastLetter {
                    suffix = characters[end]
                }
                if end == characters.count || !characters[end].isFastLetter || suffix != nil {
                    found.append((year, suffix))
                }
            }
            index = end
        }
        return found
    }

    /// The first two bytes of a folded word (the second 0 for a one-byte word).
    static func head(_ bytes: some Sequence<UInt8>) -> UInt16 {
        var iterator = bytes.makeIterator()
        let first = iterator.next() ?? 0
        let second = iterator.next() ?? 0
        return UInt16(first) << 8 | UInt16(second)
    }

    /// Letters only, lowercased, accents removed: `Klämbt` and `Klambt`, `O'Brien` and `OBrien` agree.
    static func fold(_ text: some StringProtocol) -> String {
        let plain = String(text).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        return String(plain.unicodeScalars.filter { CharacterSet.letters.contains($0) }.map(Character.init))
    }
}
