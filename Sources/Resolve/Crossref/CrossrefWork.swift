import Bibliography
import Foundation

/// Maps Crossref's work JSON to a CSL-JSON ``Item``: Crossref's fields are CSL-shaped, but its
/// titles are arrays, its types have their own names and its abstracts are JATS.
enum CrossrefWork {
    /// Crossref type → CSL type, where the names differ.
    static let types: [String: String] = [
        "journal-article": "article-journal", "book-chapter": "chapter", "book-section": "chapter",
        "book-part": "chapter", "proceedings-article": "paper-conference", "book": "book",
        "monograph": "book", "edited-book": "book", "reference-book": "book", "book-set": "book",
        "book-series": "book", "dataset": "dataset", "posted-content": "article", "report": "report",
        "report-series": "report", "reference-entry": "entry", "dissertation": "thesis",
        "standard": "standard", "peer-review": "review", "component": "article", "other": "article",
        "journal-issue": "periodical", "journal": "periodical", "journal-volume": "periodical",
    ]

    /// The item of one work object (a singleton's `message` or an element of `items`).
    static func item(_ work: [String: JSONValue]) -> Item? {
        guard let doi = work["DOI"]?.text.flatMap(Identifiers.normalizedDOI) else { return nil }
        var csl: [String: JSONValue] = ["id": .string("doi:\(doi)"), "DOI": .string(doi)]
        let type = work["type"]?.text ?? "journal-article"
        csl["type"] = .string(types[type] ?? "article-journal")
        for (from, to) in [("title", "title"), ("container-title", "container-title"),
                           ("short-container-title", "container-title-short"), ("ISSN", "ISSN"), ("ISBN", "ISBN")] {
            if let first = firstText(work[from]) { csl[to] = .string(first) }
        }
        if let subtitle = firstText(work["subtitle"]), let title = csl["title"]?.text, !title.contains(subtitle) {
            csl["title"] = .string(title + ": " + subtitle)
        }
        for key in ["volume", "issue", "page", "publisher", "publisher-place", "URL", "language", "edition"] {
            if let value = work[key]?.text, !value.isEmpty { csl[key] = .string(value) }
        }
        if let abstract = work["abstract"]?.text { csl["abstract"] = .string(stripMarkup(abstract)) }
        for key in ["author", "editor", "translator"] {
            if case .array(let people)? = work[key] { csl[key] = .array(people.compactMap(person)) }
        }
        for key in ["issued", "published-print", "published-online", "published"] {
            if let date = dateParts(work[key]) { csl["issued"] = date; break }
        }
        return Item(cslJSON: csl)
    }

    private static func firstText(_ value: JSONValue?) -> String? {
        switch value {
        case .array(let list)?: return list.lazy.compactMap(\.text).first { !$0.isEmpty }
        case .string(let s)? where !s.isEmpty: return s
        default: return nil
        }
    }

    private static func person(_ value: JSONValue) -> JSONValue? {
        guard case .object(let o) = value else { return nil }
        var out: [String: JSONValue] = [:]
        for key in ["family", "given", "suffix", "non-dropping-particle", "dropping-particle"] {
            if let v = o[key]?.text, !v.isEmpty { out[key] = .string(v) }
        }
        if out.isEmpty, let name = o["name"]?.text { out["literal"] = .string(name) }
        return out.isEmpty ? nil : .object(out)
    }

    /// `{"date-parts": [[2015, 3]]}` with nulls and empty parts dropped.
    private static func dateParts(_ value: JSONValue?) -> JSONValue? {
        guard case .object(let o)? = value, case .array(let outer)? = o["date-parts"],
            case .array(let parts)? = outer.first
        else { return nil }
        let numbers = parts.compactMap(\.intValue)
        guard !numbers.isEmpty, numbers.count == parts.count else { return nil }
        return .object(["date-parts": .array([.array(numbers.map { .int($0) })])])
    }

    /// JATS abstracts carry `<jats:p>` and similar tags: keep their text.
    static func stripMarkup(_ text: String) -> String {
        var out = "", inTag = false
        for ch in text {
            if ch == "<" { inTag = true; continue }
            if ch == ">" { inTag = false; out.append(" "); continue }
            if !inTag { out.append(ch) }
        }
        return out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
