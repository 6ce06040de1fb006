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
