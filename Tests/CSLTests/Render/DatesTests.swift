import Testing
@testable import CSL

@Suite("Dates")
struct DatesTests {
    @Test("localized text date in en-US")
    func localizedText() throws {
        let json = #"[{"id":"a","issued":{"date-parts":[[2004,5,3]]}}]"#
        #expect(try Support.cite(#"<date variable="issued" form="text"/>"#, json) == "May 3, 2004")
        #expect(try Support.cite(#"<date variable="issued" form="numeric"/>"#, json) == "05/03/2004")
        #expect(try Support.cite(#"<date variable="issued" form="text" date-parts="year-month"/>"#, json) == "May 2004")
    }

    @Test("non-localized date parts with forms and affixes")
    func parts() throws {
        let json = #"[{"id":"a","issued":{"date-parts":[[2004,5,3]]}}]"#
        let layout = #"<date variable="issued"><date-part name="year" suffix=" "/><date-part name="month" form="short" suffix=" "/><date-part name="day" form="numeric-leading-zeros"/></date>"#
        #expect(try Support.cite(layout, json) == "2004 May 03")
    }

    @Test("ranges show only the differing parts")
    func ranges() throws {
        let layout = #"<date variable="issued"><date-part name="month" suffix=" "/><date-part name="year"/></date>"#
        let sameYear = #"[{"id":"a","issued":{"date-parts":[[2004,5],[2004,7]]}}]"#
        #expect(try Support.cite(layout, sameYear) == "May–July 2004")
        let twoYears = #"[{"id":"a","issued":{"date-parts":[[2003,12],[2004,1]]}}]"#
        #expect(try Support.cite(layout, twoYears) == "December 2003–January 2004")
    }

    @Test("seasons, BC years and literal dates")
    func special() throws {
        let layout = #"<date variable="issued"><date-part name="month" suffix=" "/><date-part name="year"/></date>"#
        #expect(try Support.cite(layout, #"[{"id":"a","issued":{"date-parts":[[2001]],"season":2}}]"#) == "Summer 2001")
        #expect(try Support.cite(layout, #"[{"id":"a","issued":{"date-parts":[[-50]]}}]"#) == "50 BC")
        #expect(try Support.cite(layout, #"[{"id":"a","issued":{"literal":"Spring term"}}]"#) == "Spring term")
    }
}
