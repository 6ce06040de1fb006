import Bibliography
import Foundation

/// CSL-JSON output of PubMed records.
public enum PubMedJSON {
    /// The key under which a JSON Lines record carries its ``RecordMetadata``.
    public static let metadataKey = "pubmed"

    /// One record as a single JSON line (no newline): the CSL-JSON item with the metadata under
    /// `"pubmed"`. Keys are sorted, so the output is stable.
    public static func jsonLine(_ record: Record, encoder: JSONEncoder = lineEncoder()) throws -> Data {
        try encoder.encode(LineRecord(record: record))
    }

    /// Records as JSON Lines, each line ended by `\n`.
    public static func jsonLines(_ records: [Record]) throws -> Data {
        let encoder = lineEncoder()
        var out = Data()
        for record in records {
            out.append(try encoder.encode(LineRecord(record: record)))
            out.append(0x0A)
        }
        return out
    }

    /// The items of records as CSL-JSON array elements (pretty-printed, without the brackets),
    /// so several files' output can be joined in order.
    public static func arrayElements(_ records: [Record]) throws -> [Data] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try records.map { try encoder.encode($0.item) }
    }

    /// A JSON encoder for one line of output.
    public static func lineEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// A record as a flat object: the item's keys plus `"pubmed"`.
    private struct LineRecord: Encodable {
        let record: Record

        struct Key: CodingKey {
            let stringValue: String
            var intValue: Int? { nil }
            init(_ string: String) { stringValue = string }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: any Encoder) throws {
            try record.item.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(record.metadata, forKey: Key(PubMedJSON.metadataKey))
        }
    }
}
