/// A bibliographic record: the item and the indexing data that came with it.
public struct Record: Sendable, Hashable, Codable {
    public var item: Item
    public var metadata: RecordMetadata

    public init(item: Item, metadata: RecordMetadata = RecordMetadata()) {
        self.item = item
        self.metadata = metadata
    }

    /// A stable identifier for reports: `pmid:N`, `doi:...`, or the item's id.
    public var reportID: String {
        if let pmid = item.pmid ?? metadata.pmid { return "pmid:\(pmid)" }
        if let doi = item.doi.flatMap(Identifiers.normalizedDOI) { return "doi:\(doi)" }
        return item.idString
    }
}
