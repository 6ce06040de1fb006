/// The fields that `BibTeXEntry.item()` reads, found in one pass over an entry's fields, so that
/// each of its some seventy look-ups is an array access, not a scan comparing names.
struct MappedFields {
    /// Field names (lowercase, as the parser stores them) that map to CSL variables.
    /// A case's name is the field's name; its raw value is its slot.
    enum Name: Int, CaseIterable {
        case crossref, xdata
        case abstract, addendum, address, archiveprefix, author, bookauthor, booksubtitle, booktitle, booktitleaddon
        case chapter, date, day, doi, edition, editor, entrysubtype, eprint, eprinttype, eventdate, eventtitle
        case holder, howpublished, institution, isbn, issn, issue, journal, journalsubtitle, journaltitle
        case keywords, langid, language, library, location, mainsubtitle, maintitle, maintitleaddon, month
        case note, number, organization, origdate, pages, pagetotal, pmcid, pmid, publisher, school, series
        case shortjournal, shorttitle, subtitle, title, titleaddon, translator, type, url, urldate, venue
        case version, volume, volumes, year
    }

    private static let byName: [String: Int] = {
        var table: [String: Int] = [:]
        for name in Name.allCases { table[String(describing: name)] = name.rawValue }
        return table
    }()

    private var fields: [(name: String, value: String)]
    /// For each slot, the position of its field in `fields` plus one (0: absent); plain integers, so
    /// the table costs no reference counting.
    private var positions = [Int32](repeating: 0, count: Name.allCases.count)

    /// The first value of each mapped field of `fields` (the entry's `subscript` keeps the first too).
    init(_ fields: [(name: String, value: String)]) {
        self.fields = fields
        for (k, field) in fields.enumerated() {
            if let slot = Self.slot(of: field.name), positions[slot] == 0 { positions[slot] = Int32(k + 1) }
        }
    }

    /// The table of an entry whose fields' slots the parser found as it read them.
    init(fields: [(name: String, value: String)], positions: [Int32]) {
        self.fields = fields
        self.positions = positions
    }

    /// The slot of a (lowercase) field name; `nil` for a field no CSL variable is made from.
    static func slot(of name: String) -> Int? { byName[name] }

    /// The name of the field in `slot`.
    static func name(of slot: Int) -> String { names[slot] }

    private static let names = Name.allCases.map { String(describing: $0) }

    /// FNV-1a over UTF-8 bytes: the parser's fingerprint of a lowercase field name.
    static func fingerprint(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        return hash
    }

    /// Open addressing over the names' prints: (print, slot + 1) pairs, 0 for an empty place.
    private static let byPrint: [(print: UInt64, slot: Int)] = {
        var table = [(print: UInt64, slot: Int)](repeating: (0, 0), count: 256)
        for (slot, name) in names.enumerated() {
            let print = fingerprint(name.utf8)
            var k = Int(truncatingIfNeeded: print & 255)
            while table[k].slot != 0 { k = (k + 1) & 255 }
            table[k] = (print, slot + 1)
        }
        return table
    }()

    /// The slot of the name with fingerprint `print`; `isName` confirms a candidate (prints may collide).
    static func slot(print: UInt64, isName: (String) -> Bool) -> Int? {
        var k = Int(truncatingIfNeeded: print & 255)
        while byPrint[k].slot != 0 {
            if byPrint[k].print == print, isName(names[byPrint[k].slot - 1]) { return byPrint[k].slot - 1 }
            k = (k + 1) & 255
        }
        return nil
    }


    /// The raw value of a field.
    subscript(name: Name) -> String? {
        let k = Int(positions[name.rawValue])
        return k == 0 ? nil : fields[k - 1].value
    }
}
