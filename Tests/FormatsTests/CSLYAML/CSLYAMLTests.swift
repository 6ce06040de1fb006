import Bibliography
import Foundation
import Testing
@testable import Formats

@Suite struct CSLYAMLTests {
    @Test func referencesListWithPandocAndEDTFDates() {
        let r = CSLYAMLReader.read(Data("""
            references:
            - id: a
              type: article-journal
              title: On things
              author:
              - family: Smith
                given: John
              issued:
              - year: 2001
                month: 3
              - year: 2002
              volume: '12'
            - id: b
              type: book
              issued: 2010-07-15
              accessed: 2020
            """.utf8), file: "t.yaml")
        #expect(r.errors.isEmpty)
        #expect(r.items.map(\.idString) == ["a", "b"])
        #expect(r.items.first?.author == [Name(family: "Smith", given: "John")])
        #expect(r.items.first?.issued?.dateParts == [[2001, 3], [2002]])
        #expect(r.items.first?.volume == "12")
        #expect(r.items.last?.issued?.dateParts == [[2010, 7, 15]])
        #expect(r.items.last?.accessed?.dateParts == [[2020]])
    }

    @Test func invalidYAMLIsAnErrorWithPosition() {
        let r = CSLYAMLReader.read(Data("references:\n- id: a\n  title: [unclosed\n".utf8), file: "t.yaml")
        #expect(r.items.isEmpty)
        #expect(r.errors.count == 1)
        #expect(r.errors.first?.location.line == 4)
    }

    @Test func writerRoundTrips() throws {
        var item = Item(id: "k", type: .chapter)
        item.title = "T: a <i>b</i>"
        item.author = [Name(family: "Doe", given: "J."), Name(literal: "WHO")]
        item.issued = DateValue(year: 1999, month: 12)
        item.volume = "3"
        let text = try CSLYAMLWriter.write([item])
        #expect(text.contains("    date-parts:\n    - - 1999\n      - 12\n"))
        #expect(text.contains("  volume: '3'\n"))
        #expect(CSLYAMLReader.read(Data(text.utf8), file: "w.yaml").items == [item])
    }
}
