import Bibliography

/// Maps `PubmedArticle` and bare `MedlineCitation` elements to records (the mapping of issue 3).
package enum ArticleMapper {
    /// Reads a `PubmedArticle` (cursor on its start tag, left on its end tag).
    static func pubmedArticle(_ c: XMLCursor) throws -> Record {
        var builder = RecordBuilder(type: .articleJournal)
        try c.forEachChild { tag in
            switch tag {
            case .medlineCitation: try medlineCitation(c, into: &builder)
            case .pubmedData: try PubmedDataMapper.apply(c, to: &builder)
            default: break
            }
        }
        return builder.finish()
    }

    /// Reads a `MedlineCitation` that stands alone (MedlineCitationSet files, fragments).
    static func bareCitation(_ c: XMLCursor) throws -> Record {
        var builder = RecordBuilder(type: .articleJournal)
        try medlineCitation(c, into: &builder)
        return builder.finish()
    }

    static func medlineCitation(_ c: XMLCursor, into b: inout RecordBuilder) throws {
        b.metadata.status = c.attribute("Status")
        try c.forEachChild { tag in
            switch tag {
            case .pmid: try readPMID(c, into: &b)
            case .article: try article(c, into: &b)
            case .medlineJournalInfo where c.detail == .full: try journalInfo(c, into: &b)
            case .chemicalList where c.detail == .full: try ListMapper.chemicals(c, into: &b)
            case .commentsCorrectionsList: try ListMapper.commentsCorrections(c, into: &b)
            case .meshHeadingList where c.detail == .full: try ListMapper.meshHeadings(c, into: &b)
            case .keywordList where c.detail == .full: try ListMapper.keywords(c, into: &b)
            case .otherAbstract where c.detail == .full: try AbstractMapper.applyOther(c, to: &b)
            case .investigatorList where c.detail == .full:
                let list = try AuthorMapper.authorList(c)
                b.metadata.investigators.append(contentsOf: list.entries.map(\.name))
            case .coiStatement where c.detail == .full: b.metadata.coiStatement = try c.richText()
            case .dateCreated where c.detail == .full:
                let parts = try DateMapper.parts(c)
                if !parts.isEmpty { b.metadata.dateCreated = parts }
            case .dateCompleted where c.detail == .full:
                let parts = try DateMapper.parts(c)
                if !parts.isEmpty { b.metadata.dateCompleted = parts }
            case .dateRevised where c.detail == .full:
                let parts = try DateMapper.parts(c)
                if !parts.isEmpty { b.metadata.dateRevised = parts }
            case .supplMeshList where c.detail == .full: try ListMapper.supplementalConcepts(c, into: &b)
            case .otherID:
                // OtherID Source="NLM" carries the PMCID in files before PubmedData had it.
                if let value = try c.text(), value.hasPrefix("PMC") {
                    b.addArticleID(ArticleID(type: "pmc", value: value))
                }
            default: break
            }
        }
    }

    static func readPMID(_ c: XMLCursor, into b: inout RecordBuilder) throws {
        let version = c.attribute("Version").flatMap { Int($0) }
        guard b.metadata.pmid == nil else { return }
        b.metadata.pmidVersion = version
        b.metadata.pmid = try c.text()
    }

    private static func article(_ c: XMLCursor, into b: inout RecordBuilder) throws {
        try c.forEachChild { tag in
            switch tag {
            case .journal where c.detail == .full: try journal(c, into: &b)
            case .articleTitle where c.detail == .full: b.item.title = TitleText.withoutFinalPeriod(try c.richText())
            case .vernacularTitle where c.detail == .full: b.metadata.vernacularTitle = try c.richText()
            case .pagination where c.detail == .full: try pagination(c, into: &b)
            case .eLocationID: try eLocation(c, into: &b)
            case .abstract: try AbstractMapper.apply(c, to: &b)
            case .authorList where c.detail == .full: AuthorMapper.apply(try AuthorMapper.authorList(c), to: &b)
            case .language where c.detail == .full:
                if let language = try c.text() {
                    if b.item.language == nil { b.item.language = LanguageTag.bcp47(language) }
                    b.metadata.languages.append(language)
                }
            case .articleDate where c.detail == .full:
                let type = c.attribute("DateType") ?? "unknown"
                let parts = try DateMapper.parts(c)
                if !parts.isEmpty { b.metadata.articleDates.append(HistoryDate(status: type, date: parts)) }
            case .dataBankList where c.detail == .full: try ListMapper.dataBanks(c, into: &b)
            case .grantList where c.detail == .full: try ListMapper.grants(c, into: &b)
            case .publicationTypeList: try ListMapper.publicationTypes(c, into: &b)
            case .affiliation: b.articleAffiliation = try c.text()
            default: break
            }
        }
    }

    private static func journal(_ c: XMLCursor, into b: inout RecordBuilder) throws {
        var info = b.metadata.journal ?? JournalInfo()
        try c.forEachChild { tag in
            switch tag {
            case .issn:
                let type = c.attribute("IssnType")
                if let value = try c.text() {
                    info.issns.append(ISSN(value: value, type: type))
                    if b.item.issn == nil { b.item.issn = value }
                }
            case .journalIssue:
                try c.forEachChild { inner in
                    switch inner {
                    case .volume: b.item.volume = try c.text()
                    case .issue: b.item.issue = try c.text()
                    case .pubDate: b.item.issued = try DateMapper.pubDate(c)
                    default: break
                    }
                }
            case .title: b.item.containerTitle = try c.text()
            case .isoAbbreviation: b.item.containerTitleShort = try c.text()
            default: break
            }
        }
        b.metadata.journal = info
    }

    static func pagination(_ c: XMLCursor, into b: inout RecordBuilder) throws {
        try c.forEachChild { tag in
            switch tag {
            case .startPage: b.metadata.startPage = try c.text()
            case .endPage: b.metadata.endPage = try c.text()
            case .medlinePgn:
                if let pages = try c.text() { b.item.page = expandedPages(pages) }
            default: break
            }
        }
    }

    /// MedlinePgn with abbreviated ends expanded (`184-90` → `184-190`). Most values are one page
    /// or one `start-end` range; only lists go through the general parser.
    package static func expandedPages(_ pages: String) -> String {
        let utf8 = pages.utf8
        guard utf8.contains(UInt8(ascii: "-")) else { return pages }
        let dashes = utf8.lazy.filter { $0 == UInt8(ascii: "-") }.count
        if dashes == 1, !utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: " ") }),
            let dash = pages.firstIndex(of: "-")
        {
            let start = String(pages[..<dash])
            let end = String(pages[pages.index(after: dash)...])
            guard !start.isEmpty, !end.isEmpty else { return pages }
            return start + "-" + expandedEnd(start: start, end: end)
        }
        let expanded = PageRange.expandedList(pages)
        return expanded.isEmpty ? pages : expanded
    }

    /// `PageRange.expand` for the common all-digit case without building intermediate strings;
    /// anything else (prefixes, `998-02`) goes to `PageRange.expand`.
    private static func expandedEnd(start: String, end: String) -> String {
        let s = start.utf8
        let e = end.utf8
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        guard s.allSatisfy(isDigit), e.allSatisfy(isDigit) else { return PageRange.expand(start: start, end: end) }
        if e.count >= s.count { return end }
        let expanded = String(start.prefix(s.count - e.count)) + end
        guard let first = Int(start), let last = Int(expanded), last >= first else {
            return PageRange.expand(start: start, end: end)
        }
        return expanded
    }

    static func eLocation(_ c: XMLCursor, into b: inout RecordBuilder) throws {
        let type = c.attribute("EIdType") ?? "unknown"
        let valid = !c.attribute("ValidYN", is: "N")
        guard let value = try c.text(), valid else { return }
        b.addArticleID(ArticleID(type: type, value: value, fromELocation: true))
    }

    private static func journalInfo(_ c: XMLCursor, into b: inout RecordBuilder) throws {
        var info = b.metadata.journal ?? JournalInfo()
        try c.forEachChild { tag in
            switch tag {
            case .country: info.country = try c.text()
            case .medlineTA: info.medlineTA = try c.text()
            case .nlmUniqueID: info.nlmUniqueID = try c.text()
            case .issnLinking: info.issnLinking = try c.text()
            default: break
            }
        }
        b.metadata.journal = info
    }
}
