import Bibliography
import Foundation
import Testing
@testable import Formats

private func read(_ text: String) -> FormatReadResult { RISReader.read(Data(text.utf8), file: "t.ris") }

@Suite struct RISReaderTests {
    @Test func repeatedTagsContinuationLinesAndPages() {
        let r = read("""
            TY  - JOUR
            AU  - Smith, John
            AU  - Doe, Jane, Jr.
            AU  - World Health Organization
            TI  - A title that goes
              on to a second line
            JO  - Journal of Things
            SP  - 123
            EP  - 130
            KW  - one
            KW  - two
            DO  - https://doi.org/10.1/X
            ER  -
            """)
        let item = r.items.first
        #expect(item?.author == [Name(family: "Smith", given: "John"), Name(family: "Doe", given: "Jane", suffix: "Jr."), Name(literal: "World Health Organization")])
        #expect(item?.title == "A title that goes on to a second line")
        #expect(item?.containerTitle == "Journal of Things")
        #expect(item?.page == "123-130")
        #expect(item?.string("keyword") == "one, two")
        #expect(item?.doi == "10.1/X")
        #expect(item?.type == .articleJournal)
    }

    @Test func bomCRLFJunkAndMissingFinalER() {
        let r = read("\u{FEFF}Exported by a tool\r\n\r\nTY  - BOOK\r\nTI  - First\r\nER  - \r\nTY  - CHAP\r\nTI  - Second\r\nPY  - 2004/05/17/\r\n")
        #expect(r.items.map(\.title) == ["First", "Second"])
        #expect(r.items.map(\.type) == [.book, .chapter])
        #expect(r.items.last?.issued?.dateParts == [[2004, 5, 17]])
    }

    @Test func latin1FileIsReadAsLatin1() {
        let bytes: [UInt8] = Array("TY  - JOUR\nTI  - Caf".utf8) + [0xE9] + Array("\nER  - \n".utf8)
        #expect(RISReader.read(Data(bytes), file: "t.ris").items.first?.title == "Café")
    }

    @Test func datesFromPYY1AndDA() {
        #expect(read("TY  - JOUR\nPY  - 1999\nDA  - 1999/03/02\nER  -").items.first?.issued?.dateParts == [[1999, 3, 2]])
        #expect(read("TY  - JOUR\nY1  - 2001///\nER  -").items.first?.issued?.dateParts == [[2001]])
        #expect(read("TY  - JOUR\nDA  - 2010-07-15\nER  -").items.first?.issued?.dateParts == [[2010, 7, 15]])
        #expect(read("TY  - JOUR\nPY  - Spring 2001\nER  -").items.first?.issued?.literal == "Spring 2001")
    }

    @Test func everyTYTypeHasACSLType() {
        #expect(RISTypes.toCSL.count == 57)
        #expect(read("TY  - CONF\nER  -").items.first?.type == .paperConference)
        #expect(read("TY  - NEWS\nER  -").items.first?.type.rawValue == "article-newspaper")
        let unknown = read("TY  - XYZ\nER  -")
        #expect(unknown.items.first?.type == .document)
        #expect(unknown.diagnostics.map(\.description) == ["t.ris:1:1: warning: unknown reference type TY 'XYZ' (read as a generic document)"])
    }

    @Test func writerRoundTrips() {
        var item = Item(id: "k1", type: .chapter)
        item.title = "On things"
        item.containerTitle = "The Book"
        item.author = [Name(family: "Smith", given: "J.", suffix: "Jr."), Name(literal: "NASA")]
        item.editor = [Name(family: "Doe", given: "A")]
        item.issued = DateValue(year: 2003, month: 4, day: 9)
        item.page = "5-9"
        item.publisher = "P"
        let text = RISWriter.write([item])
        #expect(text.contains("AU  - Smith, J., Jr.\nAU  - NASA\nED  - Doe, A\nTI  - On things\nT2  - The Book\nSP  - 5\nEP  - 9\nPY  - 2003\nDA  - 2003/04/09/\n"))
        #expect(read(text).items == [item])
    }
}

@Suite struct RISWriterTests {
    @Test func markupIsDroppedFromRIS() {
        var item = Item(id: "k", type: .articleJournal)
        item.title = #"The <span class="nocase">DNA</span> of <i>E. coli</i>"#
        #expect(RISWriter.write([item]).contains("TI  - The DNA of E. coli\n"))
    }
}
