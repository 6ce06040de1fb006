import Bibliography

/// BibTeX and biblatex entry types and CSL item types (see the module README for the table and
/// where Zotero and pandoc agree or differ).
enum BibTeXTypes {
    static let toCSL: [String: ItemType] = [
        "article": "article-journal", "book": "book", "mvbook": "book", "inbook": "chapter", "bookinbook": "chapter",
        "suppbook": "chapter", "booklet": "pamphlet", "collection": "book", "mvcollection": "book",
        "incollection": "chapter", "suppcollection": "chapter", "dataset": "dataset", "manual": "report",
        "misc": "document", "online": "webpage", "electronic": "webpage", "www": "webpage", "patent": "patent",
        "periodical": "periodical", "suppperiodical": "article-journal", "proceedings": "book", "mvproceedings": "book",
        "inproceedings": "paper-conference", "conference": "paper-conference", "reference": "book",
        "mvreference": "book", "inreference": "entry-encyclopedia", "report": "report", "techreport": "report",
        "software": "software", "thesis": "thesis", "phdthesis": "thesis", "mastersthesis": "thesis",
        "unpublished": "manuscript", "artwork": "graphic", "audio": "song", "image": "graphic", "music": "song",
        "legislation": "legislation", "legal": "legal_case", "jurisdiction": "legal_case", "letter": "personal_communication",
        "movie": "motion_picture", "video": "motion_picture", "performance": "performance", "review": "review",
        "standard": "standard", "commentary": "book", "set": "document", "xdata": "document",
    ]

    /// The CSL type of an entry; `entrysubtype` makes an article a magazine or newspaper article.
    static func cslType(_ entryType: String, subtype: String?) -> ItemType {
        if entryType == "article", let subtype = subtype?.lowercased() {
            if subtype == "magazine" { return "article-magazine" }
            if subtype == "newspaper" { return "article-newspaper" }
        }
        return toCSL[entryType] ?? "document"
    }

    /// The entry type written for a CSL type (the inverse used by the writer).
    static func entryType(for type: ItemType) -> String {
        switch type.rawValue {
        case "article-journal", "article-magazine", "article-newspaper": return "article"
        case "book", "classic": return "book"
        case "chapter": return "incollection"
        case "paper-conference": return "inproceedings"
        case "thesis": return "thesis"
        case "report": return "report"
        case "webpage", "post", "post-weblog": return "online"
        case "dataset": return "dataset"
        case "manuscript": return "unpublished"
        case "pamphlet": return "booklet"
        case "patent": return "patent"
        case "periodical": return "periodical"
        case "software": return "software"
        case "entry-encyclopedia", "entry-dictionary", "entry": return "inreference"
        case "graphic": return "artwork"
        case "song": return "audio"
        case "legislation": return "legislation"
        case "legal_case": return "jurisdiction"
        case "personal_communication": return "letter"
        case "motion_picture": return "movie"
        case "performance": return "performance"
        case "review", "review-book": return "review"
        case "standard": return "standard"
        default: return "misc"
        }
    }
}
