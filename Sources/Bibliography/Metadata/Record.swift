/// A bibliographic record: the item and the indexing data that came with it.
public struct Record: Sendable, Hashable, Codable {
    /// The CSL-JSON item.
    public var item: Item
    /// The indexing data CSL-JSON has no field for.
    public var metadata: RecordMetadata

    /// A record from its item and metadata.
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
