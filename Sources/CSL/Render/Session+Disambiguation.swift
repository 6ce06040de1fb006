import Bibliography

extension Session {
    /// The disambiguation key of an item: its first-position cite as plain text.
    func ambiguityKey(_ id: String, section: LayoutSection) -> String {
        var ctx = CiteContext()
        ctx.citationNumber = citationNumbers[id]
        return renderItem(id, ctx: ctx, section: section).out.plainText
    }

    /// Chooses add-names, given-name expansion, year suffixes and the `disambiguate` condition.
    mutating func disambiguate(_ section: LayoutSection) {
        let addNames = section.attr("disambiguate-add-names") == "true"
        let addGiven = section.attr("disambiguate-add-givenname") == "true"
        let rule = section.attr("givenname-disambiguation-rule") ?? "by-cite"
        let addYearSuffix = section.attr("disambiguate-add-year-suffix") == "true"
        let ids = registration
        if addGiven && rule != "by-cite" { globalGivenNames(ids, rule: rule) }
        var keys: [String: String] = [:]
        for id in ids { keys[id] = ambiguityKey(id, section: section) }
        func ambiguousGroups() -> [[String]] {
            var byKey: [String: [String]] = [:]
            for id in ids { if let k = keys[id], !k.isEmpty { byKey[k, default: []].append(id) } }
            return byKey.values.filter { $0.count > 1 }.sorted { ($0.first ?? "") < ($1.first ?? "") }
        }
        func isUnique(_ id: String) -> Bool {
            let k = keys[id]
            return !ids.contains { $0 != id && keys[$0] == k }
        }
        for group in ambiguousGroups() {
            var remaining = group
            if addNames {
                let maxNames = group.compactMap { items[$0] }.map { item in
                    item.names.values.map(\.count).max() ?? 0
                }.max() ?? 0
                var level = 1
                while level <= maxNames && remaining.count > 1 {
                    for id in remaining { disambiguation[id, default: Disambiguation()].addNames = level }
                    for id in remaining { keys[id] = ambiguityKey(id, section: section) }
                    remaining = remaining.filter { !isUnique($0) }
                    level += 1
                }
                for id in remaining {
                    disambiguation[id]?.addNames = 0
                    keys[id] = ambiguityKey(id, section: section)
                }
            }
            if addGiven && remaining.count > 1 {
                let maxLevel = rule.hasSuffix("with-initials") ? 1 : 2
                for level in 1...maxLevel where remaining.count > 1 {
                    for id in remaining { disambiguation[id, default: Disambiguation()].givenLevelAll = level }
                    for id in remaining { keys[id] = ambiguityKey(id, section: section) }
                    remaining = remaining.filter { !isUnique($0) }
                }
                for id in remaining {
                    disambiguation[id]?.givenLevelAll = 0
                    keys[id] = ambiguityKey(id, section: section)
                }
            }
            // Items still sharing a key with another.
            remaining = remaining.filter { !isUnique($0) }
            if remaining.count > 1 && addYearSuffix {
                let ordered = bibOrder.filter { remaining.contains($0) } + remaining.filter { !bibOrder.contains($0) }
                for (n, id) in ordered.enumerated() {
                    disambiguation[id, default: Disambiguation()].yearSuffix = n + 1
                }
            } else if remaining.count > 1 {
                for id in remaining { disambiguation[id, default: Disambiguation()].condition = true }
            }
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
                let level = initialsDiffer || initialsOnly ? 1 : 2
                disambiguation[id, default: Disambiguation()].givenLevels[key] = level
            }
        }
    }
}
