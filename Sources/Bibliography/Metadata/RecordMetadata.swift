/// Indexing data about a record that CSL-JSON has no field for: publication types, MeSH headings,
/// comments and corrections (retractions, errata), history dates and more.
///
/// `PubMed` fills it from MEDLINE XML; `Verification` and `Evidence` read it without knowing where
/// a record came from. Every collection is empty when the source did not say.
public struct RecordMetadata: Sendable, Hashable, Codable {
    /// Where the record came from (`pubmed`, `csl-json`, ...).
    public var source: String?
    public var pmid: String?
    /// The PMID version (`1` unless NLM has revised the record).
    public var pmidVersion: Int?
    /// MEDLINE citation status (`MEDLINE`, `PubMed-not-MEDLINE`, `In-Process`, ...).
    public var status: String?
    public var publicationTypes: [PublicationType] = []
    public var meshHeadings: [MeshHeading] = []
    public var chemicals: [Chemical] = []
    public var keywords: [Keyword] = []
    public var grants: [Grant] = []
    public var commentsCorrections: [CommentCorrection] = []
    /// Every identifier from ArticleIdList and ELocationID (`doi`, `pmc`, `pii`, `mid`, `pubmed`).
    public var articleIDs: [ArticleID] = []
    public var journal: JournalInfo?
    /// The abstract in its labelled sections (the plain abstract is in the item's `abstract`).
    public var abstractSections: [AbstractSection] = []
    public var abstractCopyright: String?
    public var otherAbstracts: [OtherAbstract] = []
    /// Per-author details in author order (affiliations, ORCID, equal contribution, validity).
    public var authorDetails: [AuthorDetail] = []
    public var investigators: [Name] = []
    public var vernacularTitle: String?
    /// Publication history (`received`, `accepted`, `pubmed`, `medline`, `entrez`, ...).
    public var history: [HistoryDate] = []
    public var publicationStatus: String?
    /// The reference list the record carries, when it has one.
    public var references: [CitedReference] = []
    public var startPage: String?
    public var endPage: String?
    /// Book section titles (for books and chapters).
    public var sections: [String] = []

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

/// A PubMed publication type ("Randomized Controlled Trial", "Review", ...).
public struct PublicationType: Sendable, Hashable, Codable {
    public var name: String
    public var ui: String?
    public init(name: String, ui: String? = nil) {
        self.name = name
        self.ui = ui
    }
}

/// A MeSH descriptor or qualifier with its unique identifier and major-topic flag.
public struct MeshTerm: Sendable, Hashable, Codable {
    public var name: String
    public var ui: String?
    public var majorTopic: Bool
    public init(name: String, ui: String? = nil, majorTopic: Bool = false) {
        self.name = name
        self.ui = ui
        self.majorTopic = majorTopic
    }
}

/// A MeSH heading: a descriptor and its qualifiers.
public struct MeshHeading: Sendable, Hashable, Codable {
    public var descriptor: MeshTerm
    public var qualifiers: [MeshTerm]
    /// Descriptor type attribute, when given (`Geographic`).
    public var type: String?
    public init(descriptor: MeshTerm, qualifiers: [MeshTerm] = [], type: String? = nil) {
        self.descriptor = descriptor
        self.qualifiers = qualifiers
        self.type = type
    }

    /// Whether the descriptor or any qualifier is a major topic.
    public var isMajorTopic: Bool { descriptor.majorTopic || qualifiers.contains { $0.majorTopic } }

    /// PubMed notation: `Heading/Qualifier`, with `*` after major topics.
    public var pubMedNotation: [String] {
        let d = descriptor.name
        if qualifiers.isEmpty { return [d + (descriptor.majorTopic ? "*" : "")] }
        return qualifiers.map { d + "/" + $0.name + ($0.majorTopic || descriptor.majorTopic ? "*" : "") }
    }
}

/// A chemical substance indexed for the record.
public struct Chemical: Sendable, Hashable, Codable {
    public var name: String
    public var registryNumber: String?
    public var ui: String?
    public init(name: String, registryNumber: String? = nil, ui: String? = nil) {
        self.name = name
        self.registryNumber = registryNumber
        self.ui = ui
    }
}

/// An author keyword or a keyword from another list owner.
public struct Keyword: Sendable, Hashable, Codable {
    public var text: String
    public var majorTopic: Bool
    public var owner: String?
    public init(text: String, majorTopic: Bool = false, owner: String? = nil) {
        self.text = text
        self.majorTopic = majorTopic
        self.owner = owner
    }
}

/// A research grant.
public struct Grant: Sendable, Hashable, Codable {
    public var id: String?
    public var acronym: String?
    public var agency: String?
    public var country: String?
    public init(id: String? = nil, acronym: String? = nil, agency: String? = nil, country: String? = nil) {
        self.id = id
        self.acronym = acronym
        self.agency = agency
        self.country = country
    }
}

/// A link from CommentsCorrectionsList: retraction, erratum, comment, update and so on.
public struct CommentCorrection: Sendable, Hashable, Codable {
    /// The link type, as NLM names it (`RetractionIn`, `ErratumFor`, ...).
    public struct Kind: RawRepresentable, Sendable, Hashable, Codable, ExpressibleByStringLiteral {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public init(stringLiteral value: String) { rawValue = value }
        public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.singleValueContainer()
            try c.encode(rawValue)
        }

        public static let retractionIn: Kind = "RetractionIn"
        public static let retractionOf: Kind = "RetractionOf"
        public static let erratumIn: Kind = "ErratumIn"
        public static let erratumFor: Kind = "ErratumFor"
        public static let expressionOfConcernIn: Kind = "ExpressionOfConcernIn"
        public static let expressionOfConcernFor: Kind = "ExpressionOfConcernFor"
        public static let commentIn: Kind = "CommentIn"
        public static let commentOn: Kind = "CommentOn"
        public static let updateIn: Kind = "UpdateIn"
        public static let updateOf: Kind = "UpdateOf"
        public static let republishedIn: Kind = "RepublishedIn"
        public static let republishedFrom: Kind = "RepublishedFrom"
    }

    public var type: Kind
    /// The citation text of the linked record ("Lancet. 2010;375(9713):445").
    public var refSource: String?
    public var pmid: String?
    public var note: String?
    public init(type: Kind, refSource: String? = nil, pmid: String? = nil, note: String? = nil) {
        self.type = type
        self.refSource = refSource
        self.pmid = pmid
        self.note = note
    }
}

/// An identifier of the article (`doi`, `pmc`, `pii`, `pubmed`, `mid`, ...).
public struct ArticleID: Sendable, Hashable, Codable {
    public var type: String
    public var value: String
    /// Whether it came from ELocationID (and whether NLM marks it valid).
    public var fromELocation: Bool
    public init(type: String, value: String, fromELocation: Bool = false) {
        self.type = type
        self.value = value
        self.fromELocation = fromELocation
    }
}

/// Journal details beyond the CSL-JSON title fields.
public struct JournalInfo: Sendable, Hashable, Codable {
    public var medlineTA: String?
    public var nlmUniqueID: String?
    public var issnLinking: String?
    public var country: String?
    /// ISSNs with their type (`Print`, `Electronic`).
    public var issns: [ISSN] = []
    public init(medlineTA: String? = nil, nlmUniqueID: String? = nil, issnLinking: String? = nil, country: String? = nil, issns: [ISSN] = []) {
        self.medlineTA = medlineTA
        self.nlmUniqueID = nlmUniqueID
        self.issnLinking = issnLinking
        self.country = country
        self.issns = issns
    }
}

/// An ISSN with its medium.
public struct ISSN: Sendable, Hashable, Codable {
    public var value: String
    public var type: String?
    public init(value: String, type: String? = nil) {
        self.value = value
        self.type = type
    }
}

/// One section of a structured abstract.
public struct AbstractSection: Sendable, Hashable, Codable {
    public var label: String?
    /// NLM's category for the label (`BACKGROUND`, `METHODS`, `RESULTS`, `CONCLUSIONS`, `OBJECTIVE`, `UNASSIGNED`).
    public var nlmCategory: String?
    /// The text, with inline markup as CSL rich text.
    public var text: String
    public init(label: String? = nil, nlmCategory: String? = nil, text: String) {
        self.label = label
        self.nlmCategory = nlmCategory
        self.text = text
    }
}

/// An abstract from another source or in another language.
public struct OtherAbstract: Sendable, Hashable, Codable {
    public var type: String?
    public var language: String?
    public var sections: [AbstractSection]
    public var copyright: String?
    public init(type: String? = nil, language: String? = nil, sections: [AbstractSection] = [], copyright: String? = nil) {
        self.type = type
        self.language = language
        self.sections = sections
        self.copyright = copyright
    }
}

/// Details of one author that CSL-JSON names do not hold.
public struct AuthorDetail: Sendable, Hashable, Codable {
    public var affiliations: [String] = []
    /// Identifiers by source (`ORCID` → `0000-0002-1825-0097`).
    public var identifiers: [AuthorIdentifier] = []
    public var equalContribution: Bool = false
    /// False for names NLM marks ValidYN="N" (kept here, left out of the item's authors).
    public var valid: Bool = true
    public var initials: String?
    /// The name, kept here for authors left out of the item's `author` list (ValidYN="N").
    public var name: Name?
    public init(affiliations: [String] = [], identifiers: [AuthorIdentifier] = [], equalContribution: Bool = false, valid: Bool = true, initials: String? = nil, name: Name? = nil) {
        self.name = name
        self.affiliations = affiliations
        self.identifiers = identifiers
        self.equalContribution = equalContribution
        self.valid = valid
        self.initials = initials
    }
}

/// An author identifier with its source (`ORCID`).
public struct AuthorIdentifier: Sendable, Hashable, Codable {
    public var source: String
    public var value: String
    public init(source: String, value: String) {
        self.source = source
        self.value = value
    }
}

/// A dated event in a record's history.
public struct HistoryDate: Sendable, Hashable, Codable {
    public var status: String
    public var date: [Int]
    public init(status: String, date: [Int]) {
        self.status = status
        self.date = date
    }
}

/// An entry of the record's own reference list.
public struct CitedReference: Sendable, Hashable, Codable {
    public var citation: String
    public var articleIDs: [ArticleID]
    public init(citation: String, articleIDs: [ArticleID] = []) {
        self.citation = citation
        self.articleIDs = articleIDs
    }
}
