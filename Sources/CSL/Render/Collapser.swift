import Bibliography

/// Joins the cites of a citation, collapsing number ranges and same-author groups as the style asks.
struct Collapser {
    let session: Session
    let section: LayoutSection

    var delimiter: String { section.layoutDelimiter }

    func render(_ cites: [(CitationItem, CiteContext)]) -> [Inline] {
        switch section.attr("collapse") {
        case "citation-number": return collapseNumbers(cites)
        case "year", "year-suffix", "year-suffix-ranged": return collapseYears(cites, mode: section.attr("collapse") ?? "year")
        default:
            if section.attr("cite-group-delimiter") != nil { return collapseYears(cites, mode: "group") }
            let parts = cites.enumerated().map { i, c in
                session.renderCite(c.0, ctx: c.1, section: section, isFirst: i == 0)
            }.filter { !$0.isBlank }
            var out: [Inline] = []
            for p in parts {
                if !out.isEmpty { Collapser.appendDelimiter(delimiter, to: &out, before: p) }
                out.appendMerging(p)
            }
            return out
        }
    }

    /// Joins cites: a cite starting with punctuation takes no delimiter, and punctuation ending
    /// the previous cite replaces the delimiter's own.
    static func appendDelimiter(_ delimiter: String, to out: inout [Inline], before next: [Inline]) {
        if let f = next.firstCharacter, ",;.:".contains(f) { return }
        var d = delimiter
        if let last = out.lastCharacter, ",;:".contains(last), let first = d.first, ",;".contains(first) {
            d.removeFirst()
        }
        out.appendMerging(d)
    }

    private func collapseNumbers(_ cites: [(CitationItem, CiteContext)]) -> [Inline] {
        let afterCollapse = section.attr("after-collapse-delimiter") ?? delimiter
        var out: [Inline] = []
        var i = 0
        var previousWasRange = false
        while i < cites.count {
            var j = i
            func plain(_ c: (CitationItem, CiteContext)) -> Bool {
                (c.0.locator ?? "").isEmpty && (c.0.prefix ?? "").isEmpty && (c.0.suffix ?? "").isEmpty
            }
            if plain(cites[i]), let start = cites[i].1.citationNumber {
                var n = start
                while j + 1 < cites.count, plain(cites[j + 1]), cites[j + 1].1.citationNumber == n + 1 {
                    j += 1
                    n += 1
                }
            }
            let part: [Inline]
            let isRange = j - i >= 2
            if isRange {
                var first = session.renderCite(cites[i].0, ctx: cites[i].1, section: section)
                first.appendMerging("\u{2013}")
                first.appendMerging(session.renderCite(cites[j].0, ctx: cites[j].1, section: section))
                part = first
            } else {
                j = i
                part = session.renderCite(cites[i].0, ctx: cites[i].1, section: section)
            }
            if !part.isBlank {
                if !out.isEmpty { out.appendMerging(previousWasRange ? afterCollapse : delimiter) }
                out.appendMerging(part)
                previousWasRange = isRange
            }
            i = j + 1
        }
        return out
    }

    private func collapseYears(_ cites: [(CitationItem, CiteContext)], mode: String) -> [Inline] {
        let groupDelimiter = section.attr("cite-group-delimiter") ?? ", "
        let afterCollapse = section.attr("after-collapse-delimiter") ?? delimiter
        let yearSuffixDelimiter = section.attr("year-suffix-delimiter") ?? section.attr("cite-group-delimiter") ?? delimiter
        // Group by rendered author names, keeping first-appearance order.
        var groups: [(key: String, members: [(CitationItem, CiteContext)])] = []
        for c in cites {
            let names = session.renderItem(c.0.id, ctx: c.1, section: section, authorMode: .only).out.plainText
            // After a citation sort, cites by the same author are gathered; otherwise only neighbours are.
            let target = section.sort.isEmpty ? groups.indices.last.flatMap { groups[$0].key == names ? $0 : nil }
                : groups.firstIndex { $0.key == names }
            if let g = target {
                groups[g].members.append(c)
            } else {
                groups.append((names, [c]))
            }
        }
        var out: [Inline] = []
        var previousCollapsed = false
        var previousHadLocator = false
        // An explicit after-collapse-delimiter separates every author group of a collapsing citation,
        // collapsed or not, except two single cites under collapse="year-suffix"; and it follows
        // any cite with a locator (citeproc-js getSpliceDelimiter; suite collapse_ChicagoAfterCollapse:
        // "(Whittaker 1967; Wiens 1989b)" with layout delimiter ", ").
        let explicitAfterCollapse = section.attr("after-collapse-delimiter") != nil && mode != "group"
        for g in groups {
            var part: [Inline] = []
            if g.members.count == 1 {
                part = session.renderCite(g.members[0].0, ctx: g.members[0].1, section: section)
            } else {
                part = session.renderCite(g.members[0].0, ctx: g.members[0].1, section: section)
                var previous = g.members[0]
                var afterRun = false
                var k = 1
                while k < g.members.count {
                    let m = g.members[k]
                    if mode != "year", mode != "group", sameYear(previous, m), let anchor = suffixLetter(previous),
                       suffixLetter(m) != nil {
                        // Run of year suffixes on one year: "2000a, b" or "2000a–c".
                        var letters = [anchor]
                        var last = previous
                        var l = k
                        while l < g.members.count, sameYear(last, g.members[l]), let s = suffixLetter(g.members[l]) {
                            letters.append(s)
                            last = g.members[l]
                            l += 1
                        }
                        var segments: [[String]] = []
                        for letter in letters {
                            if let prev = segments.last?.last?.unicodeScalars.first?.value,
                               letter.unicodeScalars.first?.value == prev + 1 {
                                segments[segments.count - 1].append(letter)
                            } else {
                                segments.append([letter])
                            }
                        }
                        for (si, seg) in segments.enumerated() {
                            var rest = seg
                            if si > 0 { part.appendMerging(yearSuffixDelimiter + seg[0]) }
                            rest.removeFirst()
                            if mode == "year-suffix-ranged" && seg.count >= 3, let end = seg.last {
                                part.appendMerging("\u{2013}" + end)
                            } else {
                                for x in rest { part.appendMerging(yearSuffixDelimiter + x) }
                            }
                        }
                        previous = last
                        k = l
                        afterRun = true
                        continue
                    }
                    let next = session.renderCite(m.0, ctx: m.1, section: section, authorMode: mode == "group" ? nil : .suppress)
                    if !next.isBlank {
                        part.appendMerging((previous.0.locator ?? "").isEmpty && !afterRun ? groupDelimiter : afterCollapse)
                        afterRun = false
                        part.appendMerging(next)
                    }
                    previous = m
                    k += 1
                }
            }
            if part.isBlank { continue }
            if !out.isEmpty {
                let after = explicitAfterCollapse
                    ? previousCollapsed || previousHadLocator || mode != "year-suffix"
                    : previousCollapsed
                out.appendMerging(after ? afterCollapse : delimiter)
            }
            out.appendMerging(part)
            previousCollapsed = g.members.count > 1 && mode != "group"
            previousHadLocator = !(g.members.last?.0.locator ?? "").isEmpty
        }
        return out
    }

    private func sameYear(_ a: (CitationItem, CiteContext), _ b: (CitationItem, CiteContext)) -> Bool {
        guard (a.0.locator ?? "").isEmpty, (b.0.locator ?? "").isEmpty,
              let ia = session.items[a.0.id], let ib = session.items[b.0.id] else { return false }
        return session.disambiguation[a.0.id]?.yearSuffix != nil
            && ia.date("issued")?.dateParts.first?.first == ib.date("issued")?.dateParts.first?.first
    }

    private func suffixLetter(_ c: (CitationItem, CiteContext)) -> String? {
        guard (c.0.locator ?? "").isEmpty, (c.0.prefix ?? "").isEmpty, (c.0.suffix ?? "").isEmpty,
              let ys = session.disambiguation[c.0.id]?.yearSuffix else { return nil }
        return Renderer.yearSuffixText(ys)
    }
}
