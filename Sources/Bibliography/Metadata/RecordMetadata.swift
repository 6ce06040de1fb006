import Foundation

/// Indexing data about a record that CSL-JSON has no field for: publication types, MeSH headings,
/// comments and corrections (retractions, errata), history dates and more.
///
/// `PubMed` fills it from MEDLINE XML; `Verification` and `Evidence` read it without knowing where
/// a record came from. Every collection is empty when the source did not say.
public struct RecordMetadata: Sendable, Hashable, Codable {
    /// Where the record came from (`pubmed`, `csl-json`, ...).
    public var source: String?
    /// The PubMed identifier, digits only.
    public var pmid: String?
    /// The PMID version (`1` unless NLM has revised the record).
    public var pmidVersion: Int?
    /// MEDLINE citation status (`MEDLINE`, `PubMed-not-MEDLINE`, `In-Process`, ...).
    public var status: String?
    /// Publication types in source order ("Journal Article", "Randomized Controlled Trial", ...).
    public var publicationTypes: [PublicationType] = []
    /// MeSH headings with their qualifiers and major-topic flags.
    public var meshHeadings: [MeshHeading] = []
    /// Indexed chemical substances.
    public var chemicals: [Chemical] = []
    /// Author and indexer keywords.
    public var keywords: [Keyword] = []
    /// Research grants that funded the work.
    public var grants: [Grant] = []
    /// Links to related records: retractions, errata, comments, updates.
    public var commentsCorrections: [CommentCorrection] = []
    /// Every identifier from ArticleIdList and ELocationID (`doi`, `pmc`, `pii`, `mid`, `pubmed`).
    public var articleIDs: [ArticleID] = []
    /// Journal details beyond the item's title fields (MedlineTA, NLM id, ISSNs, country).
    public var journal: JournalInfo?
    /// The abstract in its labelled sections (the plain abstract is in the item's `abstract`).
    public var abstractSections: [AbstractSection] = []
    /// The copyright notice attached to the abstract.
    public var abstractCopyright: String?
    /// Abstracts from other sources or in other languages.
    public var otherAbstracts: [OtherAbstract] = []
    /// Per-author details in author order (affiliations, ORCID, equal contribution, validity).
    public var authorDetails: [AuthorDetail] = []
    /// Investigators (collaborators who are not authors), in source order.
    public var investigators: [Name] = []
    /// The title in its original language, when the item's title is a translation.
    public var vernacularTitle: String?
    /// Publication history (`received`, `accepted`, `pubmed`, `medline`, `entrez`, ...).
    public var history: [HistoryDate] = []
    /// The publication status (`ppublish`, `epublish`, `aheadofprint`).
    public var publicationStatus: String?
    /// The reference list the record carries, when it has one.
    public var references: [CitedReference] = []
    /// The first page as the source gave it separately (MedlinePgn `StartPage`).
    public var startPage: String?
    /// The last page as the source gave it separately (MedlinePgn `EndPage`).
    public var endPage: String?
    /// Book section titles (for books and chapters).
    public var sections: [String] = []
    /// Every language of the article (`eng`, `ger`), in source order; the item's `language` is the first.
    public var languages: [String] = []
    /// The authors' conflict-of-interest statement.
    public var coiStatement: String?
    /// Dates the article carries itself, the date type as status (`Electronic`).
    public var articleDates: [HistoryDate] = []
    /// When NLM created the MEDLINE citation (files before 2017), as `[year, month, day]`.
    public var dateCreated: [Int]?
    /// When NLM completed the MEDLINE citation, as `[year, month, day]`.
    public var dateCompleted: [Int]?
    /// When NLM last revised the MEDLINE citation, as `[year, month, day]`.
    public var dateRevised: [Int]?
    /// Data banks holding the study's data, with accession numbers (trial registrations, sequences).
    public var dataBanks: [DataBank] = []
    /// MeSH supplementary concepts indexed for the record.
    public var supplementalConcepts: [SupplementalConcept] = []

    /// Empty metadata, naming where the record came from.
    public init(source: String? = nil) { self.source = source }

    /// Whether the record has been retracted: publication type "Retracted Publication" or a RetractionIn link.
    public var isRetracted: Bool {
        publicationTypes.contains { $0.name.caseInsensitiveCompare("Retracted Publication") == .orderedSame }
            || commentsCorrections.contains { $0.type == .retractionIn }
    }

    /// Whether the record is itself a retraction notice.
    public var isRetractionNotice: Bool {
        publicationTypes.contains { $0.name.caseInsensitiveCompare("Retraction of Publication") == .orderedSame }
            || commentsCorrections.contains { $0.type == .retractionOf }
    }

    /// Whether a MeSH descriptor with this name is present.
    public func hasMesh(_ descriptor: String) -> Bool {
        meshHeadings.contains { $0.descriptor.name.caseInsensitiveCompare(descriptor) == .orderedSame }
    }

    /// Whether a publication type with this name is present.
    public func hasPublicationType(_ name: String) -> Bool {
        publicationTypes.contains { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }
}
