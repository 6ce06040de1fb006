import Testing
@testable import ReferenceText

@Suite("Leading list numbers")
struct LeadingNumberTests {
    @Test("12., [12], 12) and (12) are read as the list number", arguments: ["12. ", "[12] ", "12) ", "(12) "])
    func forms(prefix: String) {
        let p = parser.parse(prefix + "Smith J, Jones K. A title. Lancet. 2001;357:1-5.")
        #expect(p.number == 12)
        #expect(authors(p) == ["Smith J", "Jones K"])
        #expect(covered(p, p.spans["number"]) == prefix.trimmingCharacters(in: .whitespaces))
    }

    @Test("a number glued to the first author is read too")
    func glued() {
        #expect(parser.parse("23.van den Hout JH. A title. Clin J Pain. 2003;19:87-96.").number == 23)
        #expect(parser.parse("26-Vellin J-F. A title. Auris Nasus Larynx. 2007;34(4):565-567.").number == 26)
    }

    @Test("a year at the start is not a list number")
    func yearIsNotNumber() {
        #expect(parser.parse("2019. Some report. Geneva: WHO; 2019.").number == nil)
    }
}

import Foundation
