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

@Suite("MedlinePgn expansion")
struct PageExpansionTests {
    @Test("page fields", arguments: [
        ("184-90", "184-190"), ("311-9", "311-319"), ("1611-21", "1611-1621"), ("998-02", "998-1002"),
        ("F62-F73", "F62-F73"), ("S12-5", "S12-S15"), ("68-74, 77-80", "68-74, 77-80"), ("e1234", "e1234"),
        ("113-125", "113-125"), ("9-12", "9-12"),
    ])
    func expanded(pages: String, expected: String) {
        #expect(ArticleMapper.expandedPages(pages) == expected)
    }
}
