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
        let items = try Bibliography(cslJSON: Data(input.utf8), file: name + " INPUT").items
        let processor = try CSLProcessor(style: style, locales: locales)
        var citations: [Citation] = []
        var citationsMode = false
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
                let note = ((c["properties"] as? [String: Any])?["noteIndex"] as? Int)
                citations.append(Citation(items: list, noteIndex: note.flatMap { $0 > 0 ? $0 : nil }))
            }
        } else if mode == "citation" {
            citations = [Citation(items: items.map { CitationItem(id: $0.idString) })]
        }
        if mode.hasPrefix("bibliography") {
            let doc = processor.render(items: items, citations: citations, format: .html)
            return processor.bibliographyDocument(doc.bibliography, format: .html)
        }
        let doc = processor.render(items: items, citations: citations, format: .html)
        guard citationsMode else { return doc.citations.joined(separator: "\n") }
        // The suite marks citations whose text changed with the last insertion by ">>".
        let before = citations.count > 1
            ? processor.render(items: items, citations: Array(citations.dropLast()), format: .html).citations
            : []
        return doc.citations.enumerated().map { i, text in
            let changed = i >= before.count || before[i] != text
            return (changed ? ">>" : "..") + "[\(i)] " + text
        }.joined(separator: "\n")
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
                            suffix: text("suffix"), suppressAuthor: flag("suppress-author"), authorOnly: flag("author-only"))
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
