import Bibliography

/// Finds reference-list entries that describe the same work.
///
/// Linear in the list: each entry's keys (normalised DOI, PMID, title with year) are computed once and
/// looked up in tables of the earlier entries, instead of comparing every pair.
enum DuplicateDetector {
    static func findings(_ references: [ReferenceReport]) -> [Finding] {
        var findings: [Finding] = []
        var index = EarlierEntries()
        for (i, later) in references.enumerated() {
            let keys = Keys(later.item)
            if let j = index.firstSameWork(keys) {
                let earlier = references[j]
                findings.append(Finding(
                    code: .duplicateReference, severity: .warning,
                    message: "reference \(later.number) describes the same work as reference \(earlier.number); cite \(earlier.number) and remove the duplicate entry",
                    reference: later.number, location: later.location))
            }
            index.add(keys, at: i)
        }
        return findings
    }

    /// Same identifier, or the same title and year: when both entries carry a DOI only the DOIs
    /// decide; else when both carry a PMID only the PMIDs decide.
    static func sameWork(_ a: Item, _ b: Item) -> Bool {
        Keys(a).sameWork(Keys(b))
    }

    /// Letters and digits, lowercased (ASCII without a Unicode property look-up).
    static func normalizedTitle(_ title: String) -> String {
        var out = String.UnicodeScalarView()
        for u in title.lowercased().unicodeScalars {
            if u.isASCII {
                if ("a"..."z").contains(u) || ("0"..."9").contains(u) { out.append(u) }
            } else if u.properties.isAlphabetic {
                out.append(u)
            }
        }
        return String(out)
    }

    /// The comparison keys of one entry, computed once.
    struct Keys {
        var doi: String?
        var pmid: String?
        /// Normalised title and year; nil without a title (or with one that normalises to nothing).
        var titleYear: TitleYear?

        init(_ item: Item) {
            doi = item.doi.flatMap(Identifiers.normalizedDOI)
            pmid = item.pmid.flatMap(Identifiers.normalizedPMID)
            if let t = item.title.map(DuplicateDetector.normalizedTitle), !t.isEmpty {
                titleYear = TitleYear(title: t, year: item.year)
            }
        }

        func sameWork(_ other: Keys) -> Bool {
            if let x = doi, let y = other.doi { return x == y }
            if let x = pmid, let y = other.pmid { return x == y }
            guard let a = titleYear, let b = other.titleYear else { return false }
            return a == b
        }
    }

    struct TitleYear: Hashable {
        var title: String
        var year: Int?
    }

    /// The first earlier entry for each key, split by which identifiers that entry carries, so that the
    /// rule of ``Keys/sameWork(_:)`` (a DOI on both sides decides alone) is kept without a pairwise scan.
    struct EarlierEntries {
        /// Index 0: any entry; 1: entries without a DOI; 2: without a PMID; 3: without either.
        private var byTitle: [TitleYear: [Int?]] = [:]
        private var byPMID: [String: [Int?]] = [:]
        private var byDOI: [String: Int] = [:]

        mutating func add(_ k: Keys, at i: Int) {
            let slots = [true, k.doi == nil, k.pmid == nil, k.doi == nil && k.pmid == nil]
            func fill(_ firsts: inout [Int?]) {
                for s in 0..<4 where slots[s] && firsts[s] == nil { firsts[s] = i }
            }
            if let d = k.doi, byDOI[d] == nil { byDOI[d] = i }
            if let p = k.pmid { fill(&byPMID[p, default: [nil, nil, nil, nil]]) }
            if let t = k.titleYear { fill(&byTitle[t, default: [nil, nil, nil, nil]]) }
        }

        /// The first earlier entry that ``Keys/sameWork(_:)`` pairs with `k`.
        func firstSameWork(_ k: Keys) -> Int? {
            var candidates: [Int] = []
            if let d = k.doi, let j = byDOI[d] { candidates.append(j) }
            // A PMID decides unless both entries carry a DOI.
            if let p = k.pmid, let firsts = byPMID[p], let j = firsts[k.doi == nil ? 0 : 1] { candidates.append(j) }
            // A title decides only where neither identifier is on both sides.
            if let t = k.titleYear, let firsts = byTitle[t] {
                let slot = (k.doi == nil ? 0 : 1) + (k.pmid == nil ? 0 : 2)
                if let j = firsts[slot] { candidates.append(j) }
            }
            return candidates.min()
        }
    }
}
