import Bibliography
import Verification

/// The parts of a record that tell whether two records describe one work, normalised once.
struct WorkFeatures: Sendable {
    var identity: RecordIdentity
    /// Folded title words, and the same run together.
    var titleWords: [String]
    var titleKey: String
    var titleTrigrams: Set<Int>
    /// Numbers that number the work in a series (`Part II`), sorted.
    var titleNumbers: [Int]
    /// Words that mark a notice about another work (erratum, comment, reply...).
    var noticeWords: Set<String>
    /// The first author's family name, folded, particles and punctuation removed.
    var firstAuthor: String?
    var year: Int?
    var month: String?
    var journals: [JournalTitle]
    var volume: String?
    var issue: String?
    /// The first page, folded (`e1234`, `s12`, `123`).
    var firstPage: String?
    /// Whether the record's publication types mark a notice about another work (erratum,
    /// retraction, comment); `nil` when the source gives no publication types.
    var isNotice: Bool?

    init(_ record: Record, identity: RecordIdentity? = nil) {
        let item = record.item
        self.identity = identity ?? RecordIdentity(record)
        titleWords = WorkText.words(item.title ?? "")
        titleKey = titleWords.joined()
        titleTrigrams = MatchText.trigrams(titleKey)
        titleNumbers = WorkText.numbers(titleWords)
        noticeWords = Set(titleWords.filter { WorkText.noticeWords.contains($0) })
        firstAuthor = item.author.first.flatMap(WorkFeatures.surname)
        year = item.year
        month = item.issued?.month.map(String.init)
        var journals: [JournalTitle] = []
        for text in [item.containerTitle, item.containerTitleShort, record.metadata.journal?.medlineTA] {
            guard let text, !text.isEmpty else { continue }
            let journal = JournalTitle(WorkText.fold(text))
            if !journal.words.isEmpty, !journals.contains(journal) { journals.append(journal) }
        }
        self.journals = journals
        volume = item.volume.map { WorkText.words($0).joined() }.flatMap { $0.isEmpty ? nil : $0 }
        issue = item.issue.map { WorkText.words($0).joined() }.flatMap { $0.isEmpty ? nil : $0 }
        firstPage = item.pageRanges.first.map { WorkText.words($0.first).joined() }.flatMap { $0.isEmpty ? nil : $0 }
        let types = record.metadata.publicationTypes
        isNotice = types.isEmpty ? nil : types.contains { WorkFeatures.noticeTypes.contains($0.name.lowercased()) }
    }

    /// PubMed publication types of records that are notices about another article.
    static let noticeTypes: Set<String> = [
        "published erratum", "retraction notice", "retraction of publication", "comment", "expression of concern",
        "corrected and republished article",
    ]

    /// A name's family name as compared: folded, leading particles (`van der`) dropped, letters and
    /// digits only; a literal (corporate) name folded whole; `nil` for "et al." or an empty name.
    static func surname(_ name: Name) -> String? {
        guard let raw = name.family ?? name.literal else { return nil }
        var words = WorkText.words(raw)
        if name.family != nil {
            while words.count > 1, let first = words.first, WorkText.particles.contains(first) { words.removeFirst() }
        }
        let key = words.joined()
        return key.isEmpty || key == "etal" || key == "others" ? nil : key
    }
}
