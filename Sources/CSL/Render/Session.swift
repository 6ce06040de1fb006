import Bibliography
import Foundation

/// How a cite treats its author names.
enum AuthorMode: Sendable {
    case normal, suppress, only
}

/// The state of one rendering job: the item registry, numbering, positions and disambiguation.
struct Session {
    let engine: Engine
    let items: [String: Item]
    let inputOrder: [String]
    let citations: [Citation]
    let bibliographyIDs: [String]?
    /// Item ids in citation order of first appearance, then uncited items.
    var registration: [String] = []
    var bibOrder: [String] = []
    var citationNumbers: [String: Int] = [:]
    var disambiguation: [String: Disambiguation] = [:]
    /// Cite contexts per citation, per cite.
    var contexts: [[CiteContext]] = []

    init(engine: Engine, items: [Item], citations: [Citation], bibliographyIDs: [String]?) {
        self.engine = engine
        var map: [String: Item] = [:]
        var order: [String] = []
        for i in items where map[i.idString] == nil {
            map[i.idString] = i.withNoteVariables()
            order.append(i.idString)
        }
        self.items = map
        self.inputOrder = order
        self.citations = citations
        self.bibliographyIDs = bibliographyIDs
    }

    var style: CSLStyle { engine.style }
    static let noPrintedForm = "[CSL STYLE ERROR: reference with no printed form.]"

    mutating func prepare() {
        var seen = Set<String>()
        for c in citations {
            for ci in c.items where items[ci.id] != nil && seen.insert(ci.id).inserted {
                registration.append(ci.id)
            }
        }
        let bibIDs = bibliographyIDs ?? (citations.isEmpty ? inputOrder : registration + inputOrder.filter { !seen.contains($0) })
        var registered = Set(registration)
        for id in bibIDs where items[id] != nil && registered.insert(id).inserted { registration.append(id) }
        for (i, id) in registration.enumerated() { citationNumbers[id] = i + 1 }
        // Bibliography order.
        let bibList = bibIDs.filter { items[$0] != nil }
        if let bib = style.bibliography, !bib.sort.isEmpty {
            let usesNumber = bib.sort.contains { $0.variable == "citation-number" }
            let values = bibList.map { id in
                items[id].map { engine.sortValues($0, keys: bib.sort, section: bib, cite: bibContext(id)) } ?? []
            }
            bibOrder = Engine.order(values, keys: bib.sort).map { bibList[$0] }
            if !usesNumber {
                for (i, id) in bibOrder.enumerated() { citationNumbers[id] = i + 1 }
            }
        } else {
            bibOrder = bibList
            if bibliographyIDs != nil || citations.isEmpty {
                for (i, id) in bibOrder.enumerated() { citationNumbers[id] = i + 1 }
            }
        }
        computePositions()
        if let citation = style.citation {
            disambiguate(citation)
            if !citations.isEmpty && Renderer.usesDisambiguateCondition(citation.layout, macros: style.macros) {
                disambiguateInContext(citation)
            }
        }
    }

    func bibContext(_ id: String) -> CiteContext {
        var c = CiteContext()
        c.isCitation = false
        c.citationNumber = citationNumbers[id]
        c.disambiguation = disambiguation[id] ?? Disambiguation()
        return c
    }

    mutating func computePositions() {
        let nearNoteDistance = Int(style.citation?.attr("near-note-distance") ?? "") ?? 5
        var firstNote: [String: Int] = [:]
        var lastNote: [String: Int] = [:]
        // The cites of the previous citation in the same stream (footnotes, or in-text citations);
        // citations sharing a footnote count together.
        var previousByStream: [Bool: (note: Int?, cites: [CitationItem])] = [:]
        contexts = []
        for (ci, c) in citations.enumerated() {
            let note = c.noteIndex ?? (ci + 1)
            let stream = c.noteIndex != nil
            let previousCitation = previousByStream[stream]?.cites
            var ctxs: [CiteContext] = []
            for (k, item) in c.items.enumerated() {
                var ctx = CiteContext()
                ctx.locator = item.locator?.trimmingWhitespace()
                // Labels written with a space ("sub verbo") name the hyphenated term.
                ctx.label = item.label?.replacingOccurrences(of: " ", with: "-")
                ctx.noteNumber = note
                ctx.citationNumber = citationNumbers[item.id]
                if let f = firstNote[item.id] {
                    ctx.firstReferenceNoteNumber = f
                    ctx.position = .subsequent
                    let prev: CitationItem?
                    if k > 0 {
                        prev = c.items[k - 1]
                    } else if let p = previousCitation, Set(p.map(\.id)).count == 1 {
                        prev = p.last
                    } else {
                        prev = nil
                    }
                    if let prev, prev.id == item.id {
                        let pl = prev.locator ?? "", cl = item.locator ?? ""
                        if pl.isEmpty && cl.isEmpty {
                            ctx.position = .ibid
                        } else if pl.isEmpty {
                            ctx.position = .ibidWithLocator
                        } else if cl.isEmpty {
                            ctx.position = .subsequent
                        } else if pl == cl && prev.label == item.label {
                            ctx.position = .ibid
                        } else {
                            ctx.position = .ibidWithLocator
                        }
                    }
                    if let l = lastNote[item.id], note - l <= nearNoteDistance { ctx.nearNote = true }
                } else {
                    firstNote[item.id] = note
                }
                if let explicit = item.position.flatMap(CitePosition.init(citeprocCode:)) { ctx.position = explicit }
                lastNote[item.id] = note
                ctxs.append(ctx)
            }
            contexts.append(ctxs)
            if let p = previousByStream[stream], p.note != nil, p.note == c.noteIndex {
                previousByStream[stream] = (c.noteIndex, p.cites + c.items)
            } else {
                previousByStream[stream] = (c.noteIndex, c.items)
            }
        }
    }

    // MARK: rendering

    func renderItem(_ id: String, ctx: CiteContext, section: LayoutSection, authorMode: AuthorMode = .normal,
                    substituteAuthor: String? = nil, keyMode: Bool = false) -> (out: [Inline], names: [Inline]?, variables: [String], startsWithTerm: Bool) {
        guard let item = items[id] else { return ([], nil, [], false) }
        var ctx = ctx
        ctx.disambiguation = disambiguation[id] ?? ctx.disambiguation
        let r = Renderer(engine: engine, item: item, cite: ctx, section: section)
        r.authorMode = authorMode
        r.authorSubstitute = substituteAuthor
        r.keyMode = keyMode
        let out = r.render(section.layout)
        // Report the variables shown, and "" when others were asked for but empty.
        let variables = r.renderedVariables + (r.variablesCalled > r.variablesRendered ? [""] : [])
        if authorMode == .only { return (r.firstNamesOutput ?? [], r.firstNamesOutput, variables, false) }
        return (out, r.firstNamesOutput, variables, r.startsWithTerm)
    }

    func renderCitations(format: CSLOutputFormat) -> [String] {
        guard let section = style.citation else { return [] }
        let serializer = engine.serializer(format)
        return citations.indices.map { serializer.write(renderCitation($0, section: section)) }
    }

    /// A bibliography entry rendered once, one part per layout child (for second-field-align).
    /// `substituteCount` replaces only that many leading names by `substituteAuthor` (see
    /// `Renderer.authorSubstituteCount`); `eachName` is every name of the first `<names>` output.
    func renderEntryParts(_ id: String, ctx: CiteContext, section: LayoutSection, substituteAuthor: String? = nil,
                          substituteCount: Int? = nil)
        -> (parts: [[Inline]], names: [Inline]?, variables: [String], eachName: [String]) {
        guard let item = items[id] else { return ([], nil, [], []) }
        var ctx = ctx
        ctx.disambiguation = disambiguation[id] ?? ctx.disambiguation
        let r = Renderer(engine: engine, item: item, cite: ctx, section: section)
        r.authorSubstitute = substituteAuthor
        r.authorSubstituteCount = substituteCount
        let parts = section.layout.map { r.render($0) }.filter { !$0.isBlank }
        let variables = r.renderedVariables + (r.variablesCalled > r.variablesRendered ? [""] : [])
        return (parts, r.firstNamesOutput == nil ? nil : [.text(r.firstNamesKey)], variables, r.firstNamesEach)
    }

    /// How many leading names subsequent-author-substitute replaces, by
    /// `subsequent-author-substitute-rule` (CSL 1.0.2, Reference Grouping): `complete-each` every
    /// name when all names match the preceding entry's; `partial-each` each name from the first up
    /// to the first mismatch; `partial-first` the first name when it matches. nil: replace the whole
    /// output or nothing (`complete-all`, and output without names, such as a substituted title).
    static func namesToSubstitute(rule: String, names: [String], previous: [String], wholeMatch: Bool) -> Int? {
        guard !names.isEmpty, rule != "complete-all" else { return nil }
        let common = zip(names, previous).prefix(while: { $0 == $1 }).count
        switch rule {
        case "complete-each": return wholeMatch ? names.count : 0
        case "partial-each": return common
        case "partial-first": return min(common, 1)
        default: return nil
        }
    }

    /// The cite order of a citation after the style's citation sort.
    func sortedCites(_ index: Int, section: LayoutSection) -> [(CitationItem, CiteContext)] {
        let pairs = Array(zip(citations[index].items, contexts[index])).filter { items[$0.0.id] != nil }
        guard !section.sort.isEmpty else { return pairs }
        let values = pairs.map { p in
            var ctx = p.1
            ctx.disambiguation = disambiguation[p.0.id] ?? Disambiguation()
            return items[p.0.id].map { engine.sortValues($0, keys: section.sort, section: section, cite: ctx) } ?? []
        }
        return Engine.order(values, keys: section.sort).map { pairs[$0] }
    }

    func renderCitation(_ index: Int, section: LayoutSection) -> [Inline] {
        let cites = sortedCites(index, section: section)
        let parts = Collapser(session: self, section: section).render(cites)
        if parts.isBlank { return [] }

        return Session.applyLayout(parts, section.layoutFormatting)
    }

    /// Layout formatting: affixes inside the layout's font (citeproc-js puts `<b>` around them).
    static func applyLayout(_ content: [Inline], _ f: Formatting) -> [Inline] {
        if content.isBlank { return [] }
        var out: [Inline] = f.prefix.isEmpty ? [] : [.text(f.prefix)]
        var content = content
        if !f.suffix.isEmpty, case .display(let d, var inner)? = content.last {
            // The layout suffix goes inside a closing display block ("…</div>" gets the period).
            inner.appendMerging(f.suffix)
            content[content.count - 1] = .display(d, inner)
            out.appendMerging(content)
        } else {
            out.appendMerging(content)
            out.appendMerging(f.suffix)
        }
        if !f.font.isEmpty { out = [.font(f.font, out)] }
        if let d = f.display { out = [.display(d, out)] }
        return out
    }

    /// A note citation starting with a term ("ibid.") starts with a capital.
    func capitalizeLeadingTerm(_ parts: [Inline], startsWithTerm: Bool) -> [Inline] {
        guard startsWithTerm, let first = parts.plainText.first, first.isLowercase else { return parts }
        return TextCase.apply("capitalize-first", to: parts, english: true)
    }

    /// One cite with its citation-item prefix and suffix.
    func renderCite(_ ci: CitationItem, ctx: CiteContext, section: LayoutSection, authorMode: AuthorMode? = nil,
                    isFirst: Bool = false) -> [Inline] {
        let mode: AuthorMode = authorMode ?? (ci.authorOnly ? .only : (ci.suppressAuthor ? .suppress : .normal))
        let rendered = renderItem(ci.id, ctx: ctx, section: section, authorMode: mode)
        var out = rendered.out
        if out.isBlank {
            if mode != .normal { return [] }
            out = [.text(Session.noPrintedForm)]
        }
        if style.styleClass == "note", isFirst || !(ci.prefix ?? "").isEmpty {
            // A note citation, or a sentence in its prefix, starting with "ibid." starts with a capital.
            var prefix = (ci.prefix ?? "").trimmingWhitespace()
            while let l = prefix.last, "\u{201D}\u{2019}\"'".contains(l) { prefix.removeLast() }
            let sentenceEnd = prefix.last.map { ".?!".contains($0) } ?? false
            if (prefix.isEmpty && isFirst) || (sentenceEnd && prefix.contains(" ")) {
                out = capitalizeLeadingTerm(out, startsWithTerm: rendered.startsWithTerm)
            }
        }
        if let p = ci.prefix, !p.isEmpty {
            var x: [Inline] = [.typed(RichText.parse(p))]
            x.appendMerging(out)
            out = x
        }
        if let s = ci.suffix, !s.isEmpty { out.appendMerging([.typed(RichText.parse(s))]) }
        return out
    }

    func renderBibliography(format: CSLOutputFormat) -> (entries: [String], ids: [String]) {
        guard let section = style.bibliography else { return ([], []) }
        let serializer = engine.serializer(format)
        let sas = section.attr("subsequent-author-substitute")
        let sasRule = section.attr("subsequent-author-substitute-rule") ?? "complete-all"
        let secondFieldAlign = section.attr("second-field-align")
        var previousNames: String?
        var previousEach: [String] = []
        var entries: [String] = []
        for id in bibOrder {
            let ctx = bibContext(id)
            var (parts, names, variables, each) = renderEntryParts(id, ctx: ctx, section: section)
            if let sas {
                let key = names.map { [Inline]($0).plainText }
                if let key, !key.isEmpty {
                    let whole = key == previousNames
                    if let count = Session.namesToSubstitute(rule: sasRule, names: each, previous: previousEach, wholeMatch: whole) {
                        if count > 0 {
                            parts = renderEntryParts(id, ctx: ctx, section: section, substituteAuthor: sas, substituteCount: count).parts
                        }
                    } else if whole {
                        parts = renderEntryParts(id, ctx: ctx, section: section, substituteAuthor: sas).parts
                    }
                }
                previousNames = key
                previousEach = key == nil ? [] : each
            }
            var out: [Inline] = []
            for p in parts { out.appendMerging(p) }
            if !out.isBlank && variables.contains("citation-number") && variables.contains("")
                && variables.allSatisfy({ $0 == "citation-number" || $0.isEmpty }) {
                // Only the number rendered: the entry has no printed form.
                out.append(.text(Session.noPrintedForm))
                parts.append([.text(Session.noPrintedForm)])
            }
            if secondFieldAlign != nil, !parts.isEmpty {
                // The first field goes to the margin, the rest beside it.
                let first = parts[0]
                var rest: [Inline] = []
                for p in parts.dropFirst() { rest.appendMerging(p) }
                var f = section.layoutFormatting
                let prefix = f.prefix
                f.prefix = ""
                var left: [Inline] = prefix.isEmpty ? [] : [.text(prefix)]
                left += first
                let right = serializer.write(Session.applyLayout(rest, f))
                var trimmed = right
                while trimmed.last == " " { trimmed.removeLast() }
                if format != .html {
                    // Plain formats: the first field, a space, then the rest.
                    let l = serializer.write(left).trimmingWhitespace()
                    entries.append(l + " " + trimmed.trimmingWhitespace())
                    continue
                }
                let tail = trimmed.count < right.count ? "\n   " : "\n  "
                let entry = "\n    <div class=\"csl-left-margin\">\(serializer.write(left))</div><div class=\"csl-right-inline\">\(trimmed)</div>" + tail
                entries.append(entry)
                continue
            }
            if out.isBlank { out = [.text(Session.noPrintedForm)] }
            let formatted = Session.applyLayout(out, section.layoutFormatting)
            var text = serializer.write(formatted)
            if format != .html { text = text.trimmingWhitespace(newlines: true) }
            entries.append(text)
        }
        return (entries, bibOrder)
    }
}
