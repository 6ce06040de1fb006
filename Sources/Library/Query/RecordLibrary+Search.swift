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
        try read { db in try candidates(for: item, limit: limit, in: db) }
    }

    /// ``candidates(for:limit:)`` of each item, in order, from one snapshot of the library; a lookup
    /// `memo` has made before is answered by reading its records by key (no full-text query), and
    /// the others are made and remembered. The records come without their source bytes and merge
    /// history (a candidate needs its fields), whether remembered or not.
    public func candidates(for items: [Item], limit: Int, memo: CandidateMemo) throws -> [[StoredRecord]] {
        let keys = items.map { CandidateMemo.Key($0, limit: limit) }
        let remembered = keys.map { memo.ids(for: $0) }
        return try read { db in
            var known: [String: StoredRecord] = [:]
            let ids = Array(Set(remembered.compactMap { $0 }.joined())).sorted()
            for start in stride(from: 0, to: ids.count, by: 500) {
                known.merge(try recordsWithoutSource(ids: Array(ids[start..<min(start + 500, ids.count)]), in: db)) { first, _ in first }
            }
            return try items.indices.map { index in
                if let ids = remembered[index] {
                    let found = ids.compactMap { known[$0] }
                    // A record removed meanwhile: look the reference up again.
                    if found.count == ids.count { return found }
                }
                let found = try candidates(for: items[index], limit: limit, in: db).map { record in
                    var candidate = record
                    candidate.raw = nil
                    candidate.mergedFrom = nil
                    return candidate
                }
                memo.store(found.compactMap(\.id), for: keys[index])
                return found
            }
        }
    }

    private func candidates(for item: Item, limit: Int, in db: Database) throws -> [StoredRecord] {
        guard limit > 0 else { return [] }
        var found: [StoredRecord] = []
        var seen = Set<String>()
        func keep(_ record: StoredRecord?) {
            guard let record, let id = record.id, found.count < limit, seen.insert(id).inserted else { return }
            found.append(record)
        }
        if let pmid = item.pmid.flatMap(Identifiers.normalizedPMID) { keep(try records(pmids: [pmid], in: db)[pmid]) }
        if let doi = item.doi.flatMap(Identifiers.normalizedDOI) { keep(try first(column: "doi", value: doi, in: db)) }
        if let pmcid = item.pmcid.flatMap(Identifiers.normalizedPMCID) { keep(try first(column: "pmcid", value: pmcid, in: db)) }
        let words = SearchText.words(item.title ?? "")
        guard found.count < limit, !words.isEmpty else { return found }

        let pattern = "{title} : (" + words.map { "\"\($0)\"" }.joined(separator: " OR ") + ")"
        // A wider net than asked for, so that the year and author can reorder it; only the year and
        // author columns are read for that (no JSON), and whole records (without their source bytes)
        // only for the winners.
        let hits = try rankedMatches(pattern, limit: max(limit * 4, 20), in: db)
        let year = item.year
        let family = item.author.first.flatMap { $0.family ?? $0.literal }.map { SearchText.plain($0).lowercased() }
        let ranked = hits.map { hit -> (id: String, score: Double) in
            var factor = 1.0
            if let year, hit.year == year { factor += 0.25 }
            if let family, let first = hit.firstAuthor, SearchText.plain(first).lowercased() == family { factor += 0.25 }
            return (hit.id, hit.rank * factor)
        }
        .sorted { $0.score != $1.score ? $0.score < $1.score : $0.id < $1.id }
        let wanted = ranked.map(\.id).filter { !seen.contains($0) }.prefix(limit - found.count)
        let records = try recordsWithoutSource(ids: Array(wanted), in: db)
        for id in wanted { keep(records[id]) }
        return found
    }

    /// The records matching an FTS5 pattern, with their rank, year and first author's family name
    /// (from the `year` and `authors` columns), best first, ties by key.
    ///
    /// Ranked in two steps: every row the pattern matches is ranked on the search index and the
    /// record's leading columns (its key and year), and only the rows kept read `authors`, which
    /// SQLite stores after the record's JSON and source bytes (reaching it walks their overflow
    /// pages; an OR of a title's words matches hundreds of rows).
    private func rankedMatches(_ pattern: String, limit: Int, in db: Database) throws -> [(id: String, rank: Double, year: Int?, firstAuthor: String?)] {
        let ranked = try db.cachedStatement(sql: """
            SELECT record.number, record.id, record.year, \(Schema.rankExpression) AS score
            FROM record_search JOIN record ON record.number = record_search.rowid
            WHERE record_search MATCH ?
            ORDER BY score, record.id
            LIMIT ?
            """)
        let rows = try Row.fetchAll(ranked, arguments: [pattern, limit])
        let authors = try db.cachedStatement(sql: "SELECT authors FROM record WHERE number = ?")
        return try rows.map { row in
            // `authors` holds the family (or literal) names in order, joined by "; ".
            let names = try String.fetchOne(authors, arguments: [row["number"] as Int64]) ?? ""
            let first = names.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) }
            return (row["id"], row["score"], row["year"], first.flatMap { $0.isEmpty ? nil : $0 })
        }
    }

    /// Whole records by id, without their source bytes (a candidate needs its fields, not its XML);
    /// a record decoded before, with the same content digest, is not decoded again.
    private func recordsWithoutSource(ids: [String], in db: Database) throws -> [String: StoredRecord] {
        guard !ids.isEmpty else { return [:] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        let rows = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT id, digest, sourceKind, origin, fetchedAt, revised FROM record WHERE id IN (\(marks))"),
            arguments: StatementArguments(ids))
        var out: [String: StoredRecord] = [:]
        var missing: [String] = []
        for row in rows {
            let id: String = row["id"]
            guard let record = decoded.record(id: id, digest: row["digest"]) else {
                missing.append(id)
                continue
            }
            out[id] = Self.stored(record, row: row)
        }
        guard !missing.isEmpty else { return out }
        let more = Array(repeating: "?", count: missing.count).joined(separator: ", ")
        let full = try Row.fetchAll(
            db,
            sql: "SELECT \(Self.recordColumns.replacingOccurrences(of: "record.raw", with: "NULL AS raw")), record.digest FROM record WHERE id IN (\(more))",
            arguments: StatementArguments(missing))
        for row in full {
            let stored = try decode(row)
            decoded.store(stored.record, id: row["id"], digest: row["digest"])
            out[row["id"]] = stored
        }
        return out
    }

    /// A stored record from its decoded content and the row's source columns.
    private static func stored(_ record: DecodedRecord, row: Row) -> StoredRecord {
        let source = RecordSource(kind: row["sourceKind"], origin: row["origin"], fetchedAt: Date(timeIntervalSince1970: row["fetchedAt"]))
        var stored = StoredRecord(record: record, source: source)
        stored.revised = row["revised"]
        return stored
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
