import Bibliography
import Foundation

/// A record as the library keeps it: the record, where it came from, and its own bytes when known.
public struct StoredRecord: Sendable, Hashable {
    /// The item and its indexing metadata.
    public var record: Record
    /// Where and when the record came from.
    public var source: RecordSource
    /// The record's own bytes as received (its PubmedArticle XML, its Crossref JSON), when known.
    public var raw: Data?
    /// When the source last revised the record (`YYYY-MM-DD`, or any text that sorts in time order);
    /// a stored record is never replaced by one with an earlier revision. By default MEDLINE's
    /// `DateRevised`; `nil` when the source does not say.
    public var revised: String?
    /// The records this one was merged from (``RecordLibrary/dedupe(dryRun:)``, or an import of a
    /// work the library held from another source); `nil` for a record of one source.
    public var mergedFrom: [MergedSource]?

    /// A stored record; `revised` defaults to the metadata's `dateRevised`.
    public init(record: Record, source: RecordSource, raw: Data? = nil, revised: String? = nil) {
        self.record = record
        self.source = source
        self.raw = raw
        self.revised = revised ?? record.metadata.dateRevised.flatMap(StoredRecord.revisionText)
    }

    /// The library's key of the record: `pmid:N`, else `doi:...` (lowercased), else `pmcid:PMCN`,
    /// else `work:` and a hash of its folded title, first author, year and journal.
    public var id: String? { RecordIdentity(record).id ?? EncodedRecord.workKey(record) }

    /// `[year, month, day]` as `YYYY-MM-DD` (missing parts as `01`), so that texts sort in time order.
    static func revisionText(_ parts: [Int]) -> String? {
        guard let year = parts.first else { return nil }
        let month = parts.count > 1 ? parts[1] : 1
        let day = parts.count > 2 ? parts[2] : 1
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}
