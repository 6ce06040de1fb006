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
        contains(scalars: title.unicodeScalars)
    }

    /// ``contains(_:)`` over scalars, without building the title string.
    func contains<S: Sequence<Unicode.Scalar>>(scalars: S) -> Bool {
        table.contains(Self.key(scalars))
    }

    /// Lowercase letter and digit runs joined by `_` (the form `make_journals.py` writes), as UTF-8 bytes.
    static func key<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64)
        let separator = UInt8(ascii: "_")
        for u in scalars {
            if u.isASCII {
                let v = UInt8(u.value)
                if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) {
                    out.append(v)
                } else if (0x41...0x5A).contains(v) {
                    out.append(v + 0x20)
                } else if let last = out.last, last != separator {
                    out.append(separator)
                }
            } else if u.properties.isAlphabetic || u.properties.numericType == .decimal {
                out.append(contentsOf: u.properties.lowercaseMapping.utf8)
            } else if let last = out.last, last != separator {
                out.append(separator)
            }
        }
        while out.last == separator { out.removeLast() }
        return out
    }
}
