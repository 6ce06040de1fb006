import Testing
@testable import CSL

@Suite("Numbers and labels")
struct NumbersAndLabelsTests {
    @Test("ordinal, long-ordinal and roman forms")
    func forms() throws {
        let json = #"[{"id":"a","edition":"2","volume":"14"}]"#
        #expect(try Support.cite(#"<number variable="edition" form="ordinal"/>"#, json) == "2nd")
        #expect(try Support.cite(#"<number variable="edition" form="long-ordinal"/>"#, json) == "second")
        #expect(try Support.cite(#"<number variable="volume" form="roman"/>"#, json) == "xiv")
    }

    @Test("page-range-format applies to every range of a page list, whether joined by commas or ampersands")
    func pageListWithAmpersands() {
        #expect(NumberFormat.pageRange("101-105, 110-112 & 120", format: "minimal", delimiter: "\u{2013}") == "101\u{2013}5, 110\u{2013}2 & 120")
        #expect(NumberFormat.pageRange("321-328 & 330-335", format: "expanded", delimiter: "\u{2013}") == "321\u{2013}328 & 330\u{2013}335")
    }

    @Test("every Unicode superscript character (decomposition <super>) is written as <sup> in HTML")
    func superscripts() throws {
        let json = #"[{"id":"a","title":"2ⁿᵈ edition, m⁻¹, ᴿ"}]"#
        #expect(try Support.cite(#"<text variable="title"/>"#, json, format: .html)
                == "2<sup>n</sup><sup>d</sup> edition, m<sup>−</sup><sup>1</sup>, <sup>R</sup>")
    }

    @Test("is-numeric accepts numbers with affixes and ranges, not words")
    func numeric() {
        #expect(NumberFormat.isNumeric("12"))
        #expect(NumberFormat.isNumeric("2nd"))
        #expect(NumberFormat.isNumeric("1-3"))
        #expect(NumberFormat.isNumeric("1, 3 & 5"))
        #expect(!NumberFormat.isNumeric("second"))
        #expect(!NumberFormat.isNumeric("2 3"))
    }

    @Test("page labels are plural for ranges and singular for one page")
    func labels() throws {
        let layout = #"<group delimiter=" "><label variable="page" form="short"/><text variable="page"/></group>"#
        #expect(try Support.cite(layout, #"[{"id":"a","page":"184-90"}]"#) == "pp. 184–90")
        #expect(try Support.cite(layout, #"[{"id":"a","page":"184"}]"#) == "p. 184")
    }

    @Test("page-range-format collapses ranges as the style asks")
    func pageRanges() {
        #expect(NumberFormat.pageRange("184-190", format: "minimal", delimiter: "–") == "184–90")
        #expect(NumberFormat.pageRange("184-190", format: "expanded", delimiter: "–") == "184–190")
        #expect(NumberFormat.pageRange("1496-1504", format: "chicago", delimiter: "–") == "1496–1504")
        #expect(NumberFormat.pageRange("321-325", format: "chicago", delimiter: "–") == "321–25")
        #expect(NumberFormat.pageRange("42-5", format: "expanded", delimiter: "–") == "42–45")
        #expect(NumberFormat.pageRange("101-108", format: "minimal-two", delimiter: "–") == "101–08")
    }
}
