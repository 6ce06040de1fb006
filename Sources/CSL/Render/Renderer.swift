import Bibliography

/// Renders one item (one cite) through a layout. Holds the mutable state of a single render.
final class Renderer {
    let engine: Engine
    let item: Item
    let cite: CiteContext
    let section: LayoutSection
    /// Rendering a sort key: names in sort order, dates and numbers as sortable text.
    var sortMode = false
    var sortNameOverrides: SortKey?
    /// Variables already rendered by a `<substitute>`, suppressed for the rest of the layout.
    var suppressed: Set<String> = []
    var variablesCalled = 0
    var variablesRendered = 0
    var renderedVariables: [String] = []
    var yearSuffixRendered = false
    var substituteParent: NamesElement?
    /// Set while rendering the first `<names>` of a bibliography entry (subsequent-author-substitute).
    var firstNamesOutput: [Inline]?
    var macroDepth = 0
    /// Macro calls so far in this render: a style whose macros call themselves more than once would
    /// otherwise take exponential time within the depth limit.
    var macroCalls = 0
    /// More macro calls than any real style makes for one item.
    static let macroCallLimit = 100_000
    var currentDateVariable = ""
    /// Suppress or isolate the first `<names>` output (suppress-author, author-only, collapsing).
    var authorMode: AuthorMode = .normal
    /// Text replacing the first `<names>` output (subsequent-author-substitute).
    var authorSubstitute: String?
    /// With `authorSubstitute`: replace only this many leading names of the first `<names>` output,
    /// each by the substitute, keeping delimiters, "and", et-al and labels (the `complete-each`,
    /// `partial-each` and `partial-first` rules); nil replaces the whole output (`complete-all`).
    var authorSubstituteCount: Int?
    /// Each name of the first `<names>` output as plain text, in order (compared name by name by the
    /// `*-each` and `partial-first` rules of subsequent-author-substitute).
    var firstNamesEach: [String] = []
    /// Set while the first `<names>` of the layout renders (including through its substitute).
    var inFirstNames = false
    /// Whether the first text of the output came from a term (note citations then start with a capital).
    var startsWithTerm = false
    /// Rendering a disambiguation key.
    var keyMode = false
    /// `disambiguate` tests evaluated so far in this rendering (see `Disambiguation.conditionLimit`).
    var disambiguateTests = 0
    private var outputStarted = false
    /// The first names' text without labels (compared by subsequent-author-substitute).
    var firstNamesKey = ""
    var style: CSLStyle { engine.style }
    var locale: ResolvedLocale { engine.locale }

    init(engine: Engine, item: Item, cite: CiteContext, section: LayoutSection) {
        self.engine = engine
        self.item = item
        self.cite = cite
        self.section = section
    }

    func render(_ elements: [Element]) -> [Inline] {
        var out: [Inline] = []
        for e in elements { out.appendMerging(render(e)) }
        return out
    }

    func render(_ e: Element) -> [Inline] {
        switch e {
        case .text(let t): return renderText(t)
        case .number(let n): return renderNumber(n)
        case .label(let l): return renderLabel(l)
        case .names(let n): return renderNames(n)
        case .date(let d): return renderDate(d)
        case .group(let g): return renderGroup(g)
        case .choose(let c):
            for branch in c.branches {
                if let cond = branch.condition {
                    if evaluate(cond) { return render(branch.children) }
                } else {
                    return render(branch.children)
                }
            }
            return []
        }
    }

    // MARK: formatting

    /// Applies text-case, strip-periods, fonts, quotes, affixes and display, in that order.
    func format(_ content: [Inline], _ f: Formatting, applyCase: Bool = true) -> [Inline] {
        if content.isBlank { return [] }
        outputStarted = true
        var c = content
        if f.stripPeriods { c = stripPeriods(c) }
        if applyCase, let tc = f.textCase { c = TextCase.apply(tc, to: c, english: isEnglish, turkic: isTurkic) }
        let font = f.font
        if !font.isEmpty { c = [.font(font, c)] }
        if f.quotes { c = [.quoted(c)] }
        if f.hasAffixes {
            var out: [Inline] = []
            var prefix = f.prefix
            // A prefix ending in a space before content that opens with punctuation (a nested prefix
            // such as ". "): the punctuation goes first, so it meets the text before (as citeproc-js
            // moves affix punctuation leftward): " " + ". Journal" → ". Journal".
            // The mark merges with the prefix's own punctuation by the same table (". " + ". Press" →
            // ". Press", not ".. Press").
            if prefix.last == " ", let first = c.firstCharacter, ".,;:".contains(first) {
                while prefix.last == " " { prefix.removeLast() }
                c.dropFirstCharacter()
                if let last = prefix.last, Inline.absorbs(last, first) {
                    // The prefix's mark stands for both.
                } else if let last = prefix.last, Inline.replaces(last, first) {
                    prefix.removeLast()
                    prefix.append(first)
                } else {
                    prefix.append(first)
                }
                prefix += c.firstCharacter == " " ? "" : " "
            }
            if !prefix.isEmpty { out.append(.text(prefix)) }
            out.appendMerging(c)
            out.appendMerging(f.suffix)
            c = out
        }
        if let d = f.display { c = [.display(d, c)] }
        return c
    }

    /// Whether the item's language (BCP 47 primary subtag) is Turkish or Azerbaijani (dotted/dotless i).
    var isTurkic: Bool {
        guard let lang = item.string("language")?.lowercased() else { return false }
        let primary = lang.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? lang
        return primary == "tr" || primary == "az"
    }

    var isEnglish: Bool {
        if let lang = item.string("language"), !lang.isEmpty {
            return lang.lowercased().hasPrefix("en")
        }
        return locale.isEnglish
    }

    func stripPeriods(_ c: [Inline]) -> [Inline] {
        c.map { i in
            if case .text(let t) = i {
                return t.utf8.contains(0x2E) ? .text(String(decoding: t.utf8.filter { $0 != 0x2E }, as: UTF8.self)) : i
            }
            return i.replacingChildren(stripPeriods(i.children ?? []))
        }
    }

    // MARK: text

    func renderText(_ t: TextElement) -> [Inline] {
        switch t.source {
        case .value(let v):
            return format(RichText.parse(v), t.formatting)
        case .term(let name, let form, let plural):
            guard let text = locale.termText(name, form: form, plural: plural), !text.isEmpty else { return [] }
            if !outputStarted { startsWithTerm = true }
            return format([.text(text)], t.formatting)
        case .macro(let name):
            guard let m = style.macros[name], macroDepth < 50, macroCalls < Renderer.macroCallLimit else { return [] }
            macroCalls += 1
            macroDepth += 1
            defer { macroDepth -= 1 }
            let called = variablesCalled, rendered = variablesRendered
            let content = render(m)
            // citeproc-js expands a macro as a cs:group: when it calls variables and all of them are
            // empty, its terms and delimiters print nothing either ("translated by" without a translator).
            if variablesCalled > called && variablesRendered == rendered { return [] }
            // A macro with output counts as a rendered variable for group suppression (as in citeproc-js).
            if !content.isBlank {
                variablesCalled += 1
                variablesRendered += 1
            }
            return format(content, t.formatting)
        case .variable(let name, let form):
            let content = variableContent(name, short: form == "short")
            // An empty year-suffix does not make a group vanish (it is filled in by disambiguation).
            if name != "year-suffix" || !content.isBlank { variablesCalled += 1 }
            if content.isBlank { return [] }
            variablesRendered += 1
            renderedVariables.append(name)
            return format(content, t.formatting)
        }
    }

    func variableContent(_ name: String, short: Bool) -> [Inline] {
        if suppressed.contains(name) { return [] }
        switch name {
        case "citation-number":
            guard let n = cite.citationNumber else { return [] }
            return [.text(sortMode ? padded(n) : String(n))]
        case "year-suffix":
            guard let ys = cite.disambiguation.yearSuffix else { return [] }
            yearSuffixRendered = true
            return [.text(Renderer.yearSuffixText(ys))]
        case "locator":
            guard let l = cite.locator, !l.isEmpty else { return [] }
            return RichText.parse(formatLocator(l))
        case "first-reference-note-number":
            guard cite.position != .first, let n = cite.firstReferenceNoteNumber else { return [] }
            return [.text(String(n))]
        case "page":
            guard let p = item.variable("page") else { return [] }
            return [.text(formatPageRange(p))]
        case "page-first":
            if let p = item.variable("page-first") { return RichText.parse(p) }
            guard let p = item.variable("page") else { return [] }
            let first = p.split(whereSeparator: { $0 == "-" || $0 == "," || $0 == "\u{2013}" || $0 == "&" }).first
            return first.map { [.text($0.trimmingWhitespace())] } ?? []
        case "citation-label":
            var label = item.variable("citation-label") ?? CitationLabel.trigraph(item)
            if label.isEmpty { return [] }
            if let ys = cite.disambiguation.yearSuffix, !yearSuffixRendered {
                label += Renderer.yearSuffixText(ys)
                yearSuffixRendered = true
            }
            return [.text(label)]
        default:
            if Item.nameVariables.contains(name) { return [] }
            if Item.dateVariables.contains(name) { return [] }
            guard let v = item.variable(name, short: short) else { return [] }
            if name == "URL" || name == "DOI" { return [.text(v)] }
            if v.hasEscapedHyphen { return [.text(v.replacingOccurrences(of: "\\-", with: "-"))] }
            if Renderer.numberVariables.contains(name), v.contains(where: { $0 == "-" }), let tokens = NumberFormat.tokenize(v),
               tokens.allSatisfy({ if case .number(let n) = $0 { return Int(n) != nil } else { return true } }) {
                return [.text(v.replacingOccurrences(of: "-", with: "\u{2013}"))]
            }
            return RichText.parse(v)
        }
    }

    static let numberVariables: Set<String> = [
        "volume", "issue", "number", "edition", "chapter-number", "collection-number", "number-of-volumes",
        "number-of-pages", "part-number", "supplement-number", "printing-number", "citation-number",
    ]

    static func yearSuffixText(_ n: Int) -> String {
        // 1 → a, 26 → z, 27 → aa
        var n = n
        var s = ""
        repeat {
            n -= 1
            s = String(UnicodeScalar(UInt8(97 + n % 26))) + s
            n /= 26
        } while n > 0
        return s
    }

    func padded(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, 10 - s.count)) + s
    }

    // MARK: group

    func renderGroup(_ g: GroupElement) -> [Inline] {
        let called = variablesCalled, rendered = variablesRendered
        let parts = renderParts(g.children)
        if variablesCalled > called && variablesRendered == rendered { return [] }
        if parts.isEmpty { return [] }
        // A group with output keeps its enclosing group alive, as a rendered variable would (citeproc-js).
        variablesCalled += 1
        variablesRendered += 1
        return format(Inline.join(parts, delimiter: g.delimiter), g.formatting)
    }

    /// Renders children as separate parts; a `<choose>` contributes its branch's children as parts of
    /// the enclosing group, so they are delimited like siblings.
    func renderParts(_ elements: [Element]) -> [[Inline]] {
        var parts: [[Inline]] = []
        for e in elements {
            if case .choose(let c) = e {
                for branch in c.branches {
                    if let cond = branch.condition, !evaluate(cond) { continue }
                    parts += renderParts(branch.children)
                    break
                }
                continue
            }
            let r = render(e)
            if !r.isBlank { parts.append(r) }
        }
        return parts
    }

    // MARK: conditions

    func evaluate(_ c: Condition) -> Bool {
        var results: [Bool] = []
        for (kind, values) in c.tests {
            for v in values { results.append(test(kind, v)) }
        }
        switch c.match {
        case "any": return results.contains(true)
        case "none": return !results.contains(true)
        default: return !results.contains(false)
        }
    }

    func test(_ kind: String, _ v: String) -> Bool {
        switch kind {
        case "type": return item.type.rawValue == v
        case "variable":
            switch v {
            case "locator": return !(cite.locator ?? "").isEmpty
            case "citation-number": return cite.citationNumber != nil
            case "year-suffix": return cite.disambiguation.yearSuffix != nil
            case "first-reference-note-number": return cite.position != .first && cite.firstReferenceNoteNumber != nil
            default: return !suppressed.contains(v) && item.hasVariable(v)
            }
        case "is-numeric":
            let value = v == "locator" ? cite.locator : item.variable(v)
            guard let value else { return false }
            return NumberFormat.isNumeric(value)
        case "is-uncertain-date":
            return item.date(v)?.isCirca ?? false
        case "locator":
            guard let l = cite.locator, !l.isEmpty else { return false }
            let label = cite.label ?? "page"
            return label == v || (v == "sub-verbo" && label == "sub verbo")
        case "position":
            guard cite.isCitation else { return false }
            switch v {
            case "first": return cite.position == .first
            case "subsequent": return cite.position != .first
            case "ibid": return cite.position == .ibid || cite.position == .ibidWithLocator
            case "ibid-with-locator": return cite.position == .ibidWithLocator
            case "near-note": return cite.position != .first && cite.nearNote
            default: return false
            }
        case "disambiguate":
            var holds = cite.disambiguation.condition
            if holds, let limit = cite.disambiguation.conditionLimit {
                disambiguateTests += 1
                holds = disambiguateTests <= limit
            }
            return holds == (v == "true")
        default:
            return false
        }
    }
}
