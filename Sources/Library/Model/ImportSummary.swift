/// What adding records to the library did.
public struct ImportSummary: Sendable, Hashable, Codable {
    /// Records new to the library.
    public var added = 0
    /// Records that replaced a stored version (a newer revision, new content, or a stronger identifier).
    public var replaced = 0
    /// Records merged into a stored record of the same work from another source (see `RecordLibrary.add`).
    public var merged = 0
    /// Records the library already held exactly.
    public var unchanged = 0
    /// Records not stored because the library holds a newer revision or the same work under a
    /// stronger identifier (a PubMed record is not replaced by a DOI-only one).
    public var kept = 0
    /// Records not stored (no longer happens: a record without PMID, DOI or PMCID is keyed by its
    /// title, first author, year and journal); kept for callers that sum summaries.
    public var skipped = 0
    /// PMIDs that an update file lists as deleted by NLM; counted, not applied.
    public var deletions = 0

    public init(added: Int = 0, replaced: Int = 0, merged: Int = 0, unchanged: Int = 0, kept: Int = 0, skipped: Int = 0, deletions: Int = 0) {
        self.added = added
        self.replaced = replaced
        self.merged = merged
        self.unchanged = unchanged
        self.kept = kept
        self.skipped = skipped
        self.deletions = deletions
    }

    /// Records read: every record counted once, whatever became of it.
    public var records: Int { added + replaced + merged + unchanged + kept + skipped }

    /// The sum of two summaries.
    public static func + (a: ImportSummary, b: ImportSummary) -> ImportSummary {
        ImportSummary(
            added: a.added + b.added, replaced: a.replaced + b.replaced, merged: a.merged + b.merged, unchanged: a.unchanged + b.unchanged,
            kept: a.kept + b.kept, skipped: a.skipped + b.skipped, deletions: a.deletions + b.deletions)
    }

    /// `N added, N replaced, N unchanged` (and the other counts when not zero).
    public var description: String {
        var parts = ["\(added) added", "\(replaced) replaced", "\(unchanged) unchanged"]
        if merged > 0 { parts.insert("\(merged) merged into a stored record of the same work", at: 2) }
        if kept > 0 { parts.append("\(kept) kept (the library holds a newer or better-identified version)") }
        if skipped > 0 { parts.append("\(skipped) skipped (no PMID, DOI or PMCID)") }
        if deletions > 0 { parts.append("\(deletions) deletions listed (not applied)") }
        return parts.joined(separator: ", ")
    }
}
