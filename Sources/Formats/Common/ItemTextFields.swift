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

    /// The variables set and their texts, in the order set (an item has a dozen of some thirty).
    private var pairs: [(key: Key, text: String)] = []
    /// One bit a key (there are fewer than 64): which are in `pairs` (most look-ups and removals are of keys never set).
    private var present: UInt64 = 0

    /// A variable's text; setting `nil` or an empty text removes it (as `Item.setString` does).
    subscript(key: Key) -> String? {
        get { present & 1 << key.rawValue == 0 ? nil : pairs.first { $0.key == key }?.text }
        set {
            if present & 1 << key.rawValue == 0, newValue?.isEmpty != false { return }
            let k = pairs.firstIndex { $0.key == key }
            switch (k, newValue?.isEmpty == false ? newValue : nil) {
            case let (k?, text?): pairs[k].text = text
            case let (k?, nil):
                pairs.remove(at: k)
                present &= ~(1 << key.rawValue)
            case let (nil, text?):
                pairs.append((key, text))
                present |= 1 << key.rawValue
            case (nil, nil): break
            }
        }
    }

    /// The variables set, as an item's fields.
    var dictionary: [String: JSONValue] {
        var out = [String: JSONValue](minimumCapacity: pairs.count)
        for (key, text) in pairs { out[Self.keys[key.rawValue]] = .string(text) }
        return out
    }
}
