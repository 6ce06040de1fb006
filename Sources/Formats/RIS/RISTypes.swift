import Bibliography

/// RIS reference types (`TY`) and CSL item types, after Zotero's RIS translator.
enum RISTypes {
    static let toCSL: [String: ItemType] = [
        "ABST": "article", "ADVS": "motion_picture", "AGGR": "dataset", "ANCIENT": "classic", "ART": "graphic",
        "BILL": "bill", "BLOG": "post-weblog", "BOOK": "book", "CASE": "legal_case", "CHAP": "chapter", "CHART": "graphic",
        "CLSWK": "classic", "COMP": "software", "CONF": "paper-conference", "CPAPER": "paper-conference", "CTLG": "book",
        "DATA": "dataset", "DBASE": "dataset", "DICT": "entry-dictionary", "EBOOK": "book", "ECHAP": "chapter",
        "EDBOOK": "book", "EJOUR": "article-journal", "ELEC": "webpage", "ENCYC": "entry-encyclopedia", "EQUA": "document",
        "FIGURE": "figure", "GEN": "document", "GOVDOC": "report", "GRANT": "document", "HEAR": "hearing",
        "ICOMM": "personal_communication", "INPR": "article-journal", "JFULL": "periodical", "JOUR": "article-journal",
        "LEGAL": "legal_case", "MANSCPT": "manuscript", "MAP": "map", "MGZN": "article-magazine", "MPCT": "motion_picture",
        "MULTI": "webpage", "MUSIC": "song", "NEWS": "article-newspaper", "PAMP": "pamphlet", "PAT": "patent",
        "PCOMM": "personal_communication", "RPRT": "report", "SER": "book", "SLIDE": "speech", "SOUND": "song",
        "STAND": "standard", "STAT": "legislation", "THES": "thesis", "UNBILL": "bill", "UNPB": "manuscript",
        "VIDEO": "motion_picture", "WEB": "webpage",
    ]

    /// The `TY` written for a CSL type; reading it back gives the same CSL type.
    static func risType(for type: ItemType) -> String {
        let preferred: [String: String] = [
            "article-journal": "JOUR", "book": "BOOK", "chapter": "CHAP", "paper-conference": "CPAPER", "report": "RPRT",
            "thesis": "THES", "webpage": "ELEC", "dataset": "DATA", "manuscript": "UNPB", "motion_picture": "MPCT",
            "song": "SOUND", "graphic": "ART", "legal_case": "CASE", "personal_communication": "PCOMM", "classic": "CLSWK",
        ]
        if let ty = preferred[type.rawValue] { return ty }
        return toCSL.filter { $0.value == type }.keys.sorted().first ?? "GEN"
    }
}
