import Bibliography

/// EndNote reference types (`<ref-type name="...">number</ref-type>`) and their CSL types, by
/// name and by EndNote's number; Zotero's EndNote XML import and JabRef agree on these.
enum EndNoteTypes {
    /// EndNote name, EndNote number, CSL type.
    static let table: [(name: String, number: Int, type: ItemType)] = [
        ("Aggregated Database", 55, .dataset),
        ("Ancient Text", 51, "classic"),
        ("Artwork", 2, "graphic"),
        ("Audiovisual Material", 3, "motion_picture"),
        ("Bill", 4, "bill"),
        ("Blog", 56, "post-weblog"),
        ("Book", 6, .book),
        ("Book Section", 5, .chapter),
        ("Case", 7, "legal_case"),
        ("Catalog", 8, .book),
        ("Chart or Table", 38, "figure"),
        ("Classical Work", 49, "classic"),
        ("Computer Program", 9, "software"),
        ("Conference Paper", 47, .paperConference),
        ("Conference Proceedings", 10, .paperConference),
        ("Dataset", 59, .dataset),
        ("Dictionary", 52, .book),
        ("Edited Book", 28, .book),
        ("Electronic Article", 43, .articleJournal),
        ("Electronic Book", 44, .book),
        ("Electronic Book Section", 60, .chapter),
        ("Encyclopedia", 53, .book),
        ("Equation", 39, .document),
        ("Figure", 37, "figure"),
        ("Film or Broadcast", 21, "motion_picture"),
        ("Generic", 13, .document),
        ("Government Document", 46, .report),
        ("Grant", 54, .document),
        ("Hearing", 14, "hearing"),
        ("Interview", 64, "interview"),
        ("Journal Article", 17, .articleJournal),
        ("Legal Rule or Regulation", 50, "regulation"),
        ("Magazine Article", 19, "article-magazine"),
        ("Manuscript", 36, "manuscript"),
        ("Map", 20, "map"),
        ("Newspaper Article", 23, "article-newspaper"),
        ("Online Database", 45, .webpage),
        ("Online Multimedia", 48, .webpage),
        ("Pamphlet", 24, "pamphlet"),
        ("Patent", 25, "patent"),
        ("Personal Communication", 26, "personal_communication"),
        ("Podcast", 61, "song"),
        ("Press Release", 63, .document),
        ("Report", 27, .report),
        ("Serial", 57, "periodical"),
        ("Standard", 58, "standard"),
        ("Statute", 31, "legislation"),
        ("Thesis", 32, .thesis),
        ("Unpublished Work", 34, "manuscript"),
        ("Web Page", 12, .webpage),
    ]

    /// Names other exporters write (JabRef's `Conference` for inproceedings).
    static let aliases: [String: ItemType] = ["conference": .paperConference, "thesis/dissertation": .thesis]

    private static let byName: [String: ItemType] = Dictionary(table.map { ($0.name.lowercased(), $0.type) }, uniquingKeysWith: { a, _ in a })
        .merging(aliases, uniquingKeysWith: { a, _ in a })
    private static let byNumber: [Int: ItemType] = Dictionary(table.map { ($0.number, $0.type) }, uniquingKeysWith: { a, _ in a })

    /// The CSL type of a reference type, by its name, else its number; `nil` when neither is known.
    static func type(name: String?, number: String?) -> ItemType? {
        if let name, let type = byName[name.lowercased()] { return type }
        if let number, let n = Int(number), let type = byNumber[n] { return type }
        return nil
    }
}
