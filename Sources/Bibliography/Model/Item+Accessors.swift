extension Item {
    public var title: String? {
        get { string("title") }
        set { setString("title", newValue) }
    }
    public var containerTitle: String? {
        get { string("container-title") }
        set { setString("container-title", newValue) }
    }
    public var containerTitleShort: String? {
        get { string("container-title-short") ?? string("journalAbbreviation") }
        set { setString("container-title-short", newValue) }
    }
    public var collectionTitle: String? {
        get { string("collection-title") }
        set { setString("collection-title", newValue) }
    }
    public var volume: String? {
        get { string("volume") }
        set { setString("volume", newValue) }
    }
    public var issue: String? {
        get { string("issue") }
        set { setString("issue", newValue) }
    }
    /// The page range as written (`184-190`, `68-74, 77-80`, `e1234`).
    public var page: String? {
        get { string("page") }
        set { setString("page", newValue) }
    }
    public var publisher: String? {
        get { string("publisher") }
        set { setString("publisher", newValue) }
    }
    public var publisherPlace: String? {
        get { string("publisher-place") }
        set { setString("publisher-place", newValue) }
    }
    public var edition: String? {
        get { string("edition") }
        set { setString("edition", newValue) }
    }
    public var abstract: String? {
        get { string("abstract") }
        set { setString("abstract", newValue) }
    }
    public var language: String? {
        get { string("language") }
        set { setString("language", newValue) }
    }
    public var url: String? {
        get { string("URL") }
        set { setString("URL", newValue) }
    }
    public var doi: String? {
        get { string("DOI") }
        set { setString("DOI", newValue) }
    }
    public var pmid: String? {
        get { string("PMID") }
        set { setString("PMID", newValue) }
    }
    public var pmcid: String? {
        get { string("PMCID") }
        set { setString("PMCID", newValue) }
    }
    public var isbn: String? {
        get { string("ISBN") }
        set { setString("ISBN", newValue) }
    }
    public var issn: String? {
        get { string("ISSN") }
        set { setString("ISSN", newValue) }
    }
    public var note: String? {
        get { string("note") }
        set { setString("note", newValue) }
    }

    public var author: [Name] {
        get { names["author"] ?? [] }
        set { names["author"] = newValue.isEmpty ? nil : newValue }
    }
    public var editor: [Name] {
        get { names["editor"] ?? [] }
        set { names["editor"] = newValue.isEmpty ? nil : newValue }
    }
    /// The publication date.
    public var issued: DateValue? {
        get { dates["issued"] }
        set { dates["issued"] = newValue }
    }
    public var accessed: DateValue? {
        get { dates["accessed"] }
        set { dates["accessed"] = newValue }
    }
    /// The year of publication, when known.
    public var year: Int? { issued?.year }

    /// The parsed page ranges of ``page``.
    public var pageRanges: [PageRange] { page.map(PageRange.parseList) ?? [] }
}
