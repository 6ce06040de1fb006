import Bibliography
import Foundation
import PubMed

/// A record ready to be written: its row values computed off the writer thread (JSON, search text,
/// digest), so that the one writer only binds and steps.
struct EncodedRecord: Sendable {
    var identity: RecordIdentity
    /// The key: the strongest identifier, else the work key (``workKey(_:)``).
    var id: String
    /// The keys the record may be stored under, best first, should ``id`` belong to another work.
    var keys: [String]
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
    /// The folded title's first letters and digits, by which an import finds a stored record of the same work.
    var titleKey: String?
    /// The records this one was merged from (JSON), `nil` for a record of one source.
    var sources: Data?
    /// The source's own id of the item (a BibTeX key), kept for the list of merged sources.
    var itemID: String

    /// The row of `stored`; `sources` lists the records it was merged from.
    init(_ stored: StoredRecord, sources: [MergedSource]? = nil) throws {
        let record = stored.record
        let identity = RecordIdentity(record)
        let titleWords = WorkText.words(record.item.title ?? "")
        self.identity = identity
        // A record with an identifier that another work holds falls back to its next identifier,
        // then to the first with a suffix (see `RowWriter.freeKey`).
        keys = identity.keys.isEmpty ? [Self.workKey(record, titleWords: titleWords)] : identity.keys
        id = keys[0]
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
        titleKey = Self.titleKey(titleWords)
        self.sources = try (sources ?? stored.mergedFrom).map { try JSONEncoder.sorted.encode($0) }
        itemID = record.item.idString
    }

    /// The length of ``titleKey``: long enough to be specific, short enough that a subtitle one
    /// export leaves out does not change it.
    static let titleKeyLength = 40

    static func titleKey(_ titleWords: [String]) -> String? {
        let key = String(titleWords.joined().prefix(titleKeyLength))
        return key.isEmpty ? nil : key
    }

    /// The key of a record without PMID, DOI or PMCID: `work:` and a 64-bit hash of its folded
    /// title, first author, year, journal, volume, issue, first page and its id in its source (a
    /// BibTeX key), so that the same record read again gets the same key, while two records of one
    /// file that an export left alike (a column that keeps its title, its issue left out) do not
    /// (the whole item when it has none of these).
    static func workKey(_ record: Record, titleWords: [String]? = nil) -> String {
        let item = record.item
        let parts = [
            (titleWords ?? WorkText.words(item.title ?? "")).joined(),
            item.author.first.flatMap(WorkFeatures.surname) ?? "",
            item.year.map(String.init) ?? "",
            (item.containerTitle ?? item.containerTitleShort).map { WorkText.words($0).joined(separator: " ") } ?? "",
            item.volume ?? "", item.issue ?? "", item.pageRanges.first?.first ?? "", item.idString,
        ]
        var text = parts.joined(separator: "|")
        if parts.allSatisfy(\.isEmpty) { text = String(decoding: PubMedJSON.cslJSON(item), as: UTF8.self) }
        let hash = UInt64(bitPattern: digest(Data(text.utf8)))
        return "work:" + String(hash, radix: 16).leftPadded(to: 16)
    }

    /// The record again, from its encoded item and metadata.
    func decodedRecord() throws -> Record {
        let decoder = JSONDecoder()
        return Record(item: try decoder.decode(Item.self, from: item), metadata: try decoder.decode(RecordMetadata.self, from: metadata))
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

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}

extension JSONEncoder {
    /// Sorted keys, slashes unescaped: the same value always gives the same bytes.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
