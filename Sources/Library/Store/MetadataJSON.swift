import Bibliography
import Foundation
import PubMed

/// `RecordMetadata` as JSON, written by PubMed's JSON writer, which is several times faster than
/// `JSONEncoder` and gives the shapes `Codable` gives, keys sorted.
///
/// The writer is public only for whole records, so the metadata is written under an empty item and
/// cut out of it; when the bytes around it are not exactly the expected ones (the writer changed),
/// `JSONEncoder` is used instead.
enum MetadataJSON {
    private static let prefix = Array(#"{"id":"",""#.utf8) + Array(PubMedJSON.metadataKey.utf8) + Array(#"":"#.utf8)
    private static let suffix = Array(#","type":"article-journal"}"#.utf8)
    private static let empty = Item(id: "")

    static func encode(_ metadata: RecordMetadata) throws -> Data {
        let bytes = PubMedJSON.jsonLine(Record(item: empty, metadata: metadata))
        if bytes.count > prefix.count + suffix.count, bytes.starts(with: prefix), bytes.suffix(suffix.count).elementsEqual(suffix) {
            return Data(bytes[prefix.count..<(bytes.count - suffix.count)])
        }
        return try encoder.encode(metadata)
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
}
