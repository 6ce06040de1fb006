import Bibliography
import CSL
import Foundation

/// One test-suite fixture: its sections, as the suite's README describes them.
struct Fixture {
    var name: String
    var sections: [String: String]

    var category: String { String(name.split(separator: "_").first ?? Substring(name)) }
    var mode: String { sections["MODE"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "" }
    var expected: String { sections["RESULT"] ?? "" }

    init(url: URL) throws {
        name = url.deletingPathExtension().lastPathComponent
        let text = try String(contentsOf: url, encoding: .utf8)
        sections = [:]
        var current: String?
        var buffer: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let t = line.trimmingCharacters(in: .whitespaces)
            if let open = Fixture.marker(t, open: true) {
                current = open
                buffer = []
            } else if let close = Fixture.marker(t, open: false), close == current {
                sections[close] = buffer.joined(separator: "\n")
                current = nil
            } else if current != nil {
                buffer.append(line)
            }
        }
    }

    /// `>>===== NAME =====>>` (open) or `<<===== NAME =====<<` (close).
    static func marker(_ line: String, open: Bool) -> String? {
        let start = open ? ">>=" : "<<="
        let end = open ? "=>>" : "=<<"
        guard line.hasPrefix(start), line.hasSuffix(end) else { return nil }
        let inner = line.dropFirst(2).dropLast(2).trimmingCharacters(in: CharacterSet(charactersIn: "= "))
        return inner.isEmpty ? nil : inner
    }

    /// Runs the fixture and returns the processor's output in the suite's form.
    func run(locales: LocaleStore) throws -> String {
        guard let csl = sections["CSL"], let input = sections["INPUT"] else {
            throw FixtureError.missing(name)
        }
        let style = try CSLStyle(xml: Data(csl.utf8), file: name + ".csl")
        let items = Fixture.uniqueByID(try Bibliography(cslJSON: Data(input.utf8), file: name + " INPUT").items)
        let processor = try CSLProcessor(style: style, locales: locales)
        var citations: [Citation] = []
        var citationsMode = false
        var steps: [Step] = []
        if let ci = sections["CITATION-ITEMS"] {
            let json = try JSONSerialization.jsonObject(with: Data(ci.utf8))
            for (i, c) in ((json as? [Any]) ?? []).enumerated() {
                citations.append(Citation(items: ((c as? [Any]) ?? []).compactMap(Fixture.citationItem), noteIndex: i + 1))
            }
        } else if let cs = sections["CITATIONS"] {
            citationsMode = true
            let json = try JSONSerialization.jsonObject(with: Data(cs.utf8))
            for entry in (json as? [Any]) ?? [] {
                guard let triple = entry as? [Any], let c = triple.first as? [String: Any] else { continue }
                let list = ((c["citationItems"] as? [Any]) ?? []).compactMap(Fixture.citationItem)
                let note = ((c["properties"] as? [String: Any])?["noteIndex"] as? Int) ?? 0
                let id = (c["citationID"] as? String) ?? UUID().uuidString
                func pairs(_ any: Any?) -> [(String, Int)] {
                    ((any as? [Any]) ?? []).compactMap { p in
                        guard let a = p as? [Any], let cid = a.first as? String else { return nil }
                        return (cid, (a.count > 1 ? a[1] as? Int : nil) ?? 0)
                    }
                }
                steps.append(Step(id: id, items: list, note: note,
                                  pre: pairs(triple.count > 1 ? triple[1] : nil), post: pairs(triple.count > 2 ? triple[2] : nil)))
            }
        } else if mode == "citation" {
            citations = [Citation(items: Fixture.registryOrder(items, processor: processor).map { CitationItem(id: $0) })]
        }
        if citationsMode, let last = steps.last {
            // The document after the last step of the session.
            var known: [String: [CitationItem]] = [:]
            for st in steps { known[st.id] = st.items }
            citations = (last.pre + [(last.id, last.note)] + last.post).map {
                Citation(items: known[$0.0] ?? [], noteIndex: $0.1 > 0 ? $0.1 : nil)
            }
        }
        if mode.hasPrefix("bibliography") {
            // With citations, the bibliography lists the cited items.
            var cited: [String]?
            if !citations.isEmpty {
                var seen = Set<String>()
                cited = citations.flatMap { $0.items.map(\.id) }.filter { seen.insert($0).inserted }
            }
            let doc = processor.render(items: items, citations: citations, format: .html, bibliographyIDs: cited)
            return processor.bibliographyDocument(doc.bibliography, format: .html)
        }
        let doc = processor.render(items: items, citations: citations, format: .html)
        guard citationsMode else { return doc.citations.joined(separator: "\n") }
        // Replay the word-processor session: the document after the last step, marking with ">>"
        // the citations whose text changed in that step.
        // A citation counts as updated when its text, its note, its items' numbers or their
        // disambiguation changed.
        func state(after k: Int) -> (ids: [String], text: [String: String]) {
            guard k >= 0 else { return ([], [:]) }
            var known: [String: [CitationItem]] = [:]
            for st in steps[...k] { known[st.id] = st.items }
            let st = steps[k]
            let order = st.pre + [(st.id, st.note)] + st.post
            let cits = order.map { Citation(items: known[$0.0] ?? [], noteIndex: $0.1 > 0 ? $0.1 : nil) }
            // citeproc-js disambiguates among the items cited so far (its registry), not every input item.
            let citedIDs = Set(cits.flatMap { $0.items.map(\.id) })
            let rendered = processor.render(items: items.filter { citedIDs.contains($0.idString) }, citations: cits, format: .html)
            let texts = rendered.citations
            var map: [String: String] = [:]
            for (i, o) in order.enumerated() where i < texts.count {
                let cited = known[o.0] ?? []
                let numbers = cited.map { String(rendered.citationNumbers[$0.id] ?? 0) }.joined(separator: ",")
                // citeproc-js re-renders (and reports) every citation of an item whose disambiguation changed.
                let states = cited.map { "\(rendered.disambiguation[$0.id] ?? Disambiguation())" }.joined(separator: ",")
                map[o.0] = texts[i] + "\u{0}" + String(o.1) + "\u{0}" + numbers + "\u{0}" + states
            }
            return (order.map(\.0), map)
        }
        let final = state(after: steps.count - 1)
        let before = state(after: steps.count - 2)
        return final.ids.enumerated().map { i, id in
            let text = String((final.text[id] ?? "").split(separator: "\u{0}", omittingEmptySubsequences: false).first ?? "")
            let changed = before.text[id] != final.text[id] || id == steps.last?.id
            return (changed ? ">>" : "..") + "[\(i)] " + text
        }.joined(separator: "\n")
    }

    struct Step {
        var id: String
        var items: [CitationItem]
        var note: Int
        var pre: [(String, Int)]
        var post: [(String, Int)]
    }

    /// One item per id, as citeproc-js's test runner keeps them (an object keyed by id): in the order
    /// of each id's first appearance, with the last item given for it (number_PlainHyphenOrEnDashAlwaysPlural
    /// lists "ITEM-4" twice and expects the second).
    static func uniqueByID(_ items: [Item]) -> [Item] {
        var position: [String: Int] = [:]
        var out: [Item] = []
        for item in items {
            if let i = position[item.idString] {
                out[i] = item
            } else {
                position[item.idString] = out.count
                out.append(item)
            }
        }
        return out
    }

    /// The order in which citeproc-js's test runner cites every item when a fixture gives no citation:
    /// its registry order, which is the bibliography's sort order (input order without a bibliography
    /// or a sort). Year suffixes then follow the bibliography, as CSL's year-suffix rule says.
    static func registryOrder(_ items: [Item], processor: CSLProcessor) -> [String] {
        let input = items.map(\.idString)
        let sorted = processor.render(items: items, citations: [], format: .text).bibliographyIDs
        guard !sorted.isEmpty else { return input }
        let listed = Set(sorted)
        return sorted + input.filter { !listed.contains($0) }
    }

    static func citationItem(_ any: Any) -> CitationItem? {
        guard let d = any as? [String: Any] else { return nil }
        func text(_ k: String) -> String? {
            if let s = d[k] as? String { return s }
            if let n = d[k] as? NSNumber { return n.stringValue }
            return nil
        }
        guard let id = text("id") else { return nil }
        func flag(_ k: String) -> Bool { (d[k] as? Bool) ?? ((d[k] as? NSNumber)?.boolValue ?? false) }
        return CitationItem(id: id, locator: text("locator"), label: text("label"), prefix: text("prefix"),
                            suffix: text("suffix"), suppressAuthor: flag("suppress-author"), authorOnly: flag("author-only"),
                            position: (d["position"] as? NSNumber)?.intValue)
    }
}

enum FixtureError: Error, CustomStringConvertible {
    case missing(String)
    var description: String {
        switch self {
        case .missing(let n): return "\(n): fixture lacks a CSL or INPUT section"
        }
    }
}
