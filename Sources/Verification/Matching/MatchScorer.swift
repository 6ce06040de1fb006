/// Scores how likely a cited item and a record describe the same work, from the fields both have.
struct MatchScorer: Sendable {
    /// Field weights; fields missing on either side drop out of the average.
    static let titleWeight = 0.45
    static let authorWeight = 0.15
    static let yearWeight = 0.12
    static let journalWeight = 0.10
    static let volumeWeight = 0.10
    static let pageWeight = 0.08

    func score(_ cited: MatchFeatures, _ record: MatchFeatures) -> Double {
        var sum = 0.0, weight = 0.0
        func add(_ w: Double, _ s: Double?) {
            guard let s else { return }
            sum += w * s
            weight += w
        }
        let title = titleSimilarity(cited, record)
        add(Self.titleWeight, title)
        add(Self.authorWeight, authorSimilarity(cited.firstAuthor, record.firstAuthor))
        add(Self.yearWeight, yearSimilarity(cited.year, record.year))
        add(Self.journalWeight, journalSimilarity(cited.journals, record.journals))
        add(Self.volumeWeight, equality(cited.volume, record.volume))
        add(Self.pageWeight, equality(cited.firstPage, record.firstPage))
        guard weight > 0, let title else { return 0 }
        var score = sum / weight
        // Little corroborating evidence beyond the title: trust the average less.
        score *= 0.75 + 0.25 * min(1, (weight - Self.titleWeight) / 0.35)
        // A clearly different title is a different work, however the numbers agree.
        if title < 0.5 { score *= title / 0.5 }
        // Conflicting identifiers make a match unlikely (a typo in one is still possible).
        if let a = cited.doi, let b = record.doi, a != b { score *= 0.5 }
        if let a = cited.pmid, let b = record.pmid, a != b { score *= 0.5 }
        return min(1, max(0, score))
    }

    func titleSimilarity(_ a: MatchFeatures, _ b: MatchFeatures) -> Double? {
        guard a.titleLength > 0, b.titleLength > 0 else { return nil }
        let total = a.titleTrigrams.count + b.titleTrigrams.count
        guard total > 0 else { return 0 }
        // The Dice coefficient of the two trigram sets (as `MatchText.dice`), from one merge.
        let shared = MatchFeatures.sharedCount(a.titleTrigrams, b.titleTrigrams)
        var s = 2 * Double(shared) / Double(total)
        // A title cut short on one side (or a subtitle only one side has): score the overlap
        // against the shorter title, trusting it less the shorter (less specific) that title is.
        let shorter = min(a.titleTrigrams.count, b.titleTrigrams.count)
        if shorter >= 6 {
            let containment = Double(shared) / Double(shorter)
            s = max(s, containment * min(0.9, 0.5 + Double(shorter) / 50))
        }
        return s
    }

    func authorSimilarity(_ a: String?, _ b: String?) -> Double? {
        guard let a, let b else { return nil }
        if a == b { return 1 }
        if a.count >= 4, b.count >= 4, a.hasPrefix(b) || b.hasPrefix(a) { return 0.8 }
        let d = MatchText.editDistance(a, b)
        if d == 1 && min(a.count, b.count) >= 4 { return 0.7 }
        if d == 2 && min(a.count, b.count) >= 7 { return 0.5 }
        return 0
    }

    func yearSimilarity(_ a: Int?, _ b: Int?) -> Double? {
        guard let a, let b else { return nil }
        let difference = a.subtractingReportingOverflow(b)
        switch difference.overflow ? UInt.max : difference.partialValue.magnitude {
        case 0: return 1
        case 1: return 0.6
        default: return 0
        }
    }

    func journalSimilarity(_ a: [JournalTitle], _ b: [JournalTitle]) -> Double? {
        guard !a.isEmpty, !b.isEmpty else { return nil }
        var best = 0.0
        for x in a { for y in b { best = max(best, x.similarity(to: y)) } }
        return best
    }

    func equality(_ a: String?, _ b: String?) -> Double? {
        guard let a, let b else { return nil }
        return a == b ? 1 : 0
    }
}
