extension Item {
    /// The title, with CSL rich-text markup (`<i>`, `<sup>`...) as written.
    public var title: String? {
        get { string("title") }
        set { setString("title", newValue) }
    }
    /// The journal, book or site the item appears in, in full.
    public var containerTitle: String? {
        get { string("container-title") }
        set { setString("container-title", newValue) }
    }
    /// The abbreviated container title (`J Orthop Res`), read from `container-title-short` or,
    /// failing that, Zotero's `journalAbbreviation`. Setting it writes `container-title-short`;
    /// setting `nil` or empty removes both, so the getter then returns `nil` too.
    public var containerTitleShort: String? {
        get { string("container-title-short") ?? string("journalAbbreviation") }
        set {
            setString("container-title-short", newValue)
            if newValue?.isEmpty ?? true { fields["journalAbbreviation"] = nil }
        }
    }
    /// The series the item belongs to (a book series, a report series).
    public var collectionTitle: String? {
        get { string("collection-title") }
        set { setString("collection-title", newValue) }
    }
    /// The volume number as written (`3`, `11 Suppl 2`).
    public var volume: String? {
        get { string("volume") }
        set { setString("volume", newValue) }
    }
    /// The issue number as written (`2`, `Pt 1`).
    public var issue: String? {
        get { string("issue") }
        set { setString("issue", newValue) }
    }
    /// The page range as written (`184-190`, `68-74, 77-80`, `e1234`).
    public var page: String? {
        get { string("page") }
        set { setString("page", newValue) }
    }
    /// The publisher's name.
    public var publisher: String? {
        get { string("publisher") }
        set { setString("publisher", newValue) }
    }
    /// Where the publisher is (`Springfield (IL)`).
    public var publisherPlace: String? {
        get { string("publisher-place") }
        set { setString("publisher-place", newValue) }
    }
    /// The edition as written (`3`, `3rd`); CSL-JSON numbers read as text.
    public var edition: String? {
        get { string("edition") }
        set { setString("edition", newValue) }
    }
    /// The abstract as plain or rich text.
    public var abstract: String? {
        get { string("abstract") }
        set { setString("abstract", newValue) }
    }
    /// The item's language (an RFC 5646 tag such as `en-US`, or a name).
    public var language: String? {
        get { string("language") }
        set { setString("language", newValue) }
    }
    /// The item's web address (CSL `URL`).
    public var url: String? {
        get { string("URL") }
        set { setString("URL", newValue) }
    }
    /// The DOI as written (`10.1002/jor.1100030214`); see ``Identifiers/normalizedDOI(_:)``.
    public var doi: String? {
        get { string("DOI") }
        set { setString("DOI", newValue) }
    }
    /// The PubMed identifier as written.
    public var pmid: String? {
        get { string("PMID") }
        set { setString("PMID", newValue) }
    }
    /// The PubMed Central identifier as written (`PMC123456`).
    public var pmcid: String? {
        get { string("PMCID") }
        set { setString("PMCID", newValue) }
    }
    /// The ISBN as written.
    public var isbn: String? {
        get { string("ISBN") }
        set { setString("ISBN", newValue) }
    }
    /// The ISSN as written.
    public var issn: String? {
        get { string("ISSN") }
        set { setString("ISSN", newValue) }
    }
    /// Free-text notes (CSL `note`).
    public var note: String? {
        get { string("note") }
        set { setString("note", newValue) }
    }

    /// A member of the CSL-JSON `custom` object, where CSL-JSON keeps data it has no variable for.
    public func custom(_ key: String) -> JSONValue? {
        guard case .object(let custom)? = fields["custom"] else { return nil }
        return custom[key]
    }

    /// Whether a record's author list is known to be partial (`"custom": {"author-list-incomplete": true}`):
    /// a citation listing more authors than it is not wrong.
    public var authorListIncomplete: Bool { custom("author-list-incomplete")?.boolValue ?? false }

    /// The CSL-JSON field that marks an author list cut short in the source ("et al.").
    ///
    /// CSL-JSON has no variable for it; CiteKit writes `"author-et-al": true`, which other processors ignore.
    public static let authorEtAlField = "author-et-al"

    /// Whether the source cut the author list short ("et al."): a truncated list is not a list of all
    /// authors, and renders with the style's "et al." term.
    public var authorListTruncated: Bool {
        get { fields[Item.authorEtAlField]?.boolValue ?? false }
        set { fields[Item.authorEtAlField] = newValue ? .bool(true) : nil }
    }

    /// The authors in order; empty when none. Setting an empty list removes the field.
    public var author: [Name] {
        get { names["author"] ?? [] }
        set { names["author"] = newValue.isEmpty ? nil : newValue }
    }
    /// The editors in order; empty when none. Setting an empty list removes the field.
    public var editor: [Name] {
        get { names["editor"] ?? [] }
        set { names["editor"] = newValue.isEmpty ? nil : newValue }
    }
    /// The publication date.
    public var issued: DateValue? {
        get { dates["issued"] }
        set { dates["issued"] = newValue }
    }
    /// When a web resource was consulted.
    public var accessed: DateValue? {
        get { dates["accessed"] }
        set { dates["accessed"] = newValue }
    }
    /// The year of publication, when known.
    public var year: Int? { issued?.year }

    /// The parsed page ranges of ``page``.
    public var pageRanges: [PageRange] { page.map(PageRange.parseList) ?? [] }
}
