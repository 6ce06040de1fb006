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
        // A wider net than asked for, so that the year and author can reorder it; only the items
        // are read for that, and whole records (without their source bytes) only for the winners.
        let hits = try itemMatches(pattern, limit: max(limit * 4, 20))
        let year = item.year
        let family = item.author.first.flatMap { $0.family ?? $0.literal }.map { SearchText.plain($0).lowercased() }
        let ranked = hits.map { hit -> (id: String, score: Double) in
            var factor = 1.0
            if let year, hit.item.year == year { factor += 0.25 }
            if let family, let first = hit.item.author.first.flatMap({ $0.family ?? $0.literal }),
                SearchText.plain(first).lowercased() == family
            {
                factor += 0.25
            }
            return (hit.id, hit.rank * factor)
        }
        .sorted { $0.score != $1.score ? $0.score < $1.score : $0.id < $1.id }
        let wanted = ranked.map(\.id).filter { !seen.contains($0) }.prefix(limit - found.count)
        let records = try recordsWithoutSource(ids: Array(wanted))
        for id in wanted { keep(records[id]) }
        return found
    }

    /// The items matching an FTS5 pattern, with their rank, best first, ties by key.
    private func itemMatches(_ pattern: String, limit: Int) throws -> [(id: String, rank: Double, item: Item)] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT record.id, record.item, \(Schema.rankExpression) AS score
                    FROM record_search JOIN record ON record.number = record_search.rowid
                    WHERE record_search MATCH ?
                    ORDER BY score, record.id
                    LIMIT ?
                    """,
                arguments: [pattern, limit])
            let decoder = JSONDecoder()
            return try rows.map { row in
                let id: String = row["id"]
                do {
                    return (id, row["score"], try decoder.decode(Item.self, from: row["item"] as Data))
                } catch {
                    throw LibraryError.corruptRecord(path: path, id: id, reason: Self.words(error))
                }
            }
        }
    }

    /// Whole records by id, without their source bytes (a candidate needs its fields, not its XML).
    private func recordsWithoutSource(ids: [String]) throws -> [String: StoredRecord] {
        guard !ids.isEmpty else { return [:] }
        return try read { db in
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT \(Self.recordColumns.replacingOccurrences(of: "record.raw", with: "NULL AS raw")) FROM record WHERE id IN (\(marks))",
                arguments: StatementArguments(ids))
            var out: [String: StoredRecord] = [:]
            for row in rows {
                let record = try decode(row)
                out[row["id"]] = record
            }
            return out
        }
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
