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

    /// Resolves the inheritance of the entries at `targets` (positions in file order) in `entries`,
    /// which holds them and is given every parent it lacks through `load`; `keys` are the citation keys
    /// of all the file's entries, in file order. Returns the keys that could not be found, with the
    /// position of the entry naming them. Entries without `crossref` or `xdata` inherit nothing, so
    /// only those with one need be targets.
    static func resolve(
        keys: [String], entries: inout [Int: BibTeXEntry], targets: [Int], load: (Int) -> BibTeXEntry?
    ) -> [(entry: Int, field: String, key: String)] {
        var index: [String: Int] = [:]
        for (k, key) in keys.enumerated() where index[key] == nil {
            index[key] = k
            if index[key.lowercased()] == nil { index[key.lowercased()] = k }
        }
        func find(_ key: String) -> Int? { index[key] ?? index[key.lowercased()] }
        func entry(_ k: Int) -> BibTeXEntry? {
            if let e = entries[k] { return e }
            let e = load(k)
            entries[k] = e
            return e
        }
        var missing: [(Int, String, String)] = []
        var resolved: Set<Int> = []
        var visiting: Set<Int> = []

        func resolveEntry(_ k: Int) {
            if resolved.contains(k) || visiting.contains(k) { return }
            guard let own = entry(k) else { return }
            visiting.insert(k)
            defer { visiting.remove(k); resolved.insert(k) }
            // xdata first: its fields count as the entry's own.
            if let xdata = own["xdata"] {
                for key in xdata.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !key.isEmpty {
                    guard let p = find(key) else { missing.append((k, "xdata", key)); continue }
                    resolveEntry(p)
                    guard let parent = entry(p) else { continue }
                    for field in parent.fields where !notInherited.contains(field.name) && entries[k]?[field.name] == nil {
                        entries[k]?.fields.append(field)
                    }
                }
            }
            if let crossref = entries[k]?["crossref"]?.trimmingCharacters(in: .whitespaces), !crossref.isEmpty {
                guard let p = find(crossref) else { missing.append((k, "crossref", crossref)); return }
                resolveEntry(p)
                guard let parent = entry(p) else { return }
                let childType = own.type
                let titled = bookParents.contains(parent.type) && partChildren.contains(childType)
                for field in parent.fields where !notInherited.contains(field.name) {
                    var name = field.name
                    if titled {
                        let isMulti = parent.type.hasPrefix("mv")
                        switch name {
                        case "title": name = parent.type == "periodical" ? "journaltitle" : (isMulti ? "maintitle" : "booktitle")
                        case "subtitle": name = parent.type == "periodical" ? "journalsubtitle" : (isMulti ? "mainsubtitle" : "booksubtitle")
                        case "titleaddon": name = isMulti ? "maintitleaddon" : "booktitleaddon"
                        case "shorttitle", "sorttitle", "indextitle", "indexsorttitle": continue
                        case "author" where ["inbook", "bookinbook", "suppbook"].contains(childType): name = "bookauthor"
                        default: break
                        }
                    }
                    if entries[k]?[name] == nil { entries[k]?.fields.append((name, field.value)) }
                }
            }
        }
        for k in targets { resolveEntry(k) }
        return missing
    }
}
