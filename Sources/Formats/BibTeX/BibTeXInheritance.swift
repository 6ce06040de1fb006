/// Data inheritance between entries: BibTeX `crossref` and biblatex `crossref` (missing fields come
/// from the parent; a book-like parent's title becomes the child's `booktitle`) and biblatex
/// `xdata` (the fields of the named `@xdata` entries, recursively). biblatex `xref` links without
/// inheriting data, so it is kept as a relation only.
enum BibTeXInheritance {
    /// Fields a child never inherits (biblatex manual §B.1).
    static let notInherited: Set<String> = [
        "ids", "crossref", "xref", "xdata", "entryset", "entrysubtype", "execute", "label", "options", "presort",
        "related", "relatedoptions", "relatedstring", "relatedtype", "shorthand", "shorthandintro", "sortkey",
    ]

    /// Parent types whose title is the child's book title, and the child types that take it so.
    static let bookParents: Set<String> = ["book", "mvbook", "collection", "mvcollection", "proceedings", "mvproceedings", "reference", "mvreference", "periodical"]
    static let partChildren: Set<String> = ["inbook", "bookinbook", "suppbook", "incollection", "suppcollection", "inproceedings", "inreference", "conference", "article", "suppperiodical"]

    /// Resolves inheritance in place; returns the keys that could not be found, with the entry naming them.
    static func resolve(_ entries: inout [BibTeXEntry]) -> [(entry: Int, field: String, key: String)] {
        var index: [String: Int] = [:]
        for (k, e) in entries.enumerated() where index[e.key] == nil {
            index[e.key] = k
            if index[e.key.lowercased()] == nil { index[e.key.lowercased()] = k }
        }
        func find(_ key: String) -> Int? { index[key] ?? index[key.lowercased()] }
        var missing: [(Int, String, String)] = []
        var resolved = Array(repeating: false, count: entries.count)
        var visiting = Array(repeating: false, count: entries.count)

        func resolveEntry(_ k: Int) {
            if resolved[k] || visiting[k] { return }
            visiting[k] = true
            defer { visiting[k] = false; resolved[k] = true }
            // xdata first: its fields count as the entry's own.
            if let xdata = entries[k]["xdata"] {
                for key in xdata.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !key.isEmpty {
                    guard let p = find(key) else { missing.append((k, "xdata", key)); continue }
                    resolveEntry(p)
                    for field in entries[p].fields where !notInherited.contains(field.name) && entries[k][field.name] == nil {
                        entries[k].fields.append(field)
                    }
                }
            }
            if let crossref = entries[k]["crossref"]?.trimmingCharacters(in: .whitespaces), !crossref.isEmpty {
                guard let p = find(crossref) else { missing.append((k, "crossref", crossref)); return }
                resolveEntry(p)
                let parent = entries[p]
                let titled = bookParents.contains(parent.type) && partChildren.contains(entries[k].type)
                for field in parent.fields where !notInherited.contains(field.name) {
                    var name = field.name
                    if titled {
                        let isMulti = parent.type.hasPrefix("mv")
                        switch name {
                        case "title": name = parent.type == "periodical" ? "journaltitle" : (isMulti ? "maintitle" : "booktitle")
                        case "subtitle": name = parent.type == "periodical" ? "journalsubtitle" : (isMulti ? "mainsubtitle" : "booksubtitle")
                        case "titleaddon": name = isMulti ? "maintitleaddon" : "booktitleaddon"
                        case "shorttitle", "sorttitle", "indextitle", "indexsorttitle": continue
                        case "author" where ["inbook", "bookinbook", "suppbook"].contains(entries[k].type): name = "bookauthor"
                        default: break
                        }
                    }
                    if entries[k][name] == nil { entries[k].fields.append((name, field.value)) }
                }
            }
        }
        for k in entries.indices { resolveEntry(k) }
        return missing
    }
}
