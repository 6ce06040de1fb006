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

    private var values: [String?]

    /// The first value of each mapped field of `fields` (the entry's `subscript` keeps the first too).
    init(_ fields: [(name: String, value: String)]) {
        values = Array(repeating: nil, count: Name.allCases.count)
        for field in fields {
            if let k = Self.byName[field.name], values[k] == nil { values[k] = field.value }
        }
    }

    /// The raw value of a field.
    subscript(name: Name) -> String? { values[name.rawValue] }
}
