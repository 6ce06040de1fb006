import Foundation
import Library

/// Pairwise precision and recall of found clusters against the truth.
enum Scorer {
    /// A record as the truth names it: the file's name and the item's id.
    struct Ref: Hashable, Comparable {
        var file: String
        var id: String
        static func < (a: Ref, b: Ref) -> Bool { (a.file, a.id) < (b.file, b.id) }
    }

    /// The clusters of a `cite library dedupe --dry-run --format json` report (members merged
    /// before count by the records they were merged from).
    static func clusters(report url: URL) throws -> [[Ref]] {
        let report = try JSONDecoder().decode(DedupeReport.self, from: Data(contentsOf: url))
        return report.clusters.map { cluster in
            cluster.members.flatMap { member in
                member.sources.map { $0.map { Ref(file: name($0.origin), id: $0.item) } } ?? [Ref(file: name(member.origin), id: member.item)]
            }
        }
    }

    /// The clusters a library's imports made: every record merged from several.
    static func clusters(library path: String) throws -> [[Ref]] {
        let library = try RecordLibrary(path: path)
        var clusters: [[Ref]] = []
        try library.exportRecords { stored in
            if let sources = stored.mergedFrom, sources.count > 1 { clusters.append(sources.map { Ref(file: name($0.origin), id: $0.item) }) }
        }
        return clusters
    }

    private static func name(_ origin: String) -> String { URL(fileURLWithPath: origin).lastPathComponent }

    static func score(truth: Truth, clusters: [[Ref]]) throws {
        var work: [Ref: Int] = [:]
        var kind: [Int: String] = [:]
        for entry in truth.entries {
            work[Ref(file: entry.file, id: entry.id)] = entry.work
            kind[entry.work] = entry.kind
        }
        func pairs(_ groups: [[Ref]]) -> Set<[Ref]> {
            var out = Set<[Ref]>()
            for group in groups {
                let members = Array(Set(group)).sorted()
                for i in members.indices { for j in members.indices where j > i { out.insert([members[i], members[j]]) } }
            }
            return out
        }
        let truthGroups = Dictionary(grouping: work.keys, by: { work[$0] ?? -1 }).values.map { Array($0) }
        let expected = pairs(truthGroups)
        let found = pairs(clusters)
        let right = found.intersection(expected)
        let unknown = Set(clusters.joined()).subtracting(work.keys)
        let precision = found.isEmpty ? 1 : Double(right.count) / Double(found.count)
        let recall = expected.isEmpty ? 1 : Double(right.count) / Double(expected.count)
        let duplicateClusters = truthGroups.filter { $0.count > 1 }
        let foundSets = Set(clusters.map { Set($0) })
        let whole = duplicateClusters.filter { foundSets.contains(Set($0)) }.count
        let wrong = found.subtracting(expected).sorted { $0[0] < $1[0] }
        print("records \(work.count), works \(Set(work.values).count), duplicate clusters \(duplicateClusters.count)")
        print("pairs: expected \(expected.count), found \(found.count), right \(right.count)")
        print(String(format: "precision %.4f  recall %.4f", precision, recall))
        print("duplicate clusters found exactly: \(whole) of \(duplicateClusters.count)")
        print("distinct works merged (wrong pairs): \(wrong.count)")
        for pair in wrong.prefix(20) {
            let a = pair[0], b = pair[1]
            print("  wrong: \(a.file)#\(a.id) (\(kind[work[a] ?? -1] ?? "?")) = \(b.file)#\(b.id) (\(kind[work[b] ?? -1] ?? "?"))")
        }
        let missed = expected.subtracting(found).sorted { $0[0] < $1[0] }
        for pair in missed.prefix(20) { print("  missed: \(pair[0].file)#\(pair[0].id) = \(pair[1].file)#\(pair[1].id) (\(kind[work[pair[0]] ?? -1] ?? "?"))") }
        if !unknown.isEmpty { print("records not in the truth: \(unknown.count)") }
    }
}
