import Bibliography
import Foundation

/// A deliberately small string → Item extraction for the matching benchmark, standing in for the
/// reference parser (ReferenceText) until it is merged: the coordinator swaps it for
/// `ReferenceParser` through `MatchingBenchmark.citedItem`.
///
/// Authors = the first segment, first author = its first name without initials; year = a
/// parenthesised or free four-digit year; journal, volume, issue and first page = the segment
/// holding `vol(issue):page` (or `vol, page`); title = the longest remaining segment.
enum HeuristicCitationParser {
    static func item(from raw: String, id: String, keepIdentifiers: Bool) -> Item {
        var item = Item(id: id)
        var text = dehyphenate(raw)
        if keepIdentifiers {
            if let doi = first(#"10\.\d{4,9}/[^\s]+"#, in: text) { item.doi = doi }
            if let pmid = group(#"PMID:?\s*(\d{1,9})"#, in: text) { item.pmid = pmid }
        }
        text = replace(#"\s*(doi|DOI)\s*:?\s*(10\.\d{4,9}/[^\s]+)?[\s.()]*$"#, in: text, with: "")
        text = replace(#"PMID:?\s*\d{1,9}\.?"#, in: text, with: "")
        text = text.trimmingCharacters(in: .whitespaces)
        if let y = group(#"\((\d{4})[a-z]?\)"#, in: text) ?? group(#"\b((?:19|20)\d{2})[a-z]?\b"#, in: text), let year = Int(y) {
            item.issued = DateValue(year: year)
        }
        let (authors, rest) = splitAuthors(text)
        if let surname = firstSurname(authors) { item.author = [Name(family: surname)] }
        var titleAndJournal = rest
        // The source: optional year, volume, optional issue, then pages after ':' or ','; the last one wins.
        let sourcePattern = #"(?:\b(?:19|20)\d{2}[a-z]?\s*[;,.]?\s*)?\b(\d+)\s*(?:\(([^)]*)\))?\s*[:,]\s*([A-Za-z]?\d+)"#
        if let r = regex(sourcePattern), let m = r.matches(in: rest, range: NSRange(rest.startIndex..., in: rest)).last,
            let whole = Range(m.range, in: rest)
        {
            let g = (1..<m.numberOfRanges).map { k in Range(m.range(at: k), in: rest).map { String(rest[$0]) } ?? "" }
            item.volume = g[0]
            if !g[1].isEmpty { item.issue = g[1] }
            item.page = g[2]
            titleAndJournal = String(rest[..<whole.lowerBound])
        }
        let (title, journal) = splitJournal(titleAndJournal)
        if !title.isEmpty { item.title = title }
        if let journal { item.containerTitle = journal }
        return item
    }

    /// The author block and the rest: the block ends at a parenthesised year, at Vancouver
    /// initials followed by '.' or ':' (`Demling L. `), or at a bare year after the names.
    static func splitAuthors(_ text: String) -> (String, String) {
        var ends: [Range<String.Index>] = []
        for p in [#"\s*\((?:19|20)\d{2}[a-z]?\)[.,:]?\s+"#,
                  #"(?:\s[A-Z]{1,3}|\bet al\.?)\s*[.:,]?\s*[.:]\s+(?![A-Z]{1,2}[.,])"#,
                  #"[.,]?\s(?:19|20)\d{2}[a-z]?[.,]?\s+(?=[A-Z0-9])"#,
                  #"\b[A-Z]\.\s*:\s+"#]
        {
            if let r = regex(p), let m = r.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)), let range = Range(m.range, in: text) {
                ends.append(range)
            }
        }
        let chosen = ends.min { $0.lowerBound < $1.lowerBound }
            ?? text.range(of: ". ")
        guard let chosen else { return ("", text) }
        var rest = String(text[chosen.upperBound...])
        rest = replace(#"^\(?(?:19|20)\d{2}[a-z]?\)?[.,:]?\s*"#, in: rest, with: "")
        return (String(text[..<chosen.lowerBound]), rest)
    }

    /// Separates the journal from the title: the journal is the trailing run after a sentence end
    /// whose words are all capitalised or short function words (`Cereb. Cortex`, `Journal of ...`).
    static func splitJournal(_ text: String) -> (String, String?) {
        let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: " ,.;:"))
        let chars = Array(trimmed)
        for i in chars.indices where (chars[i] == "." || chars[i] == "?" || chars[i] == "!") && i + 1 < chars.count && chars[i + 1] == " " {
            let head = String(chars[..<i]).trimmingCharacters(in: .whitespaces)
            let tail = String(chars[(i + 1)...]).trimmingCharacters(in: CharacterSet(charactersIn: " ,.;:"))
            guard head.filter(\.isLetter).count >= 8, !tail.isEmpty else { continue }
            let words = tail.split(whereSeparator: { $0 == " " || $0 == "." || $0 == "," })
            let journalLike = words.allSatisfy { w in
                w.first.map { $0.isUppercase || $0.isNumber || $0 == "&" || $0 == "(" } ?? true
                    || ["of", "and", "the", "in", "for", "on", "de", "et", "und", "der", "fur", "für"].contains(w.lowercased())
            }
            if journalLike { return (head, tail) }
        }
        return (trimmed, nil)
    }

    /// Joins words broken at a line end (`tox-\nicity`) and flattens line breaks.
    static func dehyphenate(_ raw: String) -> String {
        let joined = replace(#"(\p{Ll})-\s*\n\s*(\p{Ll})"#, in: raw, with: "$1$2")
        return joined.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "  ", with: " ")
    }

    static func firstSurname(_ authors: String) -> String? {
        let firstAuthor = authors.split(separator: ",").first.map(String.init) ?? authors
        var words = firstAuthor.split(separator: " ").map(String.init)
        // Drop trailing initials (`M`, `JA`, `J.A.`).
        while words.count > 1, let last = words.last, last.filter(\.isLetter).count <= 3, last.filter(\.isLetter).allSatisfy({ $0.isUppercase }) || last.count <= 2 {
            words.removeLast()
        }
        let s = words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " .,;:"))
        return s.isEmpty ? nil : s
    }

    // MARK: regex helpers

    static func regex(_ p: String) -> NSRegularExpression? { try? NSRegularExpression(pattern: p) }

    static func first(_ p: String, in s: String) -> String? {
        guard let r = regex(p), let m = r.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)), let range = Range(m.range, in: s) else { return nil }
        return String(s[range])
    }

    static func group(_ p: String, in s: String) -> String? { groups(p, in: s)?.first }

    static func groups(_ p: String, in s: String) -> [String]? {
        guard let r = regex(p), let m = r.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) else { return nil }
        return (1..<m.numberOfRanges).map { k in Range(m.range(at: k), in: s).map { String(s[$0]) } ?? "" }
    }

    static func replace(_ p: String, in s: String, with t: String) -> String {
        guard let r = regex(p) else { return s }
        return r.stringByReplacingMatches(in: s, range: NSRange(s.startIndex..., in: s), withTemplate: t)
    }
}
