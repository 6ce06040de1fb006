import Bibliography
import Foundation

/// CSL-JSON output of PubMed records.
public enum PubMedJSON {
    /// The key under which a JSON Lines record carries its ``RecordMetadata``.
    public static let metadataKey = "pubmed"

    /// One record as a single JSON line (no newline): the CSL-JSON item with the metadata under
    /// `"pubmed"`. Keys are sorted, so the output is stable.
    public static func jsonLine(_ record: Record) -> [UInt8] {
        var writer = JSONWriter(capacity: 16 << 10)
        writer.item(record.item, metadataKey: metadataKey, metadata: record.metadata)
        return writer.bytes
    }

    /// Records as JSON Lines, each line ended by `\n`.
    public static func jsonLines(_ records: [Record]) -> Data {
        var writer = JSONWriter()
        for record in records {
            writer.item(record.item, metadataKey: metadataKey, metadata: record.metadata)
            writer.bytes.append(0x0A)
        }
        return Data(writer.bytes)
    }

    /// An item as compact CSL-JSON with sorted keys.
    public static func cslJSON(_ item: Item) -> [UInt8] {
        var writer = JSONWriter(capacity: 8 << 10)
        writer.item(item)
        return writer.bytes
    }
}
