import Bibliography
import Foundation

/// Candidate lookups already made, by everything ``RecordLibrary/candidates(for:limit:)`` reads of
/// an item (its PMID, DOI, PMCID, title, year and first author's name) and the limit: the pages of
/// a site cite the same works again and again, and each lookup is a full-text query ranked over
/// every record sharing a title word.
///
/// A memo answers as the library was when the lookup was first made: keep one for a run over a
/// library that does not change meanwhile (one `cite check`), not across writes. It empties itself
/// when it reaches its capacity, which bounds its memory (the records themselves are shared with
/// the library's decoded records).
public final class CandidateMemo: @unchecked Sendable {
    struct Key: Hashable {
        var pmid: String?, doi: String?, pmcid: String?, title: String?
        var year: Int?
        var firstAuthor: String?
        var limit: Int

        init(_ item: Item, limit: Int) {
            pmid = item.pmid
            doi = item.doi
            pmcid = item.pmcid
            title = item.title
            year = item.year
            firstAuthor = item.author.first.flatMap { $0.family ?? $0.literal }
            self.limit = limit
        }
    }

    private let lock = NSLock()
    private var found: [Key: [StoredRecord]] = [:]
    private let capacity: Int

    /// A memo of at most `capacity` lookups.
    public init(capacity: Int = 16_384) { self.capacity = capacity }

    func candidates(for key: Key) -> [StoredRecord]? {
        lock.withLock { found[key] }
    }

    func store(_ records: [StoredRecord], for key: Key) {
        lock.withLock {
            if found.count >= capacity { found.removeAll(keepingCapacity: true) }
            found[key] = records
        }
    }
}
