import Bibliography

/// Candidate lookups already made, by everything ``RecordLibrary/candidates(for:limit:)`` reads of
/// an item (its PMID, DOI, PMCID, title, year and first author's name) and the limit: the pages of
/// a site cite the same works again and again, and each lookup is a full-text query ranked over
/// every record sharing a title word.
///
/// It keeps the found records' keys, in order, not the records (those are read again by key, from
/// the library's decoded records): its memory is a few hundred bytes a lookup, and it empties
/// itself when it reaches its capacity. A memo answers with the records the lookup found when it
/// was first made: keep one for a run over a library that does not change meanwhile (one
/// `cite check`), not across writes.
public final class CandidateMemo: @unchecked Sendable {
    struct Key: Hashable, Sendable {
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

    private let found: BoundedMemo<Key, [String]>

    /// A memo of at most `capacity` lookups.
    public init(capacity: Int = 16_384) { found = BoundedMemo(capacity: capacity) }

    /// The keys of the records a lookup found, in order, when it was made before.
    func ids(for key: Key) -> [String]? { found.cached(key) }

    func store(_ ids: [String], for key: Key) { found.store(ids, for: key) }
}
