import Bibliography
import Foundation
import GRDB

extension RecordLibrary {
    /// Records whose title, abstract, keywords, MeSH headings or authors hold every word of
    /// `query` (but for function words such as "the"), best first (bm25, a title word weighing most), ties in key order. Punctuation and
    /// FTS5 operators in `query` are read as word separators, so any text is a valid query.
    public func search(_ query: String, limit: Int) throws -> [SearchHit] {
        let tokens = SearchText.tokens(query)
        // Function words ("the", "and") are dropped unless the query has nothing else.
        let content = tokens.filter { !SearchText.stopWords.contains($0) }
        let words = content.isEmpty ? tokens : content
        guard !words.isEmpty, limit > 0 else { return [] }
        let pattern = words.map { "\"\($0)\"" }.joined(separator: " ")
        return try matches(pattern, limit: limit)
    }

    /// The records `cite check` scores for a reference: first those sharing its PMID, DOI or PMCID,
    /// then those whose title shares the most of its title's words (bm25 on the title; a record of
    /// the reference's year or with its first author's family name moves up), at most `limit` in all.
    public func candidates(for item: Item, limit: Int) throws -> [StoredRecord] {
        guard limit > 0 else { return [] }
        var found: [StoredRecord] = []
        var seen = Set<String>()
        func keep(_ record: StoredRecord?) {
            guard let record, let id = record.id, found.count < limit, seen.insert(id).inserted else { return }
            found.append(record)
        }
        if let pmid = item.pmid.flatMap(Identifiers.normalizedPMID) { keep(try records(pmids: [pmid])[pmid]) }
        if let doi = item.doi.flatMap(Identifiers.normalizedDOI) { keep(try record(doi: doi)) }
        if let pmcid = item.pmcid.flatMap(Identifiers.normalizedPMCID) { keep(try record(pmcid: pmcid)) }
        let words = SearchText.words(item.title ?? "")
        guard found.count < limit, !words.isEmpty else { return found }

        let pattern = "{title} : (" + words.map { "\"\($0)\"" }.joined(separator: " OR ") + ")"
        // A wider net than asked for, so that the year and author can reorder it.
        let hits = try matches(pattern, limit: max(limit * 4, 20))
        let year = item.year
        let family = item.author.first.flatMap { $0.family ?? $0.literal }.map { SearchText.plain($0).lowercased() }
        let ranked = hits.map { hit -> (hit: SearchHit, score: Double) in
            var factor = 1.0
            if let year, hit.record.record.item.year == year { factor += 0.25 }
            if let family, let first = hit.record.record.item.author.first.flatMap({ $0.family ?? $0.literal }),
                SearchText.plain(first).lowercased() == family
            {
                factor += 0.25
            }
            return (hit, hit.rank * factor)
        }
        .sorted { $0.score != $1.score ? $0.score < $1.score : $0.hit.id < $1.hit.id }
        for entry in ranked { keep(entry.hit.record) }
        return found
    }

    /// The records matching an FTS5 pattern, best first, ties by key.
    private func matches(_ pattern: String, limit: Int) throws -> [SearchHit] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.recordColumns), \(Schema.rankExpression) AS score
                    FROM record_search JOIN record ON record.number = record_search.rowid
                    WHERE record_search MATCH ?
                    ORDER BY score, record.id
                    LIMIT ?
                    """,
                arguments: [pattern, limit])
            return try rows.map { row in
                SearchHit(id: row["id"], rank: row["score"], record: try decode(row))
            }
        }
    }
}
