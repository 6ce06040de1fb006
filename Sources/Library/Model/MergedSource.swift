import Foundation

/// One of the records a library record was merged from: its key when it was merged, the item's
/// own id in its source (a BibTeX key, a RIS `ID`), and where it came from.
public struct MergedSource: Sendable, Hashable, Codable {
    /// The record's library key when it was merged (`pmid:N`, `doi:...`, `work:...`).
    public var key: String
    /// The item's id as its source wrote it (`smith2020`), empty when it had none.
    public var item: String
    /// The kind of source (`bibtex`, `ris`, `pubmed-xml`, ...).
    public var kind: String
    /// The file or request the record was read from.
    public var origin: String

    public init(key: String, item: String, kind: String, origin: String) {
        self.key = key
        self.item = item
        self.kind = kind
        self.origin = origin
    }
}
