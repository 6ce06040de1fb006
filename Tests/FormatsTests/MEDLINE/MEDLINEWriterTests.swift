import Bibliography
import Foundation
import PubMed
import Testing
import TestSupport
@testable import Formats

@Suite struct MEDLINEWriterTests {
    @Test func readingWritingAndReadingAgainGivesTheSameRecords() throws {
        let data = try Data(contentsOf: PackagePaths.fixture("formats/medline/twins.nbib"))
        let first = MEDLINEReader.readRecords(data, file: "twins.nbib").records
        let written = MEDLINEWriter.write(first)
        let second = MEDLINEReader.readRecords(Data(written.utf8), file: "written.nbib")
        #expect(second.diagnostics.isEmpty)
        #expect(second.records == first)
    }

    @Test func pubMedXMLWrittenAsMEDLINEReadsBackToTheXMLRecords() throws {
        let xml = try PubMedReader.records(contentsOf: PackagePaths.fixture("formats/medline/twins.xml"))
        let written = MEDLINEWriter.write(xml)
        let read = MEDLINEReader.readRecords(Data(written.utf8), file: "written.nbib").records
        #expect(read == xml.map(MEDLINETwinTests.comparable))
    }

    @Test func linesAreWrappedWithSixSpaceContinuations() {
        var item = Item(id: "1")
        item.title = String(repeating: "word ", count: 40) + "end"
        let text = MEDLINEWriter.write(items: [item])
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 88 })
        #expect(lines.first?.hasPrefix("TI  - word word") == true)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("      word") || $0.hasPrefix("      end") })
        #expect(MEDLINEReader.read(Data(text.utf8), file: "x").items.first?.title == item.title)
    }

    @Test func fieldsAreWrittenInPubMedForm() {
        var item = Item(id: "x")
        item.pmid = "9"
        item.title = "Why?"
        item.names["author"] = [Name(family: "Hoon", given: "Michiel J L", nonDroppingParticle: "de"), Name(literal: "WHO")]
        item.issued = DateValue(dateParts: [[1998, 12], [1999, 1]])
        item.page = "123-129"
        var m = RecordMetadata(source: "pubmed")
        m.meshHeadings = [MeshHeading(descriptor: MeshTerm(name: "Stroke", majorTopic: true), qualifiers: [MeshTerm(name: "surgery")])]
        m.commentsCorrections = [CommentCorrection(type: .retractionIn, refSource: "Lancet. 2010", pmid: "5")]
        m.articleIDs = [ArticleID(type: "doi", value: "10.1/a", fromELocation: true), ArticleID(type: "doi", value: "10.1/b", fromELocation: true)]
        let text = MEDLINEWriter.write([Record(item: item, metadata: m)])
        #expect(text == """
            PMID- 9
            DP  - 1998 Dec-1999 Jan
            TI  - Why?
            PG  - 123-129
            LID - 10.1/a [doi]
            LID - 10.1/b [doi]
            FAU - de Hoon, Michiel J L
            AU  - de Hoon MJL
            CN  - WHO
            RIN - Lancet. 2010 PMID: 5
            MH  - *Stroke/surgery


            """)
    }
}
