import Verification

/// Scores how likely two records describe one work, from the fields both have.
///
/// Identifiers decide first: two records with different DOIs, PMIDs or PMCIDs are never one work;
/// a shared identifier without a conflicting one makes them one. Otherwise the title must agree
/// once case, accents, markup and punctuation are folded (or one title must be the other cut short
/// at a word), the titles must hold the same part numbers (`Part I`, `Part II`) and the same notice
/// words (`Erratum`, `Comment`), and the weighted agreement of title, first author, year, journal,
/// volume, issue and first page must reach ``threshold``; a different volume, issue, first page or
/// month keeps two records apart.
enum DuplicateScorer {
    /// The lowest score at which two records are merged.
    static let threshold = 0.8
    /// Below this title similarity two records are different works, whatever else agrees.
    static let titleGate = 0.75

    static let titleWeight = 0.40
    static let authorWeight = 0.15
    static let yearWeight = 0.15
    static let journalWeight = 0.10
    static let volumeWeight = 0.10
    static let pageWeight = 0.10
    static let issueWeight = 0.05
    /// What each conflicting volume, issue, first page or month does to the score: one takes a
    /// pair that agrees on everything else below ``threshold``.
    static let conflictFactor = 0.75

    /// The score of a pair in `0...1`; 1 for a shared identifier, 0 for a conflict.
    static func score(_ a: WorkFeatures, _ b: WorkFeatures) -> Double {
        if a.identity.conflicts(with: b.identity) { return 0 }
        if a.identity.sharesIdentifier(with: b.identity) { return 1 }
        guard let title = titleSimilarity(a, b), title >= titleGate else { return 0 }
        // A notice repeats the title of the work it is about: a notice and a non-notice are two works.
        if let x = a.isNotice, let y = b.isNotice, x != y { return 0 }
        if a.noticeWords != b.noticeWords || a.titleNumbers != b.titleNumbers { return 0 }
        var sum = titleWeight * title
        var weight = titleWeight
        func add(_ w: Double, _ s: Double?) {
            guard let s else { return }
            sum += w * s
            weight += w
        }
        add(authorWeight, authorSimilarity(a.firstAuthor, b.firstAuthor))
        add(yearWeight, yearSimilarity(a.year, b.year))
        add(journalWeight, journalSimilarity(a, b))
        let volumes = equality(a.volume, b.volume)
        add(volumeWeight, volumes)
        let issues = equality(a.issue, b.issue)
        add(issueWeight, issues)
        let pages = pageSimilarity(a.firstPage, b.firstPage)
        add(pageWeight, pages)
        var score = sum / weight
        // Each of a different volume, issue, first page or month of the same year says "another
        // article" (a series, a reply, a column that keeps its title from issue to issue): one is
        // enough to keep two records apart that agree on everything else.
        let months = a.year == b.year ? equality(a.month, b.month) : nil
        for conflict in [volumes, issues, pages, months] where conflict == 0 { score *= conflictFactor }
        // Only the title to go by: trust it less.
        if weight < titleWeight + 0.2 { score *= 0.9 }
        return min(1, max(0, score))
    }

    /// Title agreement: 1 for equal folded titles; 0.95 when one is the other cut short at a word
    /// boundary (a subtitle left out) and long enough to be specific; else the trigram Dice
    /// coefficient. `nil` when either has no title.
    /// Whether two records may be one work, for joining clusters: they score at the threshold, or
    /// one has no title to compare (then only identifiers can tell, and they do not conflict).
    static func mayBeOneWork(_ a: WorkFeatures, _ b: WorkFeatures) -> Bool {
        titleSimilarity(a, b) == nil ? !a.identity.conflicts(with: b.identity) : score(a, b) >= threshold
    }

    static func titleSimilarity(_ a: WorkFeatures, _ b: WorkFeatures) -> Double? {
        guard !a.titleKey.isEmpty, !b.titleKey.isEmpty else { return nil }
        if a.titleKey == b.titleKey { return 1 }
        let (short, long) = a.titleWords.count <= b.titleWords.count ? (a, b) : (b, a)
        if short.titleKey.count >= 24, long.titleWords.starts(with: short.titleWords) { return 0.95 }
        return MatchText.dice(a.titleTrigrams, b.titleTrigrams)
    }

    static func authorSimilarity(_ a: String?, _ b: String?) -> Double? {
        guard let a, let b else { return nil }
        if a == b { return 1 }
        // One export keeps a particle or a second family name the other drops.
        if min(a.count, b.count) >= 4, a.hasSuffix(b) || b.hasSuffix(a) || a.hasPrefix(b) || b.hasPrefix(a) { return 0.8 }
        if min(a.count, b.count) >= 5, MatchText.editDistance(a, b) == 1 { return 0.7 }
        return 0
    }

    /// Equal years agree; a year apart half agree (online first, print later).
    static func yearSimilarity(_ a: Int?, _ b: Int?) -> Double? {
        guard let a, let b else { return nil }
        let difference = a.subtractingReportingOverflow(b)
        if difference.overflow { return 0 }
        switch difference.partialValue.magnitude {
        case 0: return 1
        case 1: return 0.5
        default: return 0
        }
    }

    /// The best agreement of any title or abbreviation of one journal with any of the other's
    /// (`J Orthop Res` and `Journal of Orthopaedic Research` agree fully).
    static func journalSimilarity(_ a: WorkFeatures, _ b: WorkFeatures) -> Double? {
        guard !a.journals.isEmpty, !b.journals.isEmpty else { return nil }
        var best = 0.0
        for x in a.journals {
            for y in b.journals { best = max(best, x.isEquivalent(to: y) ? 1 : x.similarity(to: y)) }
        }
        return best
    }

    /// First pages agree when equal; an electronic locator (`e1234`) and a printed page (`1270`)
    /// do not compare (journals give both). A section letter is part of the page (`H1270`).
    static func pageSimilarity(_ a: String?, _ b: String?) -> Double? {
        guard let a, let b else { return nil }
        if a == b { return 1 }
        func isLocator(_ page: String) -> Bool { page.first == "e" && page.dropFirst().allSatisfy(\.isNumber) && page.count > 1 }
        func isNumber(_ page: String) -> Bool { page.allSatisfy(\.isNumber) }
        if (isLocator(a) && isNumber(b)) || (isLocator(b) && isNumber(a)) { return nil }
        return 0
    }

    /// How much the score of two records rests on: the summed weight of the fields both have.
    /// Of two candidates that score alike, the one compared on more fields is the better match.
    static func evidence(_ a: WorkFeatures, _ b: WorkFeatures) -> Double {
        var weight = 0.0
        if !a.titleKey.isEmpty, !b.titleKey.isEmpty { weight += titleWeight }
        if a.firstAuthor != nil, b.firstAuthor != nil { weight += authorWeight }
        if a.year != nil, b.year != nil { weight += yearWeight }
        if !a.journals.isEmpty, !b.journals.isEmpty { weight += journalWeight }
        if a.volume != nil, b.volume != nil { weight += volumeWeight }
        if a.issue != nil, b.issue != nil { weight += issueWeight }
        if pageSimilarity(a.firstPage, b.firstPage) != nil { weight += pageWeight }
        return weight
    }

    static func equality(_ a: String?, _ b: String?) -> Double? {
        guard let a, let b else { return nil }
        return a == b ? 1 : 0
    }
}
