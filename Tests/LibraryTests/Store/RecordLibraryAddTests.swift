import Bibliography
import Foundation
import Testing
import TestSupport

@testable import Library

@Suite("Library: adding records, identifiers, revisions")
struct RecordLibraryAddTests {
    @Test("an imported record is found by each identifier form: pmid:, bare PMID, DOI in any case or URL form, PMCID")
    func getByEachIdentifier() throws {
        try TestLibrary.withLibrary { (library: RecordLibrary, _: URL) throws in
            let file = PackagePaths.fixture("pubmed/real/biopython/pubmed5.xml")
            #expect(try library.importFile(file) == ImportSummary(added: 1))
            #expect(try library.importFile(TestLibrary.efetchSample) == ImportSummary(added: 10))
            for form in ["pmid:28775130", "28775130", "PMID: 28775130", "doi:10.1136/OEMED-2017-104431",
                         "https://doi.org/10.1136/oemed-2017-104431", "10.1136/oemed-2017-104431", "pmcid:PMC5771820", "PMC5771820"]
            {
                let found = try library.record(id: form)
                #expect(found?.id == "pmid:28775130", "\(form)")
                #expect(found?.record.item.title?.hasPrefix("Occupational pesticide exposure and subclinical hypothyroidism") == true, "\(form)")
            }
            #expect(try library.record(doi: "DOI: 10.1136/OEMED-2017-104431.")?.id == "pmid:28775130")
            #expect(try library.record(pmcid: "5771820")?.id == "pmid:28775130")
            #expect(try library.records(pmids: ["28775130", "pmid:27483622", "1"]).keys.sorted() == ["27483622", "28775130"])
            #expect(try library.record(id: "pmid:1") == nil)
            #expect(throws: LibraryError.invalidIdentifier("not an id")) { try library.record(id: "not an id") }
            let stored = try #require(try library.record(id: "pmid:28775130"))
            #expect(stored.source.kind == "pubmed-xml")
            #expect(stored.source.origin == file.relativePath)
            #expect(stored.revised == "2018-04-25")
            #expect(stored.record.metadata.keywords.isEmpty == false)
            #expect(stored.record.metadata.pmid == "28775130")
        }
    }

    @Test("adding the same files again adds nothing: every record is unchanged")
    func secondAddAddsNothing() throws {
        try TestLibrary.withLibrary { (library: RecordLibrary, _: URL) throws in
            var first = ImportSummary()
            for file in TestLibrary.smallFiles { first = first + (try library.importFile(file)) }
            let count = try library.stats().records
            #expect(first.added == count)
            var second = ImportSummary()
            for file in TestLibrary.smallFiles { second = second + (try library.importFile(file)) }
            #expect(second.added == 0)
            #expect(second.replaced == 0)
            #expect(second.unchanged == first.records - first.skipped)
            #expect(try library.stats().records == count)
        }
    }

    @Test("a newer revision replaces the stored one and the search index follows; an older one is kept out")
    func newerRevisionReplaces() throws {
        try TestLibrary.withLibrary { (library: RecordLibrary, _: URL) throws in
            let old = TestLibrary.article(pmid: "111", title: "Collagen synthesis in ligaments", revised: [2019, 3, 1])
            let new = TestLibrary.article(pmid: "111", title: "Tendon healing after dextrose injection", revised: [2020, 1, 15])
            #expect(try library.add([old]).added == 1)
            #expect(try library.add([new]) == ImportSummary(replaced: 1))
            #expect(try library.record(id: "pmid:111")?.record.item.title == "Tendon healing after dextrose injection")
            #expect(try library.search("collagen", limit: 5).isEmpty)
            #expect(try library.search("tendon healing", limit: 5).map(\.id) == ["pmid:111"])
            #expect(try library.add([old]) == ImportSummary(kept: 1))
            #expect(try library.record(id: "111")?.revised == "2020-01-15")
            // The same revision with other content is a re-mapping of the same version: the later one wins.
            var remapped = new
            remapped.record.item.volume = "12"
            remapped.source.fetchedAt = new.source.fetchedAt.addingTimeInterval(60)
            #expect(try library.add([remapped]) == ImportSummary(replaced: 1))
            // A record without a revision date does not replace one with a date.
            let undated = TestLibrary.article(pmid: "111", title: "Undated copy")
            #expect(try library.add([undated]) == ImportSummary(kept: 1))
            #expect(try library.stats().records == 1)
        }
    }

    @Test("two versions of one revision from one import: the same one is kept whatever their order")
    func sameImportTieBreak() throws {
        try TestLibrary.inFolder { (folder: URL) throws in
            let source = RecordSource(kind: "pubmed-xml", origin: "big.xml", fetchedAt: Date(timeIntervalSince1970: 1_800_000_000))
            var a = TestLibrary.article(pmid: "444", title: "Version A", revised: [2020, 1, 1])
            var b = TestLibrary.article(pmid: "444", title: "Version B", revised: [2020, 1, 1])
            a.source = source
            b.source = source
            let one = try RecordLibrary(path: folder.appendingPathComponent("one.sqlite").path)
            let two = try RecordLibrary(path: folder.appendingPathComponent("two.sqlite").path)
            #expect(try one.add([a, b]).records == 2)
            #expect(try two.add([b, a]).records == 2)
            let kept = try #require(try one.record(id: "444")?.record.item.title)
            #expect(try two.record(id: "444")?.record.item.title == kept)
            // A later import of the other version (another fetch) replaces it: the later add wins.
            var later = kept == "Version A" ? b : a
            later.source.fetchedAt = Date(timeIntervalSince1970: 1_800_000_100)
            #expect(try one.add([later]) == ImportSummary(replaced: 1))
        }
    }

    @Test("a record with a PMID replaces the DOI-only record of the same work; a DOI-only copy never replaces a PMID record")
    func strongerIdentifierWins() throws {
        try TestLibrary.withLibrary { (library: RecordLibrary, _: URL) throws in
            let crossref = TestLibrary.article(doi: "10.1000/ABC.1", title: "A trial of prolotherapy")
            #expect(try library.add([crossref]).added == 1)
            #expect(try library.record(id: "doi:10.1000/abc.1")?.id == "doi:10.1000/abc.1")
            let pubmed = TestLibrary.article(pmid: "222", doi: "10.1000/abc.1", title: "A trial of prolotherapy", revised: [2021, 5, 5])
            #expect(try library.add([pubmed]) == ImportSummary(replaced: 1))
            #expect(try library.stats().records == 1)
            #expect(try library.record(doi: "10.1000/ABC.1")?.id == "pmid:222")
            #expect(try library.add([crossref]) == ImportSummary(kept: 1))
            // Two PubMed records sharing a DOI are two works.
            let other = TestLibrary.article(pmid: "333", doi: "10.1000/abc.1", title: "Erratum")
            #expect(try library.add([other]).added == 1)
            #expect(try library.stats().records == 2)
        }
    }

    @Test("a record without PMID, DOI or PMCID is keyed by a hash of its folded title, first author, year and journal; a PMCID alone keys a record")
    func workKeys() throws {
        try TestLibrary.withLibrary { (library: RecordLibrary, _: URL) throws in
            let plain = TestLibrary.article(title: "No identifier at all")
            let summary = try library.add([plain, TestLibrary.article(pmcid: "PMC77", title: "Only a PMCID")])
            #expect(summary == ImportSummary(added: 2))
            #expect(try library.record(id: "pmcid:PMC77")?.id == "pmcid:PMC77")
            let key = try #require(plain.id)
            #expect(key.hasPrefix("work:") && key.count == 21)
            #expect(try library.record(id: key)?.record.item.title == "No identifier at all")
            // Case, accents and a trailing period do not change the key.
            var copy = TestLibrary.article(title: "NO IDENTIFIER AT ALL.", family: "Smith")
            copy.record.item.title = "NO IDENTIFIER ÀT ALL."
            #expect(copy.id == key)
            #expect(TestLibrary.article(title: "No identifier at all", year: 2021).id != key)
        }
    }
}
