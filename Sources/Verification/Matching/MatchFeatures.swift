import Bibliography

/// The parts of an item that matching compares, normalised once.
struct MatchFeatures: Sendable {
    var titleWords: [String]
    var titleTrigrams: Set<Int>
    var titleLength: Int
    var firstAuthor: String?
    var year: Int?
    var journals: [JournalTitle]
    var volume: String?
    var firstPage: String?
    var doi: String?
    var pmid: String?
    var pmcid: String?

    init(item: Item, metadata: RecordMetadata? = nil) {
        let title = item.title ?? ""
        titleWords = MatchText.words(title)
        let squeezed = MatchText.squeezed(title)
        titleLength = squeezed.count
        titleTrigrams = MatchText.trigrams(squeezed)
        firstAuthor = item.author.first.flatMap(MatchFeatures.surname)
        year = item.year
        var journals: [JournalTitle] = []
        for text in [item.containerTitle, item.containerTitleShort, metadata?.journal?.medlineTA] {
            if let text, !text.isEmpty {
                let j = JournalTitle(text)
                if !j.words.isEmpty, !journals.contains(j) { journals.append(j) }
            }
        }
        self.journals = journals
        volume = item.volume.map { MatchText.fold($0).filter { $0.isLetter || $0.isNumber } }.flatMap { $0.isEmpty ? nil : $0 }
        firstPage = item.pageRanges.first.map { MatchText.fold($0.first) }
        doi = item.doi.flatMap(Identifiers.normalizedDOI)
            ?? metadata?.articleIDs.first(where: { $0.type == "doi" }).flatMap { Identifiers.normalizedDOI($0.value) }
        pmid = item.pmid.flatMap(Identifiers.normalizedPMID) ?? metadata?.pmid.flatMap(Identifiers.normalizedPMID)
        pmcid = item.pmcid.flatMap(Identifiers.normalizedPMCID)
            ?? metadata?.articleIDs.first(where: { $0.type == "pmc" }).flatMap { Identifiers.normalizedPMCID($0.value) }
    }

    static func surname(_ name: Name) -> String? {
        let raw = name.family ?? name.literal
        guard let raw else { return nil }
        let s = MatchText.squeezed(raw)
        return s.isEmpty || s == "etal" ? nil : s
    }

    /// Title words worth indexing and querying.
    var indexWords: [String] {
        titleWords.filter { $0.count > 1 && !MatchText.stopWords.contains($0) }
    }
}
