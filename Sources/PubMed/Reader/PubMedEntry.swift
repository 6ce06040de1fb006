import Bibliography

/// One entry of a PubMed file, in document order.
public enum PubMedEntry: Sendable, Hashable {
    /// A journal article (`PubmedArticle`, or a bare `MedlineCitation`).
    case article(Record)
    /// A book or book chapter (`PubmedBookArticle` or a bare `BookDocument`).
    case book(Record)
    /// PMIDs that NLM deleted (`DeleteCitation` / `DeleteDocument` in update files).
    case deleted([String])

    /// The record, for articles and books.
    public var record: Record? {
        switch self {
        case .article(let r), .book(let r): return r
        case .deleted: return nil
        }
    }
}
