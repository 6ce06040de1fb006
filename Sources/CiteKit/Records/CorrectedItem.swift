import Bibliography

/// The reference as it should read: the cited item with every field its record confirms.
enum CorrectedItem {
    /// Fields a record overrides when it has them.
    static let confirmedFields = [
        "title", "container-title", "container-title-short", "volume", "issue", "page",
        "DOI", "PMID", "PMCID", "publisher", "publisher-place", "edition", "ISBN",
    ]

    static func merge(cited: Item, record: Record) -> Item {
        var item = cited
        let source = record.item
        for key in confirmedFields {
            if let value = source.fields[key] { item.fields[key] = value }
        }
        if let issued = source.issued, issued.year != nil { item.issued = issued }
        // A record whose author list is known to be incomplete must not shorten the cited one.
        if !source.author.isEmpty, !source.authorListIncomplete || source.author.count >= cited.author.count {
            item.author = source.author
            item.authorListTruncated = false
        }
        if source.type != cited.type, record.metadata.source == "pubmed" { item.type = source.type }
        return item
    }
}
