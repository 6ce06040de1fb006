import Bibliography

extension Session {
    /// The disambiguation key of an item: its first-position cite as plain text (with
    /// `subsequentEtAl`, its names cut by the et-al-subsequent limits).
    func ambiguityKey(_ id: String, section: LayoutSection, subsequentEtAl: Bool = false) -> String {
        var ctx = CiteContext()
        ctx.citationNumber = citationNumbers[id]
        ctx.subsequentEtAl = subsequentEtAl
        // Spacing does not tell cites apart ("J. J." and "J.J." read alike).
        return String(renderItem(id, ctx: ctx, section: section, keyMode: true).out.plainText.unicodeScalars.filter { $0 != " " && $0 != "\u{A0}" })
    }

    /// Chooses add-names, given-name expansion, year suffixes and the `disambiguate` condition.
    mutating func disambiguate(_ section: LayoutSection) {
        let addNames = section.attr("disambiguate-add-names") == "true"
        let addGiven = section.attr("disambiguate-add-givenname") == "true"
        let rule = section.attr("givenname-disambiguation-rule") ?? "by-cite"
        let addYearSuffix = section.attr("disambiguate-add-year-suffix") == "true"
        // Items cited in the document (every registered item when there are no citations).
        let cited = Set(citations.flatMap { $0.items.map(\.id) })
        let ids = cited.isEmpty ? registration : registration.filter { cited.contains($0) }
        var bibIndex: [String: Int] = [:]
        for (i, id) in bibOrder.enumerated() { bibIndex[id] = i }
        if addGiven && rule != "by-cite" { globalGivenNames(ids, rule: rule) }
        var keys: [String: String] = [:]
        var counts: [String: Int] = [:]
        for id in ids {
            let k = ambiguityKey(id, section: section)
            keys[id] = k
            counts[k, default: 0] += 1
        }
        func ambiguousGroups() -> [[String]] {
            var byKey: [String: [String]] = [:]
            for id in ids { if let k = keys[id], !k.isEmpty { byKey[k, default: []].append(id) } }
            return byKey.values.filter { $0.count > 1 }.sorted { ($0.first ?? "") < ($1.first ?? "") }
        }
        func isUnique(_ id: String) -> Bool {
            guard let k = keys[id] else { return true }
            return (counts[k] ?? 0) <= 1
        }
        func collisions(_ id: String) -> Int {
            guard let k = keys[id] else { return 0 }
            return max(0, (counts[k] ?? 0) - 1)
        }
        func rekey(_ list: [String]) {
            for id in list {
                let k = ambiguityKey(id, section: section)
                if let old = keys[id] { counts[old, default: 1] -= 1 }
                keys[id] = k
                counts[k, default: 0] += 1
            }
        }
        for group in ambiguousGroups() {
            var remaining = group
            let byCite = addGiven && rule == "by-cite"
            if addNames || byCite {
                func names(_ id: String) -> [Name] {
                    guard let item = items[id] else { return [] }
                    return ["author", "editor", "translator", "composer", "director"].lazy.compactMap { item.names[$0] }.first ?? []
                }
                let saved = remaining.map { ($0, disambiguation[$0] ?? Disambiguation()) }
                let maxNames = addNames ? (group.compactMap { items[$0] }.map { item in
                    item.names.values.map(\.count).max() ?? 0
                }.max() ?? 0) : 0
                // The state that left each cite with the fewest look-alikes.
                var best: [String: (collisions: Int, state: Disambiguation)] = [:]
                for id in remaining { best[id] = (collisions(id), disambiguation[id] ?? Disambiguation()) }
                var open = remaining
                var level = 0
                while level <= maxNames && !open.isEmpty {
                    if level > 0 {
                        for id in open { disambiguation[id, default: Disambiguation()].addNames = level }
                        rekey(open)
                    }
                    if byCite {
                        // Expand given names position by position, keeping an expansion only where it helps.
                        let positions = open.map { names($0).count }.max() ?? 0
                        for position in 0..<positions where !open.isEmpty {
                            let before = open.map { ($0, disambiguation[$0] ?? Disambiguation()) }
                            let collisionsBefore = open.reduce(0) { $0 + collisions($1) }
                            var helped = false
                            for g in 1...2 where !helped {
                                for id in open {
                                    let list = names(id)
                                    guard position < list.count else { continue }
                                    disambiguation[id, default: Disambiguation()].givenLevels[NameKey.key(list[position])] = g
                                }
                                rekey(open)
                                if open.reduce(0, { $0 + collisions($1) }) < collisionsBefore { helped = true }
                            }
                            if !helped {
                                for (id, d) in before { disambiguation[id] = d }
                                rekey(open)
                            }
                            open = open.filter { !isUnique($0) }
                        }
                    }
                    for id in open {
                        let c = collisions(id)
                        if c < (best[id]?.collisions ?? Int.max) { best[id] = (c, disambiguation[id] ?? Disambiguation()) }
                    }
                    open = open.filter { !isUnique($0) }
                    level += 1
                }
                if !open.isEmpty {
                    // Failure: keep what helped most (nothing when nothing helped).
                    for (id, d) in saved where open.contains(id) {
                        disambiguation[id] = best[id]?.state ?? d
                    }
                    rekey(open)
                }
                remaining = remaining.filter { !isUnique($0) }
            }
            guard remaining.count > 1 || remaining.contains(where: { !isUnique($0) }) else { continue }
            // Year suffixes per set of still-identical cites, in bibliography order.
            var byKey: [String: [String]] = [:]
            for id in remaining where !isUnique(id) { byKey[keys[id] ?? "", default: []].append(id) }
            for (_, members) in byKey.sorted(by: { $0.key < $1.key }) {
                if addYearSuffix {
                    assignYearSuffixes(members, bibIndex: bibIndex)
                } else {
                    // The `disambiguate="true"` condition, turned on one test at a time (in rendering
                    // order) until each cite is unique; cites that never become unique get every
                    // test. citeproc-js's incremental disambiguation (suite
                    // disambiguate_IncrementalExtraText: a title tells "Book One" from "Book Two", the
                    // edition is added only for the two "Complete Works").
                    var open = members
                    var previous: [String: String] = [:]
                    for level in 1...16 where !open.isEmpty {
                        for id in open {
                            disambiguation[id, default: Disambiguation()].condition = true
                            disambiguation[id, default: Disambiguation()].conditionLimit = level
                        }
                        rekey(open)
                        var texts: [String: String] = [:]
                        for id in open { texts[id] = keys[id] }
                        open = open.filter { !isUnique($0) }
                        // No further test changes anything: the rest keep every test on.
                        if !previous.isEmpty && open.allSatisfy({ previous[$0] == texts[$0] }) { break }
                        previous = texts
                    }
                    for id in open { disambiguation[id, default: Disambiguation()].conditionLimit = nil }
                    rekey(open)
                }
            }
        }
        if addYearSuffix && !addNames && !addGiven { subsequentYearSuffixes(section, ids: ids, bibIndex: bibIndex) }
    }

    /// With et-al-subsequent limits, later cites shorten their names ("Baur et al. 2000") and can
    /// read alike though the first cites differ; the year suffix, one per item, is chosen so that
    /// every cite is unambiguous (citeproc-js disambiguates on the subsequent form too; suite
    /// disambiguate_BasedOnEtAlSubsequent). Only where year suffixes are the sole method: names or
    /// given names added for the first form would change the subsequent form as well.
    private mutating func subsequentYearSuffixes(_ section: LayoutSection, ids: [String], bibIndex: [String: Int]) {
        let subsequentLimits = ["et-al-subsequent-min", "et-al-subsequent-use-first"]
        guard subsequentLimits.contains(where: { section.attr($0) != nil || style.attr($0) != nil }) else { return }
        var byKey: [String: [String]] = [:]
        for id in ids where disambiguation[id]?.yearSuffix == nil {
            let k = ambiguityKey(id, section: section, subsequentEtAl: true)
            if !k.isEmpty { byKey[k, default: []].append(id) }
        }
        for (_, members) in byKey.sorted(by: { $0.key < $1.key }) where members.count > 1 {
            assignYearSuffixes(members, bibIndex: bibIndex)
        }
    }

    /// Year suffixes 1, 2, … for cites that read alike, in bibliography order.
    private mutating func assignYearSuffixes(_ members: [String], bibIndex: [String: Int]) {
        let ordered = members.sorted { (bibIndex[$0] ?? Int.max, $0) < (bibIndex[$1] ?? Int.max, $1) }
        for (n, id) in ordered.enumerated() {
            disambiguation[id, default: Disambiguation()].yearSuffix = n + 1
        }
    }

    /// Cites that still read alike in their actual positions (e.g. subsequent short forms) get the
    /// `disambiguate="true"` condition.
    mutating func disambiguateInContext(_ section: LayoutSection) {
        let cited = Set(citations.flatMap { $0.items.map(\.id) })
        // Only items sharing author names can read alike in a short form.
        var byAuthor: [String: [String]] = [:]
        for id in registration where cited.contains(id) {
            let author = renderItem(id, ctx: CiteContext(), section: section, authorMode: .only).out.plainText
            byAuthor[author, default: []].append(id)
        }
        var authorOf: [String: String] = [:]
        for (a, ids) in byAuthor { for id in ids { authorOf[id] = a } }
        var flagged = Set<String>()
        for (ci, c) in citations.enumerated() {
            for (k, item) in c.items.enumerated() where items[item.id] != nil && k < contexts[ci].count {
                guard let author = authorOf[item.id], let peers = byAuthor[author], peers.count > 1 else { continue }
                let ctx = contexts[ci][k]
                let text = renderItem(item.id, ctx: ctx, section: section).out.plainText
                for other in peers where other != item.id {
                    var otherCtx = ctx
                    otherCtx.citationNumber = citationNumbers[other]
                    if renderItem(other, ctx: otherCtx, section: section).out.plainText == text {
                        flagged.insert(item.id)
                        flagged.insert(other)
                    }
                }
            }
        }
        for id in flagged where disambiguation[id]?.yearSuffix == nil {
            disambiguation[id, default: Disambiguation()].condition = true
        }
    }

    /// Given-name rules that apply to every name in the document (`all-names`, `primary-name`, ...).
    private mutating func globalGivenNames(_ ids: [String], rule: String) {
        let primaryOnly = rule.hasPrefix("primary-name")
        let initialsOnly = rule.hasSuffix("with-initials")
        var people: [String: Set<String>] = [:]   // family → person keys
        var initials: [String: String] = [:]       // person key → initials
        func names(_ item: Item) -> [Name] {
            let all = ["author", "editor", "translator", "composer", "director"].flatMap { item.names[$0] ?? [] }
            return primaryOnly ? Array(all.prefix(1)) : all
        }
        for id in ids {
            guard let item = items[id] else { continue }
            for n in names(item) where n.literal == nil {
                let family = (n.nonDroppingParticle ?? "") + (n.family ?? "")
                let key = NameKey.key(n)
                people[family, default: []].insert(key)
                initials[key] = NameParts.initialize(n.given ?? "", with: ".", initialize: true, hyphen: true)
            }
        }
        for id in ids {
            guard let item = items[id] else { continue }
            for n in names(item) where n.literal == nil {
                let family = (n.nonDroppingParticle ?? "") + (n.family ?? "")
                let key = NameKey.key(n)
                let others = (people[family] ?? []).subtracting([key])
                if others.isEmpty { continue }
                let mine = initials[key] ?? ""
                let initialsDiffer = others.allSatisfy { initials[$0] != mine }
                // Initials are added only where they tell this person from another of the same family
                // name; under a "-with-initials" rule nothing more can be added.
                if initialsOnly && !others.contains(where: { initials[$0] != mine }) { continue }
                let level = initialsDiffer || initialsOnly ? 1 : 2
                disambiguation[id, default: Disambiguation()].givenLevels[key] = level
            }
        }
    }
}
