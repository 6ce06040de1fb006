import Bibliography
import Foundation

extension StoredRecord {
    /// The record as one JSON object: `id`, `item` (CSL-JSON), `metadata`, `source`
    /// (`kind`, `origin`, `fetchedAt` in ISO 8601), `revised`, `sources` (the records it was merged
    /// from, when it was), and `raw` as text when it is UTF-8.
    public func jsonData(pretty: Bool = true) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(Shape(self))
    }

    private struct Shape: Encodable {
        var id: String?
        var item: Item
        var metadata: RecordMetadata
        var source: RecordSource
        var revised: String?
        var sources: [MergedSource]?
        var raw: String?

        init(_ stored: StoredRecord) {
            id = stored.id
            item = stored.record.item
            metadata = stored.record.metadata
            source = stored.source
            revised = stored.revised
            sources = stored.mergedFrom
            raw = stored.raw.flatMap { String(data: $0, encoding: .utf8) }
        }
    }
}
