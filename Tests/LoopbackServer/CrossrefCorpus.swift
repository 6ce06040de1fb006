import Bibliography
import Foundation

/// The works the loopback server answers Crossref requests from: CSL-JSON items written as
/// Crossref work objects. An item without a DOI gets one under Crossref's test prefix 10.5555.
public struct CrossrefCorpus: Sendable {
    struct Work: Sendable {
        var doi: String
        var json: CSLValue
        var words: Set<String>
    }

    private(set) var works: [Work] = []
    private var document: [String: Int] = [:]   // word → works holding it

    public init(items: [Item] = []) {
        for item in items { add(item) }
    }

    public var count: Int { works.count }

    public mutating func add(_ item: Item) {
        let doi = (item.doi.flatMap(Identifiers.normalizedDOI) ?? "10.5555/\(item.idString)").lowercased()
        var json: [String: Any] = ["DOI": doi, "type": Self.crossrefType(item.type.rawValue)]
        if let t = item.title { json["title"] = [t] }
        if let c = item.containerTitle { json["container-title"] = [c] }
        if let c = item.containerTitleShort { json["short-container-title"] = [c] }
        for key in ["volume", "issue", "page", "publisher", "publisher-place", "abstract", "language"] {
            if let v = item.string(key) { json[key] = v }
        }
        if let isbn = item.isbn { json["ISBN"] = [isbn] }
        if let issn = item.issn { json["ISSN"] = [issn] }
        let people = item.author.map { n -> [String: Any] in
            var p: [String: Any] = ["sequence": "additional"]
            if let f = n.family { p["family"] = [n.nonDroppingParticle, f].compactMap { $0 }.joined(separator: " ") }
            if let g = n.given { p["given"] = g }
            if let l = n.literal { p["name"] = l }
            return p
        }
        if !people.isEmpty { json["author"] = people }
        if let parts = item.issued?.dateParts.first, !parts.isEmpty { json["issued"] = ["date-parts": [parts]] }
        var text = [item.title, item.containerTitle, item.containerTitleShort, item.volume, item.page,
                    item.year.map(String.init), item.publisher].compactMap { $0 }
        text += item.author.compactMap { $0.family ?? $0.literal }
        let words = Set(text.flatMap(TextKey.words))
        for w in words { document[w, default: 0] += 1 }
        let value = (try? JSONSerialization.data(withJSONObject: json)).flatMap { try? JSONDecoder().decode(CSLValue.self, from: $0) } ?? .null
        works.append(Work(doi: doi, json: value, words: words))
    }

    static func crossrefType(_ csl: String) -> String {
        switch csl {
        case "article-journal": return "journal-article"
        case "chapter": return "book-chapter"
        case "paper-conference": return "proceedings-article"
        case "book": return "book"
        case "report": return "report"
        case "thesis": return "dissertation"
        case "dataset": return "dataset"
        default: return "other"
        }
    }

    func work(doi: String) -> Work? {
        let d = doi.lowercased()
        return works.first { $0.doi == d }
    }

    /// Works ranked for a reference string: the summed rarity of the query words each holds
    /// (unnormalised, like Crossref's own scores).
    func query(_ text: String, rows: Int) -> [(Work, Double)] {
        let n = Double(max(works.count, 1))
        let query = Set(TextKey.words(text))
        var scored: [(Work, Double)] = []
        for work in works {
            var score = 0.0
            for w in query where work.words.contains(w) { score += log(1 + n / Double(document[w] ?? 1)) }
            if score > 0 { scored.append((work, score)) }
        }
        return Array(scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.doi < $1.0.doi }.prefix(rows))
    }
}
