import Bibliography

extension Item {
    /// The text of an ordinary or number variable, with CSL's short-form and alias fallbacks.
    func variable(_ name: String, short: Bool = false) -> String? {
        if short {
            switch name {
            case "title": if let v = nonEmpty("title-short") ?? nonEmpty("shortTitle") { return v }
            case "container-title":
                if let v = nonEmpty("container-title-short") ?? nonEmpty("journalAbbreviation") { return v }
            default: if let v = nonEmpty(name + "-short") { return v }
            }
        }
        if let v = nonEmpty(name) { return v }
        switch name {
        case "container-title-short": return nonEmpty("journalAbbreviation")
        case "title-short": return nonEmpty("shortTitle")
        default: return nil
        }
    }

    private func nonEmpty(_ key: String) -> String? {
        guard let v = fields[key]?.text, !v.isEmpty else { return nil }
        return v
    }

    /// A date variable, parsing a string date when the field was not a CSL-JSON date object.
    func date(_ name: String) -> DateValue? {
        if let d = dates[name] {
            if d.dateParts.isEmpty, d.literal == nil, let raw = d.raw { return DateParsing.parse(raw) ?? DateValue(literal: raw) }
            if d.dateParts.isEmpty && d.literal == nil && d.season == nil { return nil }
            return d
        }
        if let s = fields[name]?.text, !s.isEmpty { return DateParsing.parse(s) ?? DateValue(literal: s) }
        return nil
    }

    /// Whether the variable has a value (any kind).
    func hasVariable(_ name: String) -> Bool {
        if let n = names[name], !n.isEmpty { return true }
        if Item.dateVariables.contains(name) { return date(name) != nil }
        return variable(name) != nil
    }
}

/// Reads dates written as text ("2000-05-01", "2000/2001", "May 2000").
enum DateParsing {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func parse(_ raw: String) -> DateValue? {
        let s = raw.trimmingWhitespace()
        for sep in ["/", " - ", "--"] where s.contains(sep) {
            let halves = s.components(separatedBy: sep)
            if halves.count == 2, let a = single(halves[0]), let b = single(halves[1]) {
                return DateValue(dateParts: [a, b])
            }
        }
        if let p = single(s) { return DateValue(dateParts: [p]) }
        return nil
    }

    private static func single(_ s: String) -> [Int]? {
        let t = s.trimmingWhitespace()
        let dashed = t.split(separator: "-").map(String.init)
        if dashed.count <= 3, !dashed.isEmpty, dashed.allSatisfy({ Int($0) != nil }) {
            let n = dashed.compactMap { Int($0) }
            if n[0] > 31 || dashed[0].count == 4 { return n }
        }
        let words = t.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." }).map { String($0).lowercased() }
        var year: Int?
        var month: Int?
        var day: Int?
        for w in words {
            if let n = Int(w) {
                if n > 31 || w.count >= 3 { year = n } else { day = n }
            } else if let m = months.firstIndex(where: { w.hasPrefix($0) }) {
                month = m + 1
            } else {
                return nil
            }
        }
        guard let year else { return nil }
        var parts = [year]
        if let month {
            parts.append(month)
            if let day { parts.append(day) }
        }
        return parts
    }
}

import Foundation

extension Item {
    /// CSL variables that may be given as `name: value` lines in `note` (Zotero's "cheater syntax").
    static let noteVariables: Set<String> = [
        "abstract", "annote", "archive", "archive_location", "archive-place", "authority", "call-number",
        "chapter-number", "citation-label", "collection-number", "collection-title", "collection-title-short",
        "container-title", "container-title-short", "dimensions", "DOI", "edition", "event", "event-place",
        "event-title", "genre", "ISBN", "ISSN", "issue", "jurisdiction", "language", "license", "medium",
        "number", "number-of-pages", "number-of-volumes", "original-publisher", "original-publisher-place",
        "original-title", "page", "part-number", "PMCID", "PMID", "publisher", "publisher-place", "references",
        "reviewed-title", "scale", "section", "source", "status", "title-short", "URL", "version", "volume",
        "volume-title", "year-suffix",
    ]

    /// A name written in a `note` line: `Hall || W.C.` is family and given name, anything else a
    /// literal name (citeproc-js's "cheater syntax").
    static func noteName(_ value: String) -> Name {
        guard let bars = value.range(of: "||") else { return Name(literal: value) }
        let family = value[..<bars.lowerBound].trimmingWhitespace()
        let given = value[bars.upperBound...].trimmingWhitespace()
        return Name(family: family, given: given.isEmpty ? nil : given)
    }

    /// The item with variables read from `note` lines ("container-title: A Title") when it lacks them.
    func withNoteVariables() -> Item {
        guard let note = fields["note"]?.text, note.contains(":") else { return self }
        var copy = self
        var kept: [Substring] = []
        var changed = false
        // Name variables the item itself lacks, filled from note lines (one name a line).
        var namesFromNote: Set<String> = []
        for line in note.split(separator: "\n", omittingEmptySubsequences: false) {
            if let colon = line.firstIndex(of: ":") {
                let key = line[..<colon].trimmingWhitespace()
                let value = line[line.index(after: colon)...].trimmingWhitespace()
                if Item.nameVariables.contains(key), !value.isEmpty,
                   copy.names[key] == nil || namesFromNote.contains(key) {
                    // citeproc-js's cheater syntax for names: "Family || Given", else a literal name.
                    namesFromNote.insert(key)
                    copy.names[key, default: []].append(Item.noteName(value))
                    changed = true
                    continue
                }
                if Item.noteVariables.contains(key), !value.isEmpty {
                    if copy.fields[key] == nil { copy.fields[key] = .string(value) }
                    changed = true
                    continue
                }
                if Item.dateVariables.contains(key), !value.isEmpty, copy.dates[key] == nil {
                    copy.dates[key] = DateParsing.parse(value) ?? DateValue(literal: value)
                    changed = true
                    continue
                }
            }
            kept.append(line)
        }
        guard changed else { return self }
        let rest = kept.joined(separator: "\n").trimmingWhitespace(newlines: true)
        copy.fields["note"] = rest.isEmpty ? nil : .string(rest)
        return copy
    }
}
