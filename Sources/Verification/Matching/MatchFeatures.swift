import Bibliography

/// The parts of an item that matching compares, normalised once.
struct MatchFeatures: Sendable {
    var titleWords: [String]
    /// The title's trigram hashes, sorted and distinct: intersecting two sorted arrays is a merge,
    /// with no set built per comparison (a reference is scored against dozens of records).
    var titleTrigrams: [Int]
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
        titleTrigrams = MatchText.trigrams(squeezed).sorted()
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
        var seen = Set<String>()
        indexKeys = titleWords.filter { $0.count > 1 && !MatchText.stopWords.contains($0) && seen.insert($0).inserted }
            + (firstAuthor.map { ["au:" + $0] } ?? [])
    }

    /// The keys the title index files a record under and looks a reference up by: its distinct
    /// title words worth indexing, in title order (so that score sums, and their ties, are the
    /// same in every process), then `au:` and the first author's surname. Computed once per
    /// record (features are memoised) rather than on every page's index.
    let indexKeys: [String]

    /// How many trigrams two sorted, distinct trigram lists share.
    static func sharedCount(_ a: [Int], _ b: [Int]) -> Int {
        var i = 0, j = 0, shared = 0
        while i < a.count, j < b.count {
            let x = a[i], y = b[j]
            if x == y {
                shared += 1
                i += 1
                j += 1
            } else if x < y {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }

    static func surname(_ name: Name) -> String? {
        let raw = name.family ?? name.literal
        guard let raw else { return nil }
        let s = MatchText.squeezed(raw)
        return s.isEmpty || s == "etal" ? nil : s
    }
}
