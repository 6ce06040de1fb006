import Bibliography
import Foundation

extension Record {
    /// A record from a CSL-JSON item, with the indexing facts CSL-JSON has no variable for read
    /// from the item's `custom` object:
    ///
    /// ```json
    /// "custom": {
    ///   "publication-types": ["Journal Article", "Review"],
    ///   "mesh": ["Collagen/physiology", "Rabbits", "Tendons/drug effects*"],
    ///   "author-list-incomplete": true
    /// }
    /// ```
    /// `mesh` uses PubMed notation (`Heading/Qualifier`, `*` after a major topic). Keywords come
    /// from the standard CSL `keyword` variable (comma- or semicolon-separated). `PMID` and `DOI`
    /// go to the metadata's identifiers too, so a CSL-JSON record is checked like a PubMed one.
    public static func fromCSLJSON(_ item: Item) -> Record {
        var m = RecordMetadata(source: "csl-json")
        m.pmid = item.pmid.flatMap(Identifiers.normalizedPMID)
        m.publicationTypes = item.custom("publication-types").map(stringList)?.map { PublicationType(name: $0) } ?? []
        m.meshHeadings = item.custom("mesh").map(stringList)?.compactMap(MeshNotation.parse) ?? []
        if let keywords = item.string("keyword") {
            m.keywords = keywords.split(whereSeparator: { $0 == "," || $0 == ";" })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                .map { Keyword(text: $0) }
        }
        if let doi = item.doi { m.articleIDs.append(ArticleID(type: "doi", value: doi)) }
        return Record(item: item, metadata: m)
    }

    private static func stringList(_ value: JSONValue) -> [String] {
        switch value {
        case .array(let a): return a.compactMap(\.text)
        case .string(let s): return [s]
        default: return []
        }
    }
}

/// PubMed's MeSH notation, `Heading/Qualifier*`.
enum MeshNotation {
    static func parse(_ text: String) -> MeshHeading? {
        var s = text.trimmingCharacters(in: .whitespaces)
        guard !s.isEmpty else { return nil }
        let major = s.hasSuffix("*")
        if major { s.removeLast() }
        let parts = s.split(separator: "/", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let head = parts.first, !head.isEmpty else { return nil }
        if parts.count == 2, !parts[1].isEmpty {
            return MeshHeading(descriptor: MeshTerm(name: head), qualifiers: [MeshTerm(name: parts[1], majorTopic: major)])
        }
        return MeshHeading(descriptor: MeshTerm(name: head, majorTopic: major))
    }
}
