import Bibliography
import Foundation
import Testing

@testable import Library

@Suite("Library: full-text search and candidates")
struct SearchTests {
    @Test("a word in the title ranks above the same word in an abstract, however often it is there")
    func titleHitFirst() throws {
        try TestLibrary.withLibrary { (library: RecordLibrary, _: URL) throws in
            try library.add([
                TestLibrary.article(pmid: "1", title: "Outcomes of knee injections", abstract: "Fibroblast counts rose. Fibroblast density and fibroblast activity were measured."),
                TestLibrary.article(pmid: "2", title: "Fibroblast proliferation after dextrose injection", abstract: "We measured outcomes."),
                TestLibrary.article(pmid: "3", title: "Unrelated trial", abstract: "Nothing to see."),
            ])
            let hits = try library.search("fibroblast", limit: 10)
            #expect(hits.map(\.id) == ["pmid:2", "pmid:1"])
            #expect(hits[0].rank < hits[1].rank)
            // Every word must match; stemming finds "injections" for "injection".
            #expect(try library.search("knee injection", limit: 10).map(\.id) == ["pmid:1"])
            // FTS5 syntax in a query is read as plain words, never as an error.
            #expect(try library.search("\"fibroblast* AND (", limit: 10).map(\.id) == ["pmid:2", "pmid:1"])
            #expect(try library.search("  ", limit: 10).isEmpty)
            #expect(try library.search("fibroblast", limit: 1).map(\.id) == ["pmid:2"])
        }
    }

    @Test("equal ranks are ordered by key")
    func tiesByID() throws {
        try TestLibrary.withLibrary { (library: RecordLibrary, _: URL) throws in
            try library.add(["9", "10", "8"].map { TestLibrary.article(pmid: $0, title: "Identical title about tendons") })
            #expect(try library.search("tendons", limit: 10).map(\.id) == ["pmid:10", "pmid:8", "pmid:9"])
        }
    }

    @Test("candidates are found by DOI, by PMID, and by title words when the reference has no identifier")
    func candidates() throws {
        try TestLibrary.withLibrary { (library: RecordLibrary, _: URL) throws in
            _ = try library.importFile(TestLibrary.medline)
            let target = try #require(try library.record(id: "pmid:26702392"))
            let title = try #require(target.record.item.title)

            var byDOI = Item(id: "ref")
            byDOI.doi = try #require(target.record.item.doi).uppercased()
            #expect(try library.candidates(for: byDOI, limit: 3).first?.id == "pmid:26702392")

            var byPMID = Item(id: "ref")
            byPMID.pmid = "26702392"
            #expect(try library.candidates(for: byPMID, limit: 3).map(\.id) == ["pmid:26702392"])

            // A citation's title as typed: a word dropped, another misspelt, no identifier.
            var words = title.split(separator: " ").map(String.init)
            words.remove(at: 2)
            words[words.count - 2] = String(words[words.count - 2].dropLast())
            var byTitle = Item(id: "ref")
            byTitle.title = words.joined(separator: " ")
            byTitle.issued = target.record.item.issued
            byTitle.author = Array(target.record.item.author.prefix(1))
            let found = try library.candidates(for: byTitle, limit: 5)
            #expect(found.first?.id == "pmid:26702392")
            #expect(found.count == 5)
            #expect(Set(found.compactMap(\.id)).count == 5)
        }
    }

    @Test("a page's candidates from a memo are the records a lookup of each reference finds, in its order, before and after the memo has them")
    func memoisedCandidates() throws {
        try TestLibrary.withLibrary { (library: RecordLibrary, _: URL) throws in
            _ = try library.importFile(TestLibrary.medline)
            let target = try #require(try library.record(id: "pmid:26702392"))
            var byTitle = Item(id: "ref-1")
            byTitle.title = target.record.item.title
            byTitle.issued = target.record.item.issued
            var byPMID = Item(id: "ref-2")
            byPMID.pmid = "26702392"
            var again = byTitle
            again.id = .string("ref-3")  // the same lookup under another reference's id
            let items = [byTitle, byPMID, again, Item(id: "ref-4")]
            let direct = try items.map { try library.candidates(for: $0, limit: 5) }
            #expect(direct[0].count == 5)
            let memo = CandidateMemo()
            // The first call looks every reference up; the second answers from the memo by key.
            for _ in 0..<2 {
                let found = try library.candidates(for: items, limit: 5, memo: memo)
                #expect(found.map { $0.map(\.id) } == direct.map { $0.map(\.id) })
                #expect(found.map { $0.map(\.record) } == direct.map { $0.map(\.record) })
                // Without source bytes, remembered or not.
                #expect(found.joined().allSatisfy { $0.raw == nil })
            }
            #expect(memo.ids(for: CandidateMemo.Key(byTitle, limit: 5)) == direct[0].compactMap(\.id))
            // Another limit is another lookup.
            #expect(memo.ids(for: CandidateMemo.Key(byTitle, limit: 4)) == nil)
        }
    }
}
