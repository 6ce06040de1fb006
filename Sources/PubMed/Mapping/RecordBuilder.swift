import Bibliography

/// The item and metadata of one record while its elements are read; ``finish()`` settles the
/// fields that depend on several elements (identifiers, DOI choice).
package struct RecordBuilder {
    package var item: Item
    package var metadata = RecordMetadata(source: "pubmed")
    /// DOIs from ELocationID, used when ArticleIdList has none.
    var eLocationDOI: String?
    var articleIdDOI: String?
    var pmcid: String?
    package var keywords: [String] = []
    /// Affiliation written directly under Article (files before 2014), for the first author.
    package var articleAffiliation: String?

    package init(type: ItemType) {
        item = Item(id: "", type: type)
    }

    /// Adds an identifier once (PubmedData repeats some of MedlineCitation's).
    package mutating func addArticleID(_ id: ArticleID) {
        if !metadata.articleIDs.contains(where: { $0.type == id.type && $0.value == id.value && $0.fromELocation == id.fromELocation }) {
            metadata.articleIDs.append(id)
        }
        switch id.type.lowercased() {
        case "doi":
            if id.fromELocation { eLocationDOI = eLocationDOI ?? id.value } else { articleIdDOI = articleIdDOI ?? id.value }
        case "pmc", "pmcid":
            if pmcid == nil { pmcid = Self.isPlainPMCID(id.value) ? id.value : Identifiers.normalizedPMCID(id.value) }
        default:
            break
        }
    }

    /// `PMC` followed by digits: already normal.
    private static func isPlainPMCID(_ value: String) -> Bool {
        let utf8 = value.utf8
        return utf8.count > 3 && value.hasPrefix("PMC")
            && utf8.dropFirst(3).allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    package mutating func finish() -> Record {
        let pmid = metadata.pmid
        item.id = .string(pmid ?? "")
        item.pmid = pmid
        item.doi = articleIdDOI ?? eLocationDOI
        item.pmcid = pmcid
        if !keywords.isEmpty { item.setString("keyword", keywords.joined(separator: ", ")) }
        if let articleAffiliation, !metadata.authorDetails.isEmpty, metadata.authorDetails[0].affiliations.isEmpty {
            metadata.authorDetails[0].affiliations = [articleAffiliation]
        }
        if let start = metadata.startPage, item.page == nil {
            item.page = metadata.endPage.map { "\(start)-\(PageRange.expand(start: start, end: $0))" } ?? start
        }
        return Record(item: item, metadata: metadata)
    }
}
