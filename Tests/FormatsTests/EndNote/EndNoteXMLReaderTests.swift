import Bibliography
import Foundation
import Testing
import TestSupport
@testable import Formats

@Suite struct EndNoteXMLReaderTests {
    static func sample() throws -> FormatReadResult {
        EndNoteXMLReader.read(try Data(contentsOf: PackagePaths.fixture("formats/endnote/sample.xml")), file: "sample.xml")
    }

    @Test func aJournalArticleWithStyleRunsAndIdentifiers() throws {
        let r = try Self.sample()
        #expect(r.items.count == 3)
        let item = r.items[0]
        #expect(item.type == .articleJournal)
        #expect(item.idString == "endnote-12")
        #expect(item.author == [Name(family: "Cock", given: "Peter J. A."), Name(family: "de Hoon", given: "Michiel"), Name(literal: "World Health Organization")])
        #expect(item.title == "Growth of <i>Escherichia coli</i> at 10<sup>5</sup> cells")
        #expect(item.containerTitle == "Bioinformatics")
        #expect(item.containerTitleShort == "Bioinformatics")
        #expect(item.string("title-short") == "Growth of E. coli")
        #expect(item.page == "1422-1423")
        #expect(item.volume == "25")
        #expect(item.issue == "11")
        #expect(item.issued == DateValue(dateParts: [[2009, 6, 1]]))
        #expect(item.issn == "1367-4811")
        #expect(item.doi == "10.1093/bioinformatics/btp163")
        #expect(item.pmid == "19304878")
        #expect(item.url == "https://academic.oup.com/bioinformatics/article/25/11/1422/330687")
        #expect(item.abstract == "SUMMARY: The Biopython project is a mature open source collaboration.")
        #expect(item.string("keyword") == "Software, Python")
        #expect(item.language == "eng")
    }

    @Test func aBookSectionWithEditorsAndSeries() throws {
        let item = try Self.sample().items[1]
        #expect(item.type == .chapter)
        #expect(item.author == [Name(family: "Smith", given: "Jane")])
        #expect(item.names["editor"] == [Name(family: "Doe", given: "John")])
        #expect(item.containerTitle == "The Book")
        #expect(item.collectionTitle == "Methods in Biology")
        #expect(item.page == "10-20")
        #expect(item.edition == "2nd")
        #expect(item.publisher == "Clarendon Press")
        #expect(item.publisherPlace == "Oxford")
        #expect(item.isbn == "978-0-19-850000-2")
        #expect(item.issued == DateValue(dateParts: [[2001]]))
    }

    @Test func anUnknownTypeIsADocumentWithAWarning() throws {
        let r = try Self.sample()
        #expect(r.items[2].type == .document)
        #expect(r.items[2].issued == DateValue(dateParts: [[1999, 3, 15]]))
        #expect(r.diagnostics.map(\.description) == ["sample.xml:70:1: warning: unknown EndNote reference type 'Carved Stone'; read as a document"])
    }

    @Test func referenceTypesMapToCSLTypes() {
        #expect(EndNoteTypes.type(name: "Conference Proceedings", number: "10") == .paperConference)
        #expect(EndNoteTypes.type(name: nil, number: "32") == .thesis)
        #expect(EndNoteTypes.type(name: "Web Page", number: nil) == .webpage)
        #expect(EndNoteTypes.type(name: "Newspaper Article", number: nil)?.rawValue == "article-newspaper")
        #expect(EndNoteTypes.type(name: "Nothing", number: "999") == nil)
    }

    @Test func aMalformedFileIsReportedWithItsPositionAndEarlierRecordsKept() {
        // libxml2 reads ahead in chunks: the records before an error are kept once they lie before the chunk that holds it.
        let padding = String(repeating: " ", count: 20_000)
        let text = "<xml><records>\n<record><titles><title>One</title></titles></record>\(padding)\n<record><titles><title>Two</title></record>\n</records></xml>"
        let r = EndNoteXMLReader.read(Data(text.utf8), file: "bad.xml")
        #expect(r.items.map(\.title) == ["One"])
        #expect(r.errors.count == 1)
        #expect(r.errors.first?.location.line == 3)
        #expect(r.errors.first?.description.hasPrefix("bad.xml:3:") == true)
    }

    @Test func entitiesAndDTDsAreRefused() {
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<xml><records><record><titles><title>&x;</title></titles></record></records></xml>"
        let r = EndNoteXMLReader.read(Data(text.utf8), file: "xxe.xml")
        #expect(r.items.isEmpty)
        #expect(r.errors.first?.message.contains("entity") == true)
    }

    @Test func anotherRootIsNotEndNote() {
        let r = EndNoteXMLReader.read(Data("<PubmedArticleSet/>".utf8), file: "p.xml")
        #expect(r.items.isEmpty)
        #expect(r.errors.first?.message.contains("<PubmedArticleSet>") == true)
    }

    @Test func theFormatIsInferredFromTheRootElement() {
        #expect(FileFormat.infer(path: "a.xml", head: Data("<?xml version=\"1.0\"?>\n<xml><records>".utf8)) == .endnoteXML)
        #expect(FileFormat.infer(path: "a.xml", head: Data("<?xml version=\"1.0\"?>\n<!DOCTYPE PubmedArticleSet>\n<PubmedArticleSet>".utf8)) == .pubmedXML)
        #expect(FileFormat.infer(path: "a.txt", head: Data("PMID- 1\nTI  - x\n".utf8)) == .nbib)
        #expect(FileFormat(name: "medline") == .nbib)
        #expect(FileFormat(name: "endnote") == .endnoteXML)
    }
}
