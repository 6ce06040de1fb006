/// Journal titles and their abbreviations (NLM Entrez/MEDLINE, Index Medicus, ISO 4 lists; CC0), which
/// tell where an article title ends and its journal begins. Built by
/// `Benchmarks/references/Lexicon/make_journals.py`; searched in place (no index is built at start-up).
struct JournalTitles: Sendable {
    private let table: SortedKeys

    /// The built-in list, loaded once, when a reference first needs it.
    static let shared = JournalTitles(lines: data)

    init(lines: String) {
        table = SortedKeys(lines)
    }

    /// Whether `title` is a known journal title or abbreviation, punctuation and case aside
    /// (`Nucleic Acids Res.`, `nucleic acids research`, `Heart rhythm: the official journal of ...`).
    func contains(_ title: String) -> Bool {
        let k = Self.key(title.unicodeScalars)
        return table.contains(k)
    }

    /// Lowercase letter and digit runs joined by `_` (the form `make_journals.py` writes).
    static func key<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> String {
        var out = String.UnicodeScalarView()
        for u in scalars {
            if u.isASCII {
                let v = u.value
                if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) {
                    out.append(u)
                } else if (0x41...0x5A).contains(v), let lower = Unicode.Scalar(v + 0x20) {
                    out.append(lower)
                } else if let last = out.last, last != "_" {
                    out.append("_")
                }
            } else if u.properties.isAlphabetic || u.properties.numericType == .decimal {
                for l in u.properties.lowercaseMapping.unicodeScalars { out.append(l) }
            } else if let last = out.last, last != "_" {
                out.append("_")
            }
        }
        while out.last == "_" { out.removeLast() }
        return String(out)
    }
}
