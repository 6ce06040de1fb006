import Bibliography

extension Renderer {
    /// The effective name options for a `<names>` element.
    func nameOptions(_ n: NamesElement) -> NameOptions {
        var base = style.nameOptions
        base = section.nameOptions.over(base)
        if let own = (n.name ?? substituteParent?.name)?.options { base = own.over(base) }
        return base
    }

    func renderNames(_ n0: NamesElement) -> [Inline] {
        let topLevel = substituteParent == nil
        let first = topLevel && firstNamesOutput == nil
        if first { inFirstNames = true }
        let out = renderNamesContent(n0)
        if first { inFirstNames = false }
        guard first, !out.isBlank else { return out }
        firstNamesOutput = out
        if authorMode == .suppress { return [] }
        if firstNamesKey.isEmpty {
            // Output from a non-names substitute (a title): compared and replaced whole.
            firstNamesKey = out.plainText
            if let sub = authorSubstitute { return sub.isEmpty ? [] : format([.text(sub)], n0.formatting) }
        }
        return out
    }

    private func renderNamesContent(_ n0: NamesElement) -> [Inline] {
        var n = n0
        // A names element inside a substitute inherits the parent's name, et-al and label.
        if let parent = substituteParent {
            if n.name == nil { n.name = parent.name }
            if n.etAl == nil { n.etAl = parent.etAl }
            if n.label == nil && n0.name == nil { n.label = parent.label; n.labelBeforeName = parent.labelBeforeName }
        }
        let options = nameOptions(n)
        variablesCalled += 1
        var lists: [(variable: String, names: [Name])] = []
        for v in n.variables where !suppressed.contains(v) {
            if let names = item.names[v], !names.isEmpty { lists.append((v, names)) }
        }
        // editor and translator with the same names are shown once, labelled "editortranslator".
        if let e = lists.firstIndex(where: { $0.variable == "editor" }),
           let t = lists.firstIndex(where: { $0.variable == "translator" }),
           lists[e].names == lists[t].names,
           !(locale.termText("editortranslator") ?? "").isEmpty {
            lists[e].variable = "editortranslator"
            lists.remove(at: t)
        }
        if lists.isEmpty {
            return substitute(n)
        }
        variablesRendered += 1
        for l in lists { renderedVariables.append(l.variable) }
        // Inside a substitute a name variable is shown once.
        if substituteParent != nil { for l in lists { suppressed.insert(l.variable == "editortranslator" ? "editor" : l.variable) } }
        if (options.form ?? "long") == "count" {
            var total = 0
            for l in lists { total += shownCount(l.names.count, options) }
            if total == 0 { return [] }
            return format([.text(String(total))], n.formatting)
        }
        var outputs: [[Inline]] = []
        for l in lists {
            // A list the source cut short ("et al.") ends in the et-al term whatever its length.
            let cutShort = l.variable == "author" && item.authorListTruncated
            var names = renderNameList(l.names, options: options, element: n, cutShort: cutShort)
            if names.isBlank { continue }
            if inFirstNames { firstNamesKey += names.plainText + "|" }
            if inFirstNames, authorSubstituteCount == nil, let sub = authorSubstitute {
                // subsequent-author-substitute replaces the names, not their label.
                names = sub.isEmpty ? [] : [.text(sub)]
            }
            if let label = n.label, !sortMode {
                let termName = l.variable
                let plural: Bool
                switch label.plural {
                case "always": plural = true
                case "never": plural = false
                default: plural = l.names.count > 1
                }
                if let text = locale.termText(termName, form: label.form, plural: plural), !text.isEmpty {
                    let lab = format([.text(text)], label.formatting)
                    if n.labelBeforeName {
                        var x = lab
                        x.appendMerging(names)
                        names = x
                    } else {
                        names.appendMerging(lab)
                    }
                }
            }
            outputs.append(names)
        }
        if outputs.isEmpty { return [] }
        let delimiter = n.delimiter ?? style.attr("names-delimiter") ?? section.attr("names-delimiter") ?? ""
        let joined = Inline.join(outputs, delimiter: delimiter)
        return format(joined, n.formatting)
    }

    private func substitute(_ n: NamesElement) -> [Inline] {
        guard let subs = n.substitute else { return [] }
        let savedParent = substituteParent
        substituteParent = n
        defer { substituteParent = savedParent }
        for s in subs {
            let before = renderedVariables.count
            let calledBefore = variablesCalled, renderedBefore = variablesRendered
            let out = render(s)
            if !out.isBlank {
                for v in renderedVariables[before...] { suppressed.insert(v) }
                return format(out, n.formatting)
            }
            variablesCalled = calledBefore
            variablesRendered = renderedBefore
        }
        return []
    }

    /// et-al thresholds after position, sort key and disambiguation adjustments.
    func etAlLimits(_ options: NameOptions) -> (min: Int?, useFirst: Int?, useLast: Bool) {
        var min = options.etAlMin, useFirst = options.etAlUseFirst
        if cite.isCitation, cite.position != .first || cite.subsequentEtAl {
            if let m = options.etAlSubsequentMin { min = m }
            if let u = options.etAlSubsequentUseFirst { useFirst = u }
        }
        var useLast = options.etAlUseLast ?? false
        if let k = sortNameOverrides {
            if let m = k.namesMin { min = m }
            if let u = k.namesUseFirst { useFirst = u }
            if let l = k.namesUseLast { useLast = l }
        }
        return (min, useFirst, useLast)
    }

    func shownCount(_ count: Int, _ options: NameOptions) -> Int {
        let limits = etAlLimits(options)
        if let min = limits.min, let first = limits.useFirst, count >= min, first < count {
            return Swift.min(count, first + cite.disambiguation.addNames)
        }
        return count
    }

    func renderNameList(_ names: [Name], options: NameOptions, element n: NamesElement, cutShort: Bool = false) -> [Inline] {
        let shown = shownCount(names.count, options)
        let truncated = shown < names.count || cutShort
        let limits = etAlLimits(options)
        if shown == 0 { return [] }
        let delimiter = options.delimiter ?? ", "
        // cs:name's affixes and formatting belong to each personal name: cs:name describes "the
        // formatting of individual names" (CSL 1.0.2, Name), and citeproc-js appends every personal
        // name with the cs:name token (`_renderNames`), while a literal (institutional) name is
        // rendered without it.
        let nameFormatting = n.name?.formatting ?? Formatting()
        func individually(_ out: [Inline], _ name: Name) -> [Inline] {
            sortMode || name.literal?.isEmpty == false ? out : format(out, nameFormatting)
        }
        var rendered: [(out: [Inline], inverted: Bool)] = []
        for i in 0..<shown {
            let inverted = isInverted(index: i, options: options, name: names[i])
            let out = renderName(names[i], index: i, options: options, element: n.name, inverted: inverted)
            rendered.append((individually(out, names[i]), inverted))
        }
        rendered = rendered.filter { !$0.out.isBlank }
        if rendered.isEmpty { return [] }
        if inFirstNames && !sortMode {
            // subsequent-author-substitute's name-by-name rules compare and replace single names.
            for k in rendered.indices {
                let position = firstNamesEach.count
                firstNamesEach.append(rendered[k].out.plainText)
                if let count = authorSubstituteCount, position < count, let sub = authorSubstitute {
                    rendered[k].out = [.text(sub)]
                }
            }
        }
        if sortMode {
            var keys = rendered.map(\.out)
            if truncated && limits.useLast && names.count - shown >= 2, let last = names.last {
                keys.append(renderName(last, index: names.count - 1, options: options, element: n.name, inverted: true))
            }
            return Inline.join(keys, delimiter: "  ")
        }
        var out: [Inline] = rendered[0].out
        let andWord: String? = {
            switch options.and {
            case "text": return locale.termText("and") ?? "and"
            case "symbol": return "&"
            default: return nil
            }
        }()
        for i in 1..<max(1, rendered.count) where rendered.count > 1 {
            let isLast = i == rendered.count - 1
            if isLast && !truncated, let andWord {
                let useDelimiter: Bool
                switch options.delimiterPrecedesLast ?? "contextual" {
                case "always": useDelimiter = true
                case "never": useDelimiter = false
                case "after-inverted-name": useDelimiter = rendered[i - 1].inverted
                default: useDelimiter = rendered.count >= 3
                }
                if Renderer.startsRomanesque(andWord) {
                    out.appendMerging(useDelimiter ? delimiter + andWord + " " : " " + andWord + " ")
                } else {
                    // An "and" term in another script (Hebrew "ו", Chinese "和") carries its own
                    // spacing: no spaces around it, and a delimiter before it only for two names with
                    // delimiter-precedes-last="always" (citeproc-js node_name.js; suite name_HebrewAnd).
                    let always = (options.delimiterPrecedesLast ?? "contextual") == "always" && rendered.count == 2
                    out.appendMerging((always ? delimiter : "") + andWord)
                }
            } else {
                out.appendMerging(delimiter)
            }
            out.appendMerging(rendered[i].out)
        }
        if truncated {
            if limits.useLast && names.count - shown >= 2, let last = names.last {
                out.appendMerging(delimiter + "\u{2026} ")
                let inv = isInverted(index: names.count - 1, options: options, name: last)
                out.appendMerging(individually(renderName(last, index: names.count - 1, options: options, element: n.name, inverted: inv), last))
            } else {
                let termName = n.etAl?.term ?? "et-al"
                if let text = locale.termText(termName), !text.isEmpty {
                    let useDelimiter: Bool
                    switch options.delimiterPrecedesEtAl ?? "contextual" {
                    case "always": useDelimiter = true
                    case "never": useDelimiter = false
                    case "after-inverted-name": useDelimiter = rendered.last?.inverted ?? false
                    default: useDelimiter = rendered.count >= 2
                    }
                    out.appendMerging(useDelimiter ? delimiter : " ")
                    out.appendMerging(format([.text(text)], n.etAl?.formatting ?? Formatting()))
                }
            }
        }
        return format(out, Formatting())
    }

    /// Whether text starts with `&` or a letter of a script that spaces words: Latin, Greek, Cyrillic,
    /// Thai, Arabic, Hebrew except the vav (U+05D5) that Hebrew writes onto the next word, and the
    /// direction marks (citeproc-js's STARTSWITH_ROMANESQUE_REGEXP).
    static func startsRomanesque(_ text: String) -> Bool {
        guard let v = text.unicodeScalars.first?.value else { return false }
        return romanesqueRanges.contains { $0.contains(v) }
    }

    private static let romanesqueRanges: [ClosedRange<UInt32>] = [
        0x26...0x26, 0x41...0x5A, 0x61...0x7A, 0xE01...0xE5B, 0xC0...0x17F, 0x370...0x3FF, 0x400...0x52F,
        0x590...0x5D4, 0x5D6...0x5FF, 0x1F00...0x1FFF, 0x600...0x6FF, 0x200C...0x200E, 0x218...0x21B, 0x202A...0x202E,
    ]

    func isInverted(index: Int, options: NameOptions, name: Name) -> Bool {
        if sortMode { return true }
        // A literal (institutional) name has no parts to invert, so it never counts as inverted.
        if name.staticOrdering || name.literal?.isEmpty == false || (name.family ?? "").isEmpty { return false }
        switch options.nameAsSortOrder {
        case "all": return true
        case "first": return index == 0
        default: return false
        }
    }

    /// The given-name expansion level for a name (disambiguation).
    func givenLevel(_ name: Name, index: Int) -> Int {
        let levels = cite.disambiguation.givenLevels
        if levels.isEmpty { return cite.disambiguation.givenLevelAll }
        return max(cite.disambiguation.givenLevelAll, levels[NameKey.key(name)] ?? 0)
    }

    func renderName(_ raw: Name, index: Int, options: NameOptions, element: NameElement?, inverted: Bool) -> [Inline] {
        let name = NameParts(raw)
        let familyFmt = element?.family?.formatting ?? Formatting()
        let givenFmt = element?.given?.formatting ?? Formatting()
        if let literal = name.literal {
            return format(RichText.parse(literal), familyFmt)
        }
        var form = options.form ?? "long"
        var initializeWith = options.initializeWith
        let level = givenLevel(raw, index: index)
        if level >= 1 && form == "short" { form = "long" }
        if level >= 2 { initializeWith = nil }
        let demote = style.attr("demote-non-dropping-particle") ?? "display-and-sort"
        let family = name.family
        let ndp = name.nonDroppingParticle
        let dp = name.droppingParticle
        var given = name.given
        let romanesque = name.isRomanesque
        // Names in scripts written family-first without spaces (Chinese, Japanese, Korean) keep
        // their given names whole (citeproc-js).
        // A sort key taken from a macro renders names with that macro's options, initials included
        // (citeproc-js); a key naming the variable sorts by the full name.
        let initializes = !sortMode || sortNameOverrides?.macro != nil
        if let g = given, let iw = initializeWith, initializes, romanesque {
            given = NameParts.initialize(g, with: iw, initialize: options.initialize ?? true,
                                         hyphen: style.attr("initialize-with-hyphen") != "false")
        } else if let g = given, level >= 1, initializeWith == nil, options.initializeWith != nil, level == 1 {
            given = g
        }
        func join(_ parts: [String?], _ sep: String = " ") -> String {
            parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: sep)
        }
        func particleJoin(_ p: String?, _ f: String) -> String {
            guard let p, !p.isEmpty else { return f }
            if !name.particleSpaced && (p.hasSuffix("'") || p.hasSuffix("\u{2019}") || p.hasSuffix("-")) { return p + f }
            return p + " " + f
        }
        let familyText = family ?? ""
        func fam(_ s: String) -> [Inline] { format(RichText.parse(s), familyFmt) }
        func giv(_ s: String) -> [Inline] { format(RichText.parse(s), givenFmt) }

        if form == "short" || (given ?? "").isEmpty && dp == nil {
            if form == "short" {
                return fam(particleJoin(ndp, familyText))
            }
        }
        if !romanesque {
            var out = fam(familyText)
            if form != "short", let g = given, !g.isEmpty { out += giv(g) }
            return out
        }
        let hasGiven = !(given ?? "").isEmpty
        var familyCore = familyFmt
        familyCore.prefix = ""
        familyCore.suffix = ""
        var givenCore = givenFmt
        givenCore.prefix = ""
        givenCore.suffix = ""
        func wrap(_ c: [Inline], _ f: Formatting) -> [Inline] {
            if c.isBlank { return [] }
            var out: [Inline] = f.prefix.isEmpty ? [] : [.text(f.prefix)]
            out.appendMerging(c)
            out.appendMerging(f.suffix)
            return out
        }
        func words(_ parts: [[Inline]]) -> [Inline] {
            Inline.join(parts.filter { !$0.isBlank }, delimiter: " ")
        }
        func plain(_ s: String?) -> [Inline] { s.map { RichText.parse($0) } ?? [] }
        if inverted {
            var out: [Inline] = []
            let sortSep = sortMode ? " " : options.sortSeparator ?? ", "
            let givenPart: [Inline]
            if demote == "display-and-sort" || (sortMode && demote == "sort-only") {
                out = wrap(format(RichText.parse(familyText), familyCore), familyFmt)
                // Demoted particles stay inside the given part's affixes but keep their own name-part's
                // formatting: the dropping particle the given name's, the non-dropping the family's.
                givenPart = wrap(words([hasGiven ? format(plain(given), givenCore) : [], format(plain(dp), givenCore),
                                        format(plain(ndp), familyCore)]), givenFmt)
            } else {
                out = wrap(format(RichText.parse(particleJoin(ndp, familyText)), familyCore), familyFmt)
                givenPart = wrap(words([hasGiven ? format(plain(given), givenCore) : [], format(plain(dp), givenCore)]), givenFmt)
            }
            if !givenPart.isBlank {
                out.appendMerging(sortSep)
                out.appendMerging(givenPart)
            }
            if let s = name.suffix, !s.isEmpty {
                out.appendMerging(sortSep)
                out.appendMerging(plain(s))
            }
            return out
        }
        var out: [Inline] = []
        if hasGiven, let g = given { out = giv(g) }
        var block: [Inline] = []
        if let d = dp, !d.isEmpty {
            // The dropping particle is formatted with the given name (spec: cs:name-part "given").
            block = format(plain(d), givenCore)
            if !(d.hasSuffix("'") || d.hasSuffix("\u{2019}") || d.hasSuffix("-")) { block.append(.text(" ")) }
        }
        if let p = ndp, !p.isEmpty {
            // The non-dropping particle is formatted like the family name, but apart from it.
            block += format(plain(p), familyCore)
            if name.particleSpaced || !(p.hasSuffix("'") || p.hasSuffix("\u{2019}") || p.hasSuffix("-")) { block.append(.text(" ")) }
        }
        block += format(RichText.parse(familyText), familyCore)
        if let s = name.suffix, !s.isEmpty {
            block.appendMerging(name.commaSuffix ? ", " : " ")
            block += plain(s)
        }
        if !out.isEmpty { out.appendMerging(" ") }
        out.appendMerging(wrap(block, familyFmt))
        return out
    }
}

/// A key identifying a person across items (for given-name disambiguation).
enum NameKey {
    static func key(_ n: Name) -> String {
        // Spacing in initials does not make another person ("J. J." is "J.J.").
        let given = String((n.given ?? "").unicodeScalars.filter { $0 != " " })
        return [n.literal, n.nonDroppingParticle, n.family, given].map { $0 ?? "" }.joined(separator: "|")
    }
}
