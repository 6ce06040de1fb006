import Bibliography
import Testing
@testable import PubMed

@Suite("PubDate and MedlineDate parsing")
struct PubDateParserTests {
    @Test("MedlineDate forms: one date form per date (parts, season 1-4), literal only when no year can be read", arguments: [
        ("1998 Dec-1999 Jan", DateValue(dateParts: [[1998, 12], [1999, 1]])),
        ("1999 Jul-Aug", DateValue(dateParts: [[1999, 7], [1999, 8]])),
        ("1975 Aug 15-21", DateValue(dateParts: [[1975, 8, 15], [1975, 8, 21]])),
        ("1944-1945", DateValue(dateParts: [[1944], [1945]])),
        ("2000 Spring", DateValue(dateParts: [[2000]], season: .int(1))),
        ("1977-1978 Winter", DateValue(dateParts: [[1977], [1978]], season: .int(4))),
        ("Undated", DateValue(literal: "Undated")),
        // Hyphens alone split into no pieces (a crash found by fuzzing): kept as written.
        ("-", DateValue(literal: "-")),
        ("--", DateValue(literal: "--")),
        ("", DateValue(literal: "")),
        ("-1999", DateValue(dateParts: [[1999]])),
    ])
    func medlineDate(text: String, expected: DateValue) {
        #expect(PubDateParser.medlineDate(text) == expected)
    }

    @Test("month names and numbers")
    func months() {
        #expect(PubDateParser.date(year: "2007", month: "Mar", day: "05", season: nil) == DateValue(year: 2007, month: 3, day: 5))
        #expect(PubDateParser.date(year: "2007", month: "11", day: nil, season: nil) == DateValue(year: 2007, month: 11))
    }

    @Test("Season: a season name is CSL's season number, months are a month range, other text stays the season's text")
    func seasons() {
        #expect(PubDateParser.date(year: "1990", month: nil, day: nil, season: "Summer") == DateValue(dateParts: [[1990]], season: .int(2)))
        #expect(PubDateParser.date(year: "1990", month: nil, day: nil, season: "Autumn") == DateValue(dateParts: [[1990]], season: .int(3)))
        #expect(PubDateParser.date(year: "2005", month: nil, day: nil, season: "Jan-Mar") == DateValue(dateParts: [[2005, 1], [2005, 3]]))
        #expect(PubDateParser.date(year: "2005", month: nil, day: nil, season: "Winter-Spring")
            == DateValue(dateParts: [[2005]], season: .string("Winter-Spring")))
        #expect(PubDateParser.date(year: nil, month: nil, day: nil, season: "Spring") == DateValue(literal: "Spring"))
    }
}

@Suite("Language codes and titles as CSL-JSON wants them")
struct LanguageAndTitleTests {
    @Test("ISO 639-2 codes become BCP 47 tags: the ISO 639-1 code where one exists", arguments: [
        ("eng", "en"), ("ger", "de"), ("deu", "de"), ("chi", "zh"), ("fre", "fr"), ("dut", "nl"), ("geo", "ka"),
        ("ENG", "en"), ("en", "en"), ("und", "und"), ("haw", "haw"), ("scr", "hr"),
    ])
    func bcp47(code: String, expected: String) {
        #expect(LanguageTag.bcp47(code) == expected)
    }

    @Test("ArticleTitle loses MEDLINE's closing period, keeps ? ! ellipses and abbreviations", arguments: [
        ("Effects of X on Y.", "Effects of X on Y"),
        ("[Treatment of gout].", "[Treatment of gout]"),
        ("Is it safe?", "Is it safe?"),
        ("Stop now!", "Stop now!"),
        ("Growth of <i>E. coli</i>.", "Growth of <i>E. coli</i>"),
        ("Growth of <i>Escherichia coli.</i>", "Growth of <i>Escherichia coli</i>"),
        ("And so on...", "And so on..."),
        ("Health care in the U.S.A.", "Health care in the U.S.A."),
        ("No period", "No period"),
    ])
    func finalPeriod(title: String, expected: String) {
        #expect(TitleText.withoutFinalPeriod(title) == expected)
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

    @Test("a PubMed record whose MedlineDate is a hyphen alone is read, its date kept as written (a crash found by fuzzing MEDLINE)")
    func hyphenMedlineDateInXML() throws {
        let result = Fixtures.read("""
            <PubmedArticleSet><PubmedArticle><MedlineCitation Status="MEDLINE"><PMID Version="1">7</PMID>
            <Article><Journal><JournalIssue><PubDate><MedlineDate>-</MedlineDate></PubDate></JournalIssue><Title>J</Title></Journal>
            <ArticleTitle>T</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>
            """)
        let record = try #require(result.records.first)
        #expect(result.records.count == 1)
        #expect(record.item.title == "T")
        #expect(record.item.issued == DateValue(literal: "-"))
    }
}
