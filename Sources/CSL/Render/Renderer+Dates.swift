import Bibliography

extension Renderer {
    func renderDate(_ d: DateElement) -> [Inline] {
        variablesCalled += 1
        if suppressed.contains(d.variable) { return [] }
        // An access date does not tell works apart, so disambiguation keys leave it out.
        if keyMode && d.variable == "accessed" { return [] }
        guard let date = item.date(d.variable) else { return [] }
        currentDateVariable = d.variable
        if sortMode {
            variablesRendered += 1
            var limit = 3
            if d.form != nil {
                limit = d.dateParts == "year" ? 1 : (d.dateParts == "year-month" ? 2 : 3)
            } else {
                let names = Set(d.parts.map(\.name))
                limit = names.contains("day") ? 3 : (names.contains("month") ? 2 : 1)
            }
            var limited = date
            limited.dateParts = date.dateParts.map { Array($0.prefix(limit)) }
            return [.text(sortKey(limited))]
        }
        if date.dateParts.isEmpty && date.season == nil {
            guard let lit = date.literal, !lit.isEmpty else { return [] }
            variablesRendered += 1
            renderedVariables.append(d.variable)
            return format(RichText.parse(lit), d.formatting)
        }
        var parts: [DatePartElement]
        var delimiter: String
        if let form = d.form, let base = locale.dateFormat(form) {
            let wanted: Set<String>
            switch d.dateParts {
            case "year": wanted = ["year"]
            case "year-month": wanted = ["year", "month"]
            default: wanted = ["year", "month", "day"]
            }
            parts = base.parts.filter { wanted.contains($0.name) }.map { p in
                var p = p
                if let o = d.parts.first(where: { $0.name == p.name }) {
                    if let f = o.form { p.form = f }
                    if let r = o.rangeDelimiter { p.rangeDelimiter = r }
                    let of = o.formatting
                    if let v = of.textCase { p.formatting.textCase = v }
                    if let v = of.fontStyle { p.formatting.fontStyle = v }
                    if let v = of.fontWeight { p.formatting.fontWeight = v }
                    if let v = of.fontVariant { p.formatting.fontVariant = v }
                    if let v = of.textDecoration { p.formatting.textDecoration = v }
                    if let v = of.verticalAlign { p.formatting.verticalAlign = v }
                    if o.hasStripPeriods { p.formatting.stripPeriods = of.stripPeriods }
                }
                return p
            }
            delimiter = base.delimiter ?? ""
        } else {
            parts = d.parts
            delimiter = d.delimiter ?? ""
        }
        let start = date.dateParts.first ?? []
        var end = date.dateParts.count > 1 ? date.dateParts[1] : []
        if end.allSatisfy({ $0 == 0 }) && date.dateParts.count > 1 { end = [] }
        let isRange = date.dateParts.count > 1
        var out: [Inline]
        if isRange && !end.isEmpty && end != start {
            out = renderRange(start, end, parts: parts, delimiter: delimiter, date: date)
        } else {
            out = renderParts(start, parts: parts, delimiter: delimiter, date: date)
            if isRange && end.isEmpty && !out.isBlank {
                // An open range ("2000–").
                let rd = parts.first(where: { $0.name == "year" })?.rangeDelimiter ?? "\u{2013}"
                out.appendMerging(rd)
            }
        }
        if out.isBlank { return [] }
        variablesRendered += 1
        renderedVariables.append(d.variable)
        return format(out, d.formatting)
    }

    /// "month-" + 5 → "month-05" (cheaper than String(format:) in the hot path).
    static func twoDigit(_ prefix: String, _ n: Int) -> String {
        n < 10 && n >= 0 ? prefix + "0" + String(n) : prefix + String(n)
    }

    func sortKey(_ d: DateValue) -> String {
        func fmt(_ p: [Int]) -> String {
            let y = p.first ?? 0
            let m = p.count > 1 ? p[1] : 0
            let day = p.count > 2 ? p[2] : 0
            // Years past ±99,999 sort as the extremes (and cannot overflow).
            let yy = min(max(y, -99_999), 99_999) + 100_000
            let ys = String(max(0, yy))
            return String(repeating: "0", count: max(0, 6 - ys.count)) + ys + Renderer.twoDigit("", m) + Renderer.twoDigit("", day)
        }
        guard let first = d.dateParts.first else { return d.literal ?? "" }
        var s = fmt(first)
        if d.dateParts.count > 1 { s += "-" + fmt(d.dateParts[1]) }
        return s
    }

    private func partValue(_ name: String, _ p: [Int]) -> Int? {
        switch name {
        case "year": return p.first
        case "month": return p.count > 1 && p[1] != 0 ? p[1] : nil
        case "day": return p.count > 2 && p[2] != 0 && p.count > 1 && p[1] != 0 ? p[2] : nil
        default: return nil
        }
    }

    func renderParts(_ p: [Int], parts: [DatePartElement], delimiter: String, date: DateValue,
                     dropFirstPrefix: Bool = false, dropLastSuffix: Bool = false) -> [Inline] {
        var rendered: [(DatePartElement, [Inline])] = []
        for part in parts {
            if let r = renderPart(part, p, date: date) { rendered.append((part, r)) }
        }
        var pieces: [[Inline]] = []
        for (i, (part, content)) in rendered.enumerated() {
            var f = part.formatting
            if dropFirstPrefix && i == 0 { f.prefix = "" }
            if dropLastSuffix && i == rendered.count - 1 { f.suffix = "" }
            pieces.append(format(content, f))
        }
        return Inline.join(pieces, delimiter: delimiter)
    }

    func renderPart(_ part: DatePartElement, _ p: [Int], date: DateValue) -> [Inline]? {
        switch part.name {
        case "year":
            guard let y = p.first else { return nil }
            var s: String
            if y < 0 {
                s = String(y.magnitude) + (locale.termText("bc") ?? "BC")
            } else if y < 1000 {
                s = String(y) + (locale.termText("ad") ?? "AD")
            } else if part.form == "short" {
                s = String(String(y).suffix(2))
            } else {
                s = String(y)
            }
            if currentDateVariable == "issued", let ys = cite.disambiguation.yearSuffix, !yearSuffixRendered,
               !(cite.isCitation ? engine.citationRendersYearSuffix : engine.bibliographyRendersYearSuffix) {
                s += Renderer.yearSuffixText(ys)
                yearSuffixRendered = true
            }
            return [.text(s)]
        case "month":
            if let m = partValue("month", p) {
                if (13...24).contains(m) {
                    let season = (m - 13) % 4 + 1
                    return locale.termText(Renderer.twoDigit("season-", season)).map { [.text($0)] }
                }
                switch part.form ?? "long" {
                case "numeric": return [.text(String(m))]
                case "numeric-leading-zeros": return [.text(Renderer.twoDigit("", m))]
                case "short": return locale.termText(Renderer.twoDigit("month-", m), form: "short").map { [.text($0)] }
                default: return locale.termText(Renderer.twoDigit("month-", m)).map { [.text($0)] }
                }
            }
            if let season = date.season, p == (date.dateParts.first ?? []) {
                if let n = season.intValue, (1...4).contains(n) {
                    return locale.termText(Renderer.twoDigit("season-", n)).map { [.text($0)] }
                }
                if let s = season.text, !s.isEmpty { return [.text(s)] }
            }
            return nil
        case "day":
            guard let d = partValue("day", p) else { return nil }
            switch part.form ?? "numeric" {
            case "numeric-leading-zeros": return [.text(Renderer.twoDigit("", d))]
            case "ordinal":
                if locale.limitDayOrdinalsToDay1 && d != 1 { return [.text(String(d))] }
                return [.text(NumberFormat.ordinal(d, locale: locale, gender: locale.gender(of: Renderer.twoDigit("month-", p[1]))))]
            default: return [.text(String(d))]
            }
        default:
            return nil
        }
    }

    func renderRange(_ a: [Int], _ b: [Int], parts: [DatePartElement], delimiter: String, date: DateValue) -> [Inline] {
        // The largest part that differs decides which parts are repeated on both sides.
        let names = ["year", "month", "day"]
        var differing = "day"
        for n in names {
            if partValue(n, a) != partValue(n, b) { differing = n; break }
        }
        let rank = ["year": 0, "month": 1, "day": 2]
        let diffRank = rank[differing] ?? 2
        let ranged = parts.filter { (rank[$0.name] ?? 0) >= diffRank }
        if ranged.count == parts.count || differing == "year" {
            let rd = parts.first(where: { $0.name == "year" })?.rangeDelimiter ?? "\u{2013}"
            var left = renderParts(a, parts: parts, delimiter: delimiter, date: date, dropLastSuffix: true)
            let right = renderParts(b, parts: parts, delimiter: delimiter, date: date, dropFirstPrefix: true)
            left.appendMerging(rd)
            left.appendMerging(right)
            return left
        }
        let rd = parts.first(where: { $0.name == differing })?.rangeDelimiter ?? "\u{2013}"
        // Contiguous block of ranged parts, rendered on both sides, surrounded by the shared parts.
        var out: [[Inline]] = []
        var i = 0
        while i < parts.count {
            let part = parts[i]
            if (rank[part.name] ?? 0) >= diffRank {
                var block: [DatePartElement] = []
                while i < parts.count, (rank[parts[i].name] ?? 0) >= diffRank {
                    block.append(parts[i])
                    i += 1
                }
                var left = renderParts(a, parts: block, delimiter: delimiter, date: date, dropLastSuffix: true)
                let right = renderParts(b, parts: block, delimiter: delimiter, date: date, dropFirstPrefix: true)
                left.appendMerging(rd)
                left.appendMerging(right)
                out.append(left)
            } else {
                if let r = renderPart(part, a, date: date) { out.append(format(r, part.formatting)) }
                i += 1
            }
        }
        return Inline.join(out, delimiter: delimiter)
    }

    /// Whether a layout tests `disambiguate="true"` anywhere.
    static func usesDisambiguateCondition(_ elements: [Element], macros: [String: [Element]]) -> Bool {
        var visited: Set<String> = []
        return usesDisambiguateCondition(elements, macros: macros, visited: &visited)
    }

    /// Each macro is walked once, so macros that call each other cannot make the walk exponential.
    private static func usesDisambiguateCondition(_ elements: [Element], macros: [String: [Element]], visited: inout Set<String>) -> Bool {
        for e in elements {
            switch e {
            case .text(let t):
                if case .macro(let m) = t.source, visited.insert(m).inserted, let els = macros[m],
                   usesDisambiguateCondition(els, macros: macros, visited: &visited) { return true }
            case .group(let g): if usesDisambiguateCondition(g.children, macros: macros, visited: &visited) { return true }
            case .choose(let c):
                for b in c.branches {
                    if b.condition?.tests.contains(where: { $0.kind == "disambiguate" }) == true { return true }
                    if usesDisambiguateCondition(b.children, macros: macros, visited: &visited) { return true }
                }
            case .names(let n):
                if let s = n.substitute, usesDisambiguateCondition(s, macros: macros, visited: &visited) { return true }
            default: break
            }
        }
        return false
    }

    /// Whether a layout renders `year-suffix` explicitly (then dates do not append it).
    static func rendersYearSuffix(_ elements: [Element], macros: [String: [Element]]) -> Bool {
        var visited: Set<String> = []
        return rendersYearSuffix(elements, macros: macros, visited: &visited)
    }

    private static func rendersYearSuffix(_ elements: [Element], macros: [String: [Element]], visited: inout Set<String>) -> Bool {
        for e in elements {
            switch e {
            case .text(let t):
                switch t.source {
                case .variable(let v, _): if v == "year-suffix" || v == "citation-label" { return true }
                case .macro(let m):
                    if visited.insert(m).inserted, let els = macros[m], rendersYearSuffix(els, macros: macros, visited: &visited) { return true }
                default: break
                }
            case .group(let g): if rendersYearSuffix(g.children, macros: macros, visited: &visited) { return true }
            case .choose(let c):
                for b in c.branches where rendersYearSuffix(b.children, macros: macros, visited: &visited) { return true }
            case .names(let n):
                if let s = n.substitute, rendersYearSuffix(s, macros: macros, visited: &visited) { return true }
            default: break
            }
        }
        return false
    }
}

import Foundation
