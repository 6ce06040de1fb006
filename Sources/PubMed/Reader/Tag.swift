/// The element names the mapping looks at. Every other element is `.other` and is skipped.
///
/// The cursor maps libxml2's interned name pointers to these cases, so that no Swift string is
/// built for an element name while reading.
enum Tag: UInt8, CaseIterable, Sendable {
    case other
    // Roots and records
    case pubmedArticleSet = 1, pubmedBookArticleSet, medlineCitationSet, bookDocumentSet
    case pubmedArticle, pubmedBookArticle, medlineCitation, bookDocument, pubmedData, pubmedBookData
    case deleteCitation, deleteDocument
    // Citation
    case pmid, article, journal, issn, journalIssue, volume, issue, pubDate, year, month, day, season
    case medlineDate, title, isoAbbreviation, articleTitle, vernacularTitle, pagination, startPage, endPage
    case medlinePgn, eLocationID, abstract, abstractText, copyrightInformation, otherAbstract
    case authorList, author, lastName, foreName, initials, suffix, collectiveName, identifier
    case affiliationInfo, affiliation, language, grantList, grant, grantID, acronym, agency, country
    case publicationTypeList, publicationType, medlineJournalInfo, medlineTA, nlmUniqueID, issnLinking
    case chemicalList, chemical, registryNumber, nameOfSubstance, commentsCorrectionsList, commentsCorrections
    case refSource, note, meshHeadingList, meshHeading, descriptorName, qualifierName, keywordList, keyword
    case investigatorList, investigator, otherID
    case coiStatement, articleDate, dateCreated, dateCompleted, dateRevised, dataBankList, dataBank, dataBankName
    case accessionNumberList, accessionNumber, supplMeshList, supplMeshName
    // PubmedData
    case history, pubMedPubDate, publicationStatus, articleIdList, articleId, referenceList, reference, citation
    // Books
    case book, publisher, publisherName, publisherLocation, bookTitle, edition, isbn, collectionTitle
    case volumeTitle, medium, reportNumber, sections, section, sectionTitle, contributionDate
    // Inline markup and MathML
    case i, b, sup, sub, u, math, dispFormula
    case msup, msub, msubsup, mfrac, msqrt, mroot, mspace, annotation, annotationXML
    case mmultiscripts, mprescripts, none

    /// The element's local name as it appears in the XML.
    var xmlName: String {
        switch self {
        case .other: return ""
        case .pmid: return "PMID"
        case .issn: return "ISSN"
        case .isoAbbreviation: return "ISOAbbreviation"
        case .eLocationID: return "ELocationID"
        case .grantID: return "GrantID"
        case .otherID: return "OtherID"
        case .medlineTA: return "MedlineTA"
        case .nlmUniqueID: return "NlmUniqueID"
        case .issnLinking: return "ISSNLinking"
        case .pubMedPubDate: return "PubMedPubDate"
        case .annotationXML: return "annotation-xml"
        case .i, .b, .sup, .sub, .u, .math, .msup, .msub, .msubsup, .mfrac, .msqrt, .mroot, .mspace, .annotation,
            .mmultiscripts, .mprescripts, .none:
            return String(describing: self)
        default:
            let name = String(describing: self)
            return name.prefix(1).uppercased() + name.dropFirst()
        }
    }
}
