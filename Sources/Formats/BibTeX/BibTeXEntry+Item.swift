import Bibliography

extension BibTeXEntry {
    /// The entry as a CSL item: LaTeX decoded, names split by BibTeX's rules, dates built from
    /// biblatex `date` fields or `year`/`month`/`day`, biblatex and BibTeX field names both read.
    public func item() -> Item { item(MappedFields(fields)) }

    /// The item, from the entry's fields as looked up already.
    func item(_ field: MappedFields) -> Item {
        var item = Item(id: key, type: BibTeXTypes.cslType(type, subtype: field[.entrysubtype]))
        func text(_ name: MappedFields.Name) -> String? {
            guard let raw = field[name] else { return nil }
            let t = LaTeXDecoder.decode(raw, richText: false)
            return t.isEmpty ? nil : t
        }
        func rich(_ name: MappedFields.Name) -> String? {
            guard let raw = field[name] else { return nil }
            let t = LaTeXDecoder.decode(raw, richText: true)
            return t.isEmpty ? nil : t
        }
        func verbatim(_ name: MappedFields.Name) -> String? {
            guard let raw = field[name] else { return nil }
            let t = LaTeXDecoder.collapseSpace(raw)
            return t.isEmpty ? nil : t
        }
        // The parts present, joined (two at a time: no array for each title).
        func joined(_ a: String?, _ b: String?, _ separator: String) -> String? {
            guard let a else { return b }
            guard let b else { return a }
            return a + separator + b
        }
        var strings = ItemTextFields()
        func set(_ key: ItemTextFields.Key, _ value: String?) { strings[key] = value }

        set(.title, joined(joined(rich(.title), rich(.subtitle), ": "), rich(.titleaddon), ". "))
        set(.titleShort, rich(.shorttitle))
        let isBookLike = Self.bookLikeTypes.contains(type)
        let journal = joined(rich(.journaltitle) ?? rich(.journal), rich(.journalsubtitle), ": ")
        let book = joined(joined(rich(.booktitle), rich(.booksubtitle), ": "), rich(.booktitleaddon), ". ")
        let main = joined(joined(rich(.maintitle), rich(.mainsubtitle), ": "), rich(.maintitleaddon), ". ")
        if type == "periodical" {
            // A periodical's own title is the container's title in CSL.
            set(.containerTitle, strings[.title])
        } else {
            set(.containerTitle, journal ?? book ?? (isBookLike ? nil : main))
        }
        if isBookLike, let main { set(.collectionTitle, main) }
        set(.containerTitleShort, rich(.shortjournal))
        if let series = rich(.series) {
            if strings[.collectionTitle] == nil { set(.collectionTitle, series) }
        }
        set(.volume, text(.volume))
        set(.numberOfVolumes, text(.volumes))
        let number = text(.number)
        if type == "article" || type == "periodical" || type == "suppperiodical" {
            set(.issue, text(.issue) ?? number)
        } else {
            set(.issue, text(.issue))
            if field[.series] != nil, Self.seriesNumberedTypes.contains(type) {
                set(.collectionNumber, number)
            } else {
                set(.number, number)
            }
        }
        if let pages = text(.pages) {
            set(.page, Self.dashesAsHyphens(pages))
        }
        set(.numberOfPages, text(.pagetotal))
        set(.edition, text(.edition))
        set(.version, text(.version))
        set(.chapterNumber, text(.chapter))
        // biblatex lists (publisher, location) print with "and" between members: kept as written.
        set(.publisher, text(.publisher) ?? text(.institution) ?? text(.school) ?? text(.organization))
        set(.publisherPlace, text(.location) ?? text(.address))
        set(.eventTitle, rich(.eventtitle))
        set(.eventPlace, text(.venue))
        set(.abstract, text(.abstract))
        set(.note, joined(text(.note), text(.addendum), ". "))
        set(.keyword, text(.keywords))
        set(.language, text(.langid) ?? text(.language))
        set(.ISBN, text(.isbn))
        set(.ISSN, text(.issn))
        set(.callNumber, text(.library))
        switch type {
        case "phdthesis": set(.genre, text(.type) ?? "PhD thesis")
        case "mastersthesis": set(.genre, text(.type) ?? "Master's thesis")
        default: set(.genre, text(.type))
        }
        if let doi = verbatim(.doi) {
            set(.DOI, Self.stripDOIPrefix(doi))
        }
        var url = verbatim(.url)
        if url == nil, let how = field[.howpublished], let inner = Self.urlCommand(how) { url = inner }
        set(.URL, url)
        if field[.howpublished] != nil, Self.urlCommand(field[.howpublished] ?? "") == nil {
            if strings[.publisher] == nil { set(.publisher, text(.howpublished)) }
        }
        set(.PMID, verbatim(.pmid))
        set(.PMCID, verbatim(.pmcid))
        if let eprint = verbatim(.eprint) {
            let kind = (text(.eprinttype) ?? text(.archiveprefix) ?? "").lowercased()
            switch kind {
            case "pubmed", "pmid": set(.PMID, eprint)
            case "pmc", "pmcid": set(.PMCID, eprint)
            case "doi": if strings[.DOI] == nil { set(.DOI, Self.stripDOIPrefix(eprint)) }
            case "arxiv":
                set(.archive, "arXiv")
                set(.archiveLocation, eprint)
                if strings[.URL] == nil { set(.URL, "https://arxiv.org/abs/" + eprint) }
            default:
                set(.archive, text(.eprinttype) ?? text(.archiveprefix))
                set(.archiveLocation, eprint)
            }
        }

        item.fields = strings.dictionary
        for (name, variable) in Self.nameFields {
            guard let raw = field[name], item.names[variable] == nil else { continue }
            let (names, etAl) = BibTeXNames.parse(raw)
            if !names.isEmpty { item.names[variable] = names }
            if etAl, variable == "author" { item.authorListTruncated = true }
        }

        if let date = field[.date].flatMap({ BibTeXDate.parse(biblatex: LaTeXDecoder.decode($0, richText: false)) }) {
            item.issued = date
        } else if let year = field[.year], let date = BibTeXDate.parse(year: year, month: field[.month], day: field[.day]) {
            item.issued = date
        }
        for (name, variable) in Self.dateFields {
            if let raw = field[name], let date = BibTeXDate.parse(biblatex: LaTeXDecoder.decode(raw, richText: false)) {
                item.dates[variable] = date
            }
        }
        return item
    }

    static let bookLikeTypes: Set<String> = ["book", "mvbook", "collection", "mvcollection", "proceedings", "mvproceedings", "reference", "mvreference"]
    static let seriesNumberedTypes: Set<String> = ["book", "mvbook", "collection", "incollection", "inbook", "proceedings", "inproceedings"]
    static let nameFields: [(MappedFields.Name, String)] = [(.author, "author"), (.editor, "editor"), (.translator, "translator"), (.bookauthor, "container-author"), (.holder, "author")]
    static let dateFields: [(MappedFields.Name, String)] = [(.urldate, "accessed"), (.eventdate, "event-date"), (.origdate, "original-date")]

    /// En and em dashes (from `--`, `---`) as hyphens, as CSL writes page ranges.
    static func dashesAsHyphens(_ pages: String) -> String {
        guard pages.utf8.contains(0xE2) else { return pages }
        // ASCII and dashes only (the usual range): replaced byte-wise; anything else by Foundation.
        var out: [UInt8] = []
        out.reserveCapacity(pages.utf8.count)
        var bytes = pages.utf8.makeIterator()
        while let b = bytes.next() {
            if b < 0x80 { out.append(b); continue }
            guard b == 0xE2, bytes.next() == 0x80, let last = bytes.next(), last == 0x93 || last == 0x94 else {
                return pages.replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "—", with: "-")
            }
            out.append(UInt8(ascii: "-"))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A DOI without its resolver prefix (`https://doi.org/`, `doi:`).
    static func stripDOIPrefix(_ doi: String) -> String {
        var s = Substring(doi.trimmingSpaces())
        // Every prefix starts with 'h', 'd' or 'D'; a bare DOI ("10.…") has none.
        guard let lead = s.utf8.first, lead == UInt8(ascii: "h") || lead == UInt8(ascii: "d") || lead == UInt8(ascii: "D") else { return String(s) }
        for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:", "DOI:"] where s.hasPrefix(prefix) {
            s = s.dropFirst(prefix.count)
        }
        return s.trimmingCharacters(in: .whitespaces)
    }

    /// The argument of `\url{...}` in a `howpublished` field, or a bare URL.
    static func urlCommand(_ raw: String) -> String? {
        let t = raw.trimmingSpacesAndNewlines()
        if t.hasPrefix("\\url{"), t.hasSuffix("}") { return String(t.dropFirst(5).dropLast()) }
        if t.hasPrefix("http://") || t.hasPrefix("https://"), !t.contains(" ") { return t }
        return nil
    }
}

import Foundation
