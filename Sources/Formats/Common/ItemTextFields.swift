import Bibliography

/// The text variables a reader sets on an item (BibTeX entries, RIS records), held in slots while
/// the item is built and made into its field dictionary once, at its final size (not grown and
/// rehashed set by set).
struct ItemTextFields {
    /// The CSL-JSON variables, in the order of ``keys``.
    enum Key: Int, CaseIterable {
        case title, titleShort, containerTitle, collectionTitle, containerTitleShort, volume, numberOfVolumes
        case issue, collectionNumber, number, page, numberOfPages, edition, version, chapterNumber
        case publisher, publisherPlace, eventTitle, eventPlace, abstract, note, keyword, language
        case ISBN, ISSN, callNumber, genre, DOI, URL, PMID, PMCID, archive, archiveLocation
    }

    private static let keys = [
        "title", "title-short", "container-title", "collection-title", "container-title-short", "volume", "number-of-volumes",
        "issue", "collection-number", "number", "page", "number-of-pages", "edition", "version", "chapter-number",
        "publisher", "publisher-place", "event-title", "event-place", "abstract", "note", "keyword", "language",
        "ISBN", "ISSN", "call-number", "genre", "DOI", "URL", "PMID", "PMCID", "archive", "archive_location",
    ]

    private var values = [String?](repeating: nil, count: Key.allCases.count)

    /// A variable's text; setting `nil` or an empty text removes it (as `Item.setString` does).
    subscript(key: Key) -> String? {
        get { values[key.rawValue] }
        set { values[key.rawValue] = newValue?.isEmpty == false ? newValue : nil }
    }

    /// The variables set, as an item's fields.
    var dictionary: [String: JSONValue] {
        var out = [String: JSONValue](minimumCapacity: values.reduce(0) { $0 + ($1 == nil ? 0 : 1) })
        for (k, value) in values.enumerated() {
            if let value { out[Self.keys[k]] = .string(value) }
        }
        return out
    }
}
