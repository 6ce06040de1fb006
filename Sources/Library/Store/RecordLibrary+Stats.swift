import Foundation
import GRDB

extension RecordLibrary {
    /// Counts over the library: records, identifiers, sources, cached look-ups, migrations, size.
    public func stats() throws -> LibraryStats {
        var stats = LibraryStats(path: path)
        try read { db in
            if let row = try Row.fetchOne(db, sql: """
                SELECT count(*) AS n, count(pmid) AS pmid, count(doi) AS doi, count(pmcid) AS pmcid, count(raw) AS raw FROM record
                """)
            {
                stats.records = row["n"]
                stats.withPMID = row["pmid"]
                stats.withDOI = row["doi"]
                stats.withPMCID = row["pmcid"]
                stats.withRaw = row["raw"]
            }
            stats.sources = try Row.fetchAll(db, sql: "SELECT sourceKind, count(*) AS n FROM record GROUP BY sourceKind ORDER BY sourceKind")
                .map { LibraryStats.SourceCount(kind: $0["sourceKind"], records: $0["n"]) }
            if let row = try Row.fetchOne(db, sql: "SELECT count(*) AS n, count(*) - count(answer) AS negative FROM lookup") {
                stats.lookups = row["n"]
                stats.negativeLookups = row["negative"]
            }
            stats.migrations = try Schema.migrator.appliedMigrations(db)
        }
        for file in [path, path + "-wal"] {
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.int64Value ?? 0
            stats.bytes += size
        }
        return stats
    }
}
