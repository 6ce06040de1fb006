/// A link from CommentsCorrectionsList: retraction, erratum, comment, update and so on.
public struct CommentCorrection: Sendable, Hashable, Codable {
    /// What the link is (see ``Kind``).
    public var type: Kind
    /// The citation text of the linked record ("Lancet. 2010;375(9713):445").
    public var refSource: String?
    /// The linked record's PMID.
    public var pmid: String?
    /// A note NLM attached to the link.
    public var note: String?
    /// A link from its kind, citation text, PMID and note.
    public init(type: Kind, refSource: String? = nil, pmid: String? = nil, note: String? = nil) {
        self.type = type
        self.refSource = refSource
        self.pmid = pmid
        self.note = note
    }
}
