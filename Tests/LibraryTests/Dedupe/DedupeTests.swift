import Bibliography
import Foundation
import Testing

@testable import Library

@Suite("Library: merging records of one work on import and with dedupe")
struct DedupeTests {
    /// A record of `kind` read from `origin`, as an export of that kind gives it.
    static func record(
        _ id: String, kind: String, title: String = "Prolotherapy for chronic low-back pain", authors: [String] = ["Dagenais", "Yelland"],
        etAl: Bool = false, journal: String = "The Spine Journal", page: String? = "184-190", abstract: String? = nil,
        doi: String? = nil, pmid: String? = nil, pmcid: String? = nil
    ) -> StoredRecord {
        var item = Item(id: id)
        item.title = title
        item.author = authors.map { Name(family: $0, given: "A") }
        item.authorListTruncated = etAl
        item.issued = DateValue(year: 2007, month: 3)
        item.containerTitle = journal
        item.volume = "7"
        item.page = page
        item.abstract = abstract
        item.doi = doi
        item.pmid = pmid
        item.pmcid = pmcid
        return StoredRecord(record: Record(item: item, metadata: RecordMetadata(source: kind)), source: RecordSource(kind: kind, origin: "\(kind).file"))
    }

    @Test("import: the same DOI written as a URL and with doi: from two sources is one record listing both")
    func importSameDOI() throws {
        try TestLibrary.withLibrary { (library: RecordLibrary, _: URL) throws in
            #expect(try library.add([Self.record("a", kind: "bibtex", doi: "https://doi.org/10.1016/J.SPINEE.2006.05.001")]) == ImportSummary(added: 1))
            #expect(try library.add([Self.record("b", kind: "ris", title: "Another title", doi: "doi:10.1016/j.spinee.2006.05.001")]) == ImportSummary(merged: 1))
            let all = try TestLibrary.all(library)
            #expect(all.count == 1)
            #expect(all[0].id == "doi:10.1016/j.spinee.2006.05.001")
            #expect(all[0].mergedFrom == [
                MergedSource(key: "doi:10.1016/j.spinee.2006.05.001", item: "a", kind: "bibtex", origin: "bibtex.file"),
                MergedSource(key: "doi:10.1016/j.spinee.2006.05.001", item: "b", kind: "ris", origin: "ris.file"),
            ])
        }
    }

    @Test("two records with different DOIs are never merged, on import or by dedupe, however alike")
    func differentDOIsNeverMerged() throws {
        try TestLibrary.withLibrary { (library: RecordLibrary, _: URL) throws in
            #expect(try library.add([Self.record("a", kind: "bibtex", doi: "10.1/a")]) == ImportSummary(added: 1))
            #expect(try library.add([Self.record("b", kind: "ris", doi: "10.1/b")]) == ImportSummary(added: 1))
            // A third without a DOI matches both: it joins one, and the two DOIs stay apart.
            #expect(try library.add([Self.record("c", kind: "csl-yaml")]) == ImportSummary(merged: 1))
            #expect(try library.dedupe(dryRun: true).clusters.isEmpty)
            let dois = try TestLibrary.all(library).compactMap { $0.record.item.doi }.sorted()
            #expect(dois == ["10.1/a", "10.1/b"])
        }
    }

    @Test("one PMID with two DOIs from two sources: two records, the second under its DOI")
    func samePMIDDifferentDOIs() throws {
        try TestLibrary.withLibrary { (library: RecordLibrary, _: URL) throws in
            #expect(try library.add([Self.record("a", kind: "pubmed-xml", doi: "10.1/a", pmid: "5")]) == ImportSummary(added: 1))
            #expect(try library.add([Self.record("b", kind: "bibtex", doi: "10.1/b", pmid: "5")]) == ImportSummary(added: 1))
            #expect(try TestLibrary.all(library).map { $0.record.item.idString }.sorted() == ["a", "b"])
            #expect(try library.record(doi: "10.1/b")?.record.item.idString == "b")
            #expect(try library.record(id: "pmid:5")?.record.item.idString == "a")
            #expect(try library.dedupe(dryRun: true).clusters.isEmpty)
        }
    }

    @Test("a merge keeps every identifier and the richest fields: the longer author list, the full page range, the abstract, the full journal")
    func richestFieldsAndIdentifiers() throws {
        try TestLibrary.withLibrary { (library: RecordLibrary, _: URL) throws in
            let pubmed = Self.record("p", kind: "pubmed-xml", authors: ["Dagenais"], etAl: true, journal: "Spine J", page: "184-90", pmid: "17320000")
            let bibtex = Self.record(
                "b", kind: "bibtex", title: "PROLOTHERAPY FOR CHRONIC LOW-BACK PAIN.", authors: ["Dagenais", "Yelland", "Del Mar"],
                page: "184-190", abstract: "Background: prolotherapy is...", doi: "10.1016/j.spinee.2006.05.001")
            let ris = Self.record("r", kind: "ris", journal: "The Spine Journal", page: nil, pmcid: "PMC123")
            #expect(try library.add([pubmed], merging: false) == ImportSummary(added: 1))
            #expect(try library.add([bibtex], merging: false) == ImportSummary(added: 1))
            #expect(try library.add([ris], merging: false) == ImportSummary(added: 1))
            let report = try library.dedupe(dryRun: false)
            #expect(report.clusters.count == 1)
            #expect(report.removed == 2)
            let all = try TestLibrary.all(library)
            #expect(all.count == 1)
            let item = all[0].record.item
            #expect(all[0].id == "pmid:17320000")
            #expect(item.pmid == "17320000")
            #expect(item.doi == "10.1016/j.spinee.2006.05.001")
            #expect(item.pmcid == "PMC123")
            #expect(item.author.compactMap(\.family) == ["Dagenais", "Yelland", "Del Mar"])
            #expect(item.authorListTruncated == false)
            #expect(item.page == "184-190")
            #expect(item.abstract == "Background: prolotherapy is...")
            #expect(item.containerTitle == "The Spine Journal")
            #expect(item.containerTitleShort == "Spine J")
            // The base is the PubMed record: its title and item id.
            #expect(item.title == "Prolotherapy for chronic low-back pain")
            #expect(item.idString == "p")
            // Sources in the order the rows were given (key order).
            #expect(all[0].mergedFrom?.map(\.item) == ["b", "r", "p"])
            #expect(try library.record(id: "doi:10.1016/j.spinee.2006.05.001")?.id == "pmid:17320000")
            #expect(try library.record(id: "pmcid:PMC123")?.id == "pmid:17320000")
        }
    }

    @Test("dry run: lists the clusters with their scores and changes nothing; dedupe twice changes nothing the second time")
    func dryRunAndIdempotence() throws {
        try TestLibrary.withLibrary { (library: RecordLibrary, _: URL) throws in
            try library.add([
                Self.record("a", kind: "bibtex", doi: "10.1/x"),
                Self.record("b", kind: "ris", title: "Prolotherapy for chronic low back pain.", page: "184-90"),
                Self.record("c", kind: "csl-json", doi: "doi:10.1/X"),
                Self.record("d", kind: "csl-json", title: "Prolotherapy for chronic low-back pain: Part II", page: "191-199"),
            ], merging: false)
            let before = try TestLibrary.all(library)
            let dry = try library.dedupe(dryRun: true)
            #expect(dry.dryRun)
            #expect(dry.records == 4)
            #expect(dry.clusters.count == 1)
            let cluster = try #require(dry.clusters.first)
            #expect(cluster.members.map(\.item).sorted() == ["a", "b", "c"])
            #expect(cluster.links.map(\.basis).sorted() == ["doi", "fields"])
            #expect(cluster.links.map(\.score) == [1, 1])
            #expect(try TestLibrary.all(library) == before)

            let merged = try library.dedupe(dryRun: false)
            #expect(merged.clusters == dry.clusters)
            let after = try TestLibrary.all(library)
            #expect(after.count == 2)
            let again = try library.dedupe(dryRun: false)
            #expect(again.clusters.isEmpty)
            #expect(try TestLibrary.all(library) == after)
        }
    }

    @Test("import of a work the library holds merges into it; importing the same file again changes nothing")
    func importMergesExisting() throws {
        try TestLibrary.withLibrary { (library: RecordLibrary, folder: URL) throws in
            let pubmed = Self.record("p", kind: "pubmed-xml", pmid: "17320000")
            #expect(try library.add([pubmed]) == ImportSummary(added: 1))
            let bib = folder.appendingPathComponent("refs.bib")
            try Data("""
                @article{dagenais2007,
                  author = {Dagenais, A. and Yelland, A. and Del Mar, C.},
                  title = {Prolotherapy for Chronic Low-Back Pain},
                  journal = {Spine J},
                  year = {2007}, month = mar, volume = {7}, pages = {184--90},
                  abstract = {Background.}
                }
                """.utf8).write(to: bib)
            #expect(try library.importFile(bib) == ImportSummary(merged: 1))
            #expect(try library.importFile(bib) == ImportSummary(unchanged: 1))
            let stored = try #require(try library.record(id: "pmid:17320000"))
            #expect(stored.record.item.author.count == 3)
            #expect(stored.record.item.abstract == "Background.")
            #expect(stored.mergedFrom?.map(\.item) == ["p", "dagenais2007"])
            #expect(stored.mergedFrom?.map(\.kind) == ["pubmed-xml", "bibtex"])
            #expect(try library.stats().records == 1)
        }
    }
}
