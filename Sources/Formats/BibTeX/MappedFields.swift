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


    /// The raw value of a field.
    subscript(name: Name) -> String? {
        let k = Int(positions[name.rawValue])
        return k == 0 ? nil : fields[k - 1].value
    }
}
