import Bibliography
import Testing
@testable import ReferenceText

@Suite("Author-year styles: APA and Harvard")
struct AuthorYearTests {
    @Test("APA: dotted initials, ampersand, (year), volume(issue), pages, DOI link")
    func apa() {
        let p = parser.parse(
            "Thomas, S. B., Fine, M. J., & Ibrahim, S. A. (2004). Health disparities: the importance of culture and health communication. Am J Public Health, 94(12), 2050-2055. https://doi.org/10.2105/AJPH.94.12.2050")
        #expect(authors(p) == ["Thomas SB", "Fine MJ", "Ibrahim SA"])
        #expect(p.item.year == 2004)
        #expect(p.item.title == "Health disparities: the importance of culture and health communication")
        #expect(p.item.containerTitle == "Am J Public Health")
        #expect(p.item.volume == "94")
        #expect(p.item.issue == "12")
        #expect(p.item.page == "2050-2055")
        #expect(p.item.doi == "10.2105/AJPH.94.12.2050")
    }

    @Test("Harvard/Springer: (year) after the authors, volume(issue):pages without a year")
    func harvard() {
        let p = parser.parse(
            "Fladmark KE, Serres MH, Larsen NL (1998) Sensitive detection of apoptogenic toxins in suspension cultures. Toxicon 36(8):1101-1114")
        #expect(authors(p) == ["Fladmark KE", "Serres MH", "Larsen NL"])
        #expect(p.item.year == 1998)
        #expect(p.item.title == "Sensitive detection of apoptogenic toxins in suspension cultures")
        #expect(p.item.containerTitle == "Toxicon")
        #expect(p.item.volume == "36")
        #expect(p.item.issue == "8")
        #expect(p.item.page == "1101-1114")
    }

    @Test("APA with a suffix and `and` before the last author")
    func apaSuffix() {
        let p = parser.parse(
            "Vemuri, P., Simon, G., and Jack, C. R. Jr. (2010). Antemortem differential diagnosis of dementia pathology. Neuroimage, 55, 522-531.")
        #expect(authors(p) == ["Vemuri P", "Simon G", "Jack CR Jr"])
        #expect(p.item.title == "Antemortem differential diagnosis of dementia pathology")
        #expect(p.item.containerTitle == "Neuroimage")
        #expect(p.item.volume == "55")
        #expect(p.item.page == "522-531")
    }

    @Test("given names first, year at the end")
    func givenFirst() {
        let p = parser.parse("N Vuillerme, N Pinsault, Experimental neck muscle pain impairs standing balance in humans. Exp Brain Res. 192, 723-729 (2009).")
        #expect(p.item.author.map(\.family) == ["Vuillerme", "Pinsault"])
        #expect(p.item.title == "Experimental neck muscle pain impairs standing balance in humans")
        #expect(p.item.containerTitle == "Exp Brain Res")
        #expect(p.item.year == 2009)
        #expect(p.item.volume == "192")
        #expect(p.item.page == "723-729")
    }
}
