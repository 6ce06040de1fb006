import Bibliography
import Foundation
import PubMed

/// A record ready to be written: its row values computed off the writer thread (JSON, search text,
/// digest), so that the one writer only binds and steps.
struct EncodedRecord: Sendable {
    var identity: RecordIdentity
    var id: String
    var item: Data
    var metadata: Data
    var raw: Data?
    var source: RecordSource
    var revised: String?
    var digest: Int64
    var title: String
    var abstract: String
    var keywords: String
    var mesh: String
    var authors: String
    var year: Int?

    /// The row of `stored`, or `nil` when it has no PMID, DOI or PMCID.
    init?(_ stored: StoredRecord) throws {
        let identity = RecordIdentity(stored.record)
        guard let id = identity.id else { return nil }
        self.identity = identity
        self.id = id
        let record = stored.record
        // The item is written by PubMed's CSL-JSON writer: the bytes Codable would give, sorted keys, faster.
        item = Data(PubMedJSON.cslJSON(record.item))
        metadata = try MetadataJSON.encode(record.metadata)
        raw = stored.raw
        source = stored.source
        revised = stored.revised
        digest = EncodedRecord.digest(item, metadata)
        title = SearchText.plain(record.item.title ?? "")
        abstract = SearchText.plain(record.item.abstract ?? "")
        keywords = record.metadata.keywords.map(\.text).joined(separator: "; ")
        mesh = record.metadata.meshHeadings.flatMap { [$0.descriptor.name] + $0.qualifiers.map(\.name) }.joined(separator: "; ")
        authors = record.item.author.compactMap { $0.family ?? $0.literal }.joined(separator: "; ")
        year = record.item.year
    }

    /// A 64-bit digest of the record's content (FNV-1a over 8-byte words), to tell an unchanged
    /// record from a changed one without reading the stored bytes.
    static func digest(_ parts: Data...) -> Int64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for part in parts {
            part.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
                let count = buffer.count
                var offset = 0
                while offset + 8 <= count {
                    hash = (hash ^ buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x0000_0100_0000_01B3
                    hash ^= hash >> 29
                    offset += 8
                }
                while offset < count {
                    hash = (hash ^ UInt64(buffer[offset])) &* 0x0000_0100_0000_01B3
                    offset += 1
                }
            }
            // Separates the parts, so that bytes moving from one to the other change the digest.
            hash = (hash ^ UInt64(part.count)) &* 0x0000_0100_0000_01B3
        }
        return Int64(bitPattern: hash)
    }
}
