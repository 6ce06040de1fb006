import Bibliography
import Testing
@testable import PubMed

@Suite("Book mapping")
struct BookMappingTests {
    @Test("a whole book: title, publisher, place, editors, year and sections")
    func wholeBook() throws {
        let record = try #require(try Fixtures.record("20301295", in: "eutils-json/efetch.pubmedexample.xml"))
        let item = record.item
        #expect(item.type == .book)
        #expect(item.title == "GeneReviews™")
        #expect(item.publisher == "University of Washington, Seattle")
        #expect(item.publisherPlace == "Seattle (WA)")
        #expect(item.editor == [Name(family: "Pagon", given: "Roberta A")])
        #expect(item.issued == DateValue(year: 1993))
        #expect(item.string("medium") == "Internet")
        #expect(item.abstract == "Lorem ipsum ....")
        #expect(record.metadata.abstractCopyright == "Copyright © blah blah blah.")
        #expect(record.metadata.sections == ["ALK-Related Neuroblastoma Susceptibility", "Glossary Instructions", "Illustrated Glossary"])
        #expect(record.metadata.articleIDs.contains(ArticleID(type: "bookaccession", value: "NBK1116")))
    }

    @Test("a chapter: ArticleTitle as title, the book as container, collective book author")
    func chapter() throws {
        let records = try Fixtures.records("jabref/MedlineImporterTestBookArticleSet.xml")
        #expect(records.count == 2)
        let record = try #require(records.first)
        #expect(record.item.type == .chapter)
        #expect(record.item.title == "Title for some article")
        #expect(record.item.containerTitle == "Rheumatoid Arthritis: National Clinical Guideline for Management and Treatment in Adults")
        #expect(record.item.names["container-author"] == [Name(literal: "National Collaborating Centre for Chronic Conditions (UK)")])
        #expect(record.item.publisher == "Royal College of Physicians (UK)")
        #expect(record.item.publisherPlace == "London")
        #expect(record.item.isbn == "9781860163593")
        #expect(record.item.collectionTitle == "National Institute for Health and Clinical Excellence: Guidance")
        #expect(record.item.issued == DateValue(year: 2009, month: 2))
        #expect(record.item.doi == "10.3275/8949")
        #expect(record.metadata.publicationTypes.map(\.name) == ["Review", "Practice Guideline"])
    }

    @Test("a file whose root is a single PubmedBookArticle")
    func singleBookRoot() throws {
        let reader = try PubMedReader(contentsOf: Fixtures.url("real/jabref/MedlineImporterTestPubmedBook.xml"))
        var books = 0
        while let entry = try reader.next() {
            if case .book = entry { books += 1 }
        }
        #expect(books == 1)
    }
}
