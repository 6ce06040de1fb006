import Bibliography
import Testing
@testable import PubMed

@Suite("PubDate and MedlineDate parsing")
struct PubDateParserTests {
    @Test("MedlineDate forms", arguments: [
        ("1998 Dec-1999 Jan", DateValue(dateParts: [[1998, 12], [1999, 1]], literal: "1998 Dec-1999 Jan")),
        ("1999 Jul-Aug", DateValue(dateParts: [[1999, 7], [1999, 8]], literal: "1999 Jul-Aug")),
        ("1975 Aug 15-21", DateValue(dateParts: [[1975, 8, 15], [1975, 8, 21]], literal: "1975 Aug 15-21")),
        ("1944-1945", DateValue(dateParts: [[1944], [1945]], literal: "1944-1945")),
        ("2000 Spring", DateValue(dateParts: [[2000]], season: .string("Spring"))),
        ("1977-1978 Winter", DateValue(dateParts: [[1977], [1978]], season: .string("Winter"), literal: "1977-1978 Winter")),
        ("Undated", DateValue(literal: "Undated")),
    ])
    func medlineDate(text: String, expected: DateValue) {
        #expect(PubDateParser.medlineDate(text) == expected)
    }

    @Test("month names and numbers")
    func months() {
        #expect(PubDateParser.date(year: "2007", month: "Mar", day: "05", season: nil) == DateValue(year: 2007, month: 3, day: 5))
        #expect(PubDateParser.date(year: "2007", month: "11", day: nil, season: nil) == DateValue(year: 2007, month: 11))
        #expect(PubDateParser.date(year: "1990", month: nil, day: nil, season: "Summer") == DateValue(dateParts: [[1990]], season: .string("Summer")))
    }
}
