import Foundation
import Testing
@testable import PubMed

/// Parses every file of `../shared/pubmed/MANIFEST.tsv` and checks its counts against the manifest.
@Suite("Every real file in ../shared/pubmed")
struct ManifestTests {
    struct Row {
        var file: String
        var root: String
        var articles: Int
        var books: Int
        var deletions: Int
        var bareCitations: Int
        var notes: String
    }

    static func rows() throws -> [Row] {
        guard let shared = Fixtures.sharedPubMed else { return [] }
        let text = try String(contentsOf: shared.appendingPathComponent("MANIFEST.tsv"), encoding: .utf8)
        var lines = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        let header = lines.removeFirst()
        func column(_ name: String) -> Int { header.firstIndex(of: name) ?? 0 }
        return lines.compactMap { f in
            guard f.count == header.count, f[column("root")] != "DTD" else { return nil }
            return Row(
                file: f[column("file")], root: f[column("root")],
                articles: Int(f[column("n_PubmedArticle")]) ?? 0, books: Int(f[column("n_PubmedBookArticle")]) ?? 0,
                deletions: Int(f[column("n_DeleteCitation_PMIDs")]) ?? 0,
                bareCitations: Int(f[column("n_bare_MedlineCitation")]) ?? 0, notes: f[column("notes")])
        }
    }

    @Test("record, book and deletion counts match MANIFEST.tsv for every file",
          .enabled(if: Fixtures.sharedPubMed != nil, "../shared/pubmed is absent"))
    func counts() throws {
        let shared = try #require(Fixtures.sharedPubMed)
        let rows = try Self.rows()
        #expect(rows.count > 200)
        let results = ParallelMap.map(rows.map(\.file)) { PubMedReader.read(contentsOf: shared.appendingPathComponent($0)) }
        for (row, result) in zip(rows, results) {
            #expect(result.error == nil, "\(row.file): \(String(describing: result.error))")
            #expect(result.articles.count == row.articles + row.bareCitations, "\(row.file)")
            #expect(result.books.count == row.books, "\(row.file)")
            #expect(result.deletedPMIDs.count == row.deletions, "\(row.file)")
            // Every record carries its PMID and is a whole record.
            #expect(result.records.allSatisfy { $0.item.pmid != nil }, "\(row.file)")
        }
    }

    @Test("the deliberately empty efetch answer gives zero records and no error",
          .enabled(if: Fixtures.sharedPubMed != nil, "../shared/pubmed is absent"))
    func emptySet() throws {
        let rows = try Self.rows().filter { $0.notes.hasPrefix("EMPTY") }
        #expect(!rows.isEmpty)
        for row in rows {
            let result = PubMedReader.read(contentsOf: try #require(Fixtures.sharedPubMed).appendingPathComponent(row.file))
            #expect(result.error == nil)
            #expect(result.records.isEmpty)
        }
    }
}

@Suite("cite stats counting agrees with the reader")
struct StatsAgreementTests {
    /// Counts from the full mapping, entry by entry.
    static func readerCounts(_ url: URL) -> PubMedStats {
        var stats = PubMedStats()
        let result = PubMedReader.read(contentsOf: url)
        for record in result.articles { stats.add(.article(record)) }
        for record in result.books { stats.add(.book(record)) }
        if !result.deletedPMIDs.isEmpty { stats.add(.deleted(result.deletedPMIDs)) }
        return stats
    }

    static func expectSame(_ url: URL) {
        let reader = readerCounts(url)
        let counted = PubMedStats.measure(contentsOf: url)
        let name = url.lastPathComponent
        #expect(counted.errors.isEmpty, "\(name): \(counted.errors)")
        #expect(counted.articles == reader.articles, "\(name)")
        #expect(counted.books == reader.books, "\(name)")
        #expect(counted.deletions == reader.deletions, "\(name)")
        #expect(counted.withAbstract == reader.withAbstract, "\(name)")
        #expect(counted.withDOI == reader.withDOI, "\(name)")
        #expect(counted.retracted == reader.retracted, "\(name)")
        #expect(counted.publicationTypes == reader.publicationTypes, "\(name)")
    }

    @Test("on every fixture file")
    func fixtures() throws {
        let root = Fixtures.url("real")
        let files = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "xml" || $0.pathExtension == "gz" }
        #expect(files.count > 15)
        for url in files { Self.expectSame(url) }
    }

    @Test("on every file of MANIFEST.tsv", .enabled(if: Fixtures.sharedPubMed != nil, "../shared/pubmed is absent"))
    func manifest() throws {
        let shared = try #require(Fixtures.sharedPubMed)
        for row in try ManifestTests.rows() { Self.expectSame(shared.appendingPathComponent(row.file)) }
    }
}
