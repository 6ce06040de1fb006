import Bibliography
import Foundation
import GRDB

extension RecordLibrary {
    /// Finds the records of one work and, unless `dryRun`, merges each cluster into one record in
    /// one transaction (``RecordMerger``: every identifier, the richest fields, the list of sources).
    ///
    /// Records sharing a PMID, DOI or PMCID without a conflicting one are one work. Other pairs come
    /// from the title words (a record without a PMID against every record sharing half of its title
    /// words; two records with PMIDs are one work only by their PMID) and are scored by
    /// ``DuplicateScorer``; pairs at or above its threshold join clusters best first, and two
    /// clusters are joined only when every record of one may be the same work as every record of
    /// the other (so never two DOIs, PMIDs or PMCIDs in one cluster). Running it again finds nothing.
    public func dedupe(dryRun: Bool) throws -> DedupeReport {
        if dryRun { return try read { db in try self.findClusters(db, dryRun: true) } }
        return try write { db in
            let report = try self.findClusters(db, dryRun: false)
            let writer = try RowWriter(db, path: self.path)
            for cluster in report.clusters { try self.mergeCluster(cluster, with: writer) }
            return report
        }
    }

    /// The light columns of a row, enough to propose pairs.
    private struct Light {
        var number: Int64
        var key: String
        var identity: RecordIdentity
        var words: [String]
    }

    private func findClusters(_ db: Database, dryRun: Bool) throws -> DedupeReport {
        var rows: [Light] = []
        let cursor = try Row.fetchCursor(db, sql: "SELECT number, id, pmid, doi, pmcid, title FROM record ORDER BY id")
        while let row = try cursor.next() {
            let title: String = row["title"]
            rows.append(Light(
                number: row["number"], key: row["id"],
                identity: RecordIdentity(pmid: row["pmid"], doi: row["doi"], pmcid: row["pmcid"]),
                words: Array(Set(WorkText.words(title).filter { $0.count >= 3 && !SearchText.stopWords.contains($0) })).sorted()))
        }
        var pairs: [(a: Int, b: Int, score: Double, evidence: Double, basis: String)] = []
        var proposed = Set<[Int]>()
        func propose(_ a: Int, _ b: Int) -> Bool {
            a != b && !rows[a].identity.conflicts(with: rows[b].identity) && proposed.insert([min(a, b), max(a, b)]).inserted
        }
        // Shared identifiers.
        for (column, value) in [("pmid", \RecordIdentity.pmid), ("doi", \.doi), ("pmcid", \.pmcid)] {
            var groups: [String: [Int]] = [:]
            for (i, row) in rows.enumerated() { if let v = row.identity[keyPath: value] { groups[v, default: []].append(i) } }
            for group in groups.values where group.count > 1 {
                for x in group.indices { for y in group.indices where y > x && propose(group[x], group[y]) {
                    pairs.append((group[x], group[y], 1, 1, column))
                } }
            }
        }
        // Title words: a record without a PMID against those sharing half its words.
        var postings: [String: [Int]] = [:]
        for (i, row) in rows.enumerated() { for word in row.words { postings[word, default: []].append(i) } }
        var features: [Int: WorkFeatures] = [:]
        func featuresOf(_ i: Int) throws -> WorkFeatures {
            if let f = features[i] { return f }
            let f = try loadFeatures(db, number: rows[i].number, key: rows[i].key, identity: rows[i].identity)
            features[i] = f
            return f
        }
        for (i, row) in rows.enumerated() where row.identity.pmid == nil && !row.words.isEmpty {
            var shared: [Int: Int] = [:]
            for word in row.words {
                guard let list = postings[word], list.count <= Self.commonWordLimit else { continue }
                for j in list where j != i { shared[j, default: 0] += 1 }
            }
            for (j, count) in shared.sorted(by: { $0.key < $1.key }) where 2 * count >= min(row.words.count, rows[j].words.count) {
                guard propose(i, j) else { continue }
                let (fi, fj) = (try featuresOf(i), try featuresOf(j))
                let score = DuplicateScorer.score(fi, fj)
                if score >= DuplicateScorer.threshold {
                    pairs.append((min(i, j), max(i, j), score, DuplicateScorer.evidence(fi, fj), "fields"))
                }
            }
        }
        // Clusters, best pair first; of equal scores, the pair compared on more fields.
        pairs.sort { ($0.score, $0.evidence, rows[$1.a].key, rows[$1.b].key) > ($1.score, $1.evidence, rows[$0.a].key, rows[$0.b].key) }
        var builder = ClusterBuilder(count: rows.count)
        func compatible(_ x: Int, _ y: Int) throws -> Bool {
            if rows[x].identity.conflicts(with: rows[y].identity) { return false }
            if rows[x].identity.sharesIdentifier(with: rows[y].identity) { return true }
            return DuplicateScorer.mayBeOneWork(try featuresOf(x), try featuresOf(y))
        }
        var links: [Int: [DuplicateCluster.Link]] = [:]
        var accepted: [(Int, Int, DuplicateCluster.Link)] = []
        for pair in pairs where try builder.join(pair.a, pair.b, compatible: compatible) {
            accepted.append((pair.a, pair.b, DuplicateCluster.Link(
                a: rows[pair.a].key, b: rows[pair.b].key, score: (pair.score * 1000).rounded() / 1000, basis: pair.basis)))
        }
        var groups: [Int: [Int]] = [:]
        for (a, b, link) in accepted {
            links[builder.root(a), default: []].append(link)
            groups[builder.root(a), default: []].append(contentsOf: [a, b])
        }
        var clusters: [DuplicateCluster] = []
        for (root, indices) in groups {
            let members = try Array(Set(indices)).sorted().map { i -> RecordMerger.Member in
                guard let member = try loadMember(db, number: rows[i].number) else {
                    throw LibraryError.database(path: path, reason: "record \(rows[i].key) vanished while deduplicating")
                }
                return member
            }
            let key = try RecordMerger.merge(members).map { try EncodedRecord($0.stored).id } ?? rows[root].key
            clusters.append(DuplicateCluster(
                key: key,
                members: members.map { m in
                    DuplicateCluster.Member(
                        key: m.key, item: m.stored.record.item.idString, kind: m.stored.source.kind, origin: m.stored.source.origin,
                        title: m.stored.record.item.title ?? "", year: m.stored.record.item.year, sources: m.stored.mergedFrom)
                }.sorted { $0.key < $1.key },
                links: links[root] ?? []))
        }
        clusters.sort { $0.members[0].key < $1.members[0].key }
        return DedupeReport(path: path, records: rows.count, clusters: clusters, dryRun: dryRun)
    }

    /// Title words in more records than this do not propose pairs (they say little about a work).
    static let commonWordLimit = 2000

    private func loadFeatures(_ db: Database, number: Int64, key: String, identity: RecordIdentity) throws -> WorkFeatures {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT item, metadata FROM record WHERE number = ?"), arguments: [number]) else {
            throw LibraryError.database(path: path, reason: "record \(key) vanished while deduplicating")
        }
        do {
            let decoder = JSONDecoder()
            let item = try decoder.decode(Item.self, from: row["item"] as Data)
            let metadata = try decoder.decode(RecordMetadata.self, from: row["metadata"] as Data)
            return WorkFeatures(Record(item: item, metadata: metadata), identity: identity)
        } catch {
            throw LibraryError.corruptRecord(path: path, id: key, reason: Self.words(error))
        }
    }

    private func loadMember(_ db: Database, number: Int64) throws -> RecordMerger.Member? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT \(Self.recordColumns) FROM record WHERE number = ?"), arguments: [number]) else {
            return nil
        }
        return RecordMerger.Member(stored: try decode(row), key: row["id"])
    }

    /// Merges a cluster's rows into the row of its strongest record, inside the caller's transaction.
    private func mergeCluster(_ cluster: DuplicateCluster, with writer: RowWriter) throws {
        var members: [(RecordMerger.Member, Int64)] = []
        for member in cluster.members {
            guard let number = try writer.owner(of: member.key), let loaded = try writer.load(number: number) else { continue }
            members.append((loaded, number))
        }
        guard members.count > 1, let (merged, sources) = RecordMerger.merge(members.map(\.0)) else { return }
        let encoded = try EncodedRecord(merged, sources: sources)
        let primary = members.first { $0.0.key == encoded.id }?.1 ?? members.first { $0.0.key == RecordMerger.order(members.map(\.0))[0].key }?.1 ?? members[0].1
        for (_, number) in members where number != primary { try writer.delete(number: number) }
        var row = encoded
        row.id = try writer.freeKey(encoded.keys, for: primary)
        try writer.update(row, number: primary)
    }
}
