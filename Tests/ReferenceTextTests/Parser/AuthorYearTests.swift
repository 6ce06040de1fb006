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

    @Test("Harvard with labelled volume and pages: `vol. 14, pp. 293-318`")
    func labelledVolume() {
        let p = parser.parse("House, J. & Landis, K. (1988). Structures and processes of social support. Annual Review of Sociology, vol. 14, pp. 293-318.")
        #expect(authors(p) == ["House J", "Landis K"])
        #expect(p.item.year == 1988)
        #expect(p.item.title == "Structures and processes of social support")
        #expect(p.item.containerTitle == "Annual Review of Sociology")
        #expect(p.item.volume == "14")
        #expect(p.item.page == "293-318")
    }

    @Test("APA conference paper: the title stops before `In Proceedings`, which is the container")
    func proceedings() {
        let p = parser.parse(
            "Corkill, D. D. (1979). Hierarchical planning in a distributed environment. In Proceedings of the Sixth International Joint Conference on Artificial Intelligence, pp. 168-175.")
        #expect(p.item.type == .paperConference)
        #expect(p.item.title == "Hierarchical planning in a distributed environment")
        #expect(p.item.containerTitle == "Proceedings of the Sixth International Joint Conference on Artificial Intelligence")
        #expect(p.item.page == "168-175")
        #expect(p.item.year == 1979)
    }

    @Test("Chicago author-date: full given name, the year after the list")
    func chicago() {
        let p = parser.parse("Stevens, Ashley J. 2004. The Enactment of Bayh-Dole. Journal of Technology Transfer 29(1): 93-99.")
        #expect(p.item.author.map(\.family) == ["Stevens"])
        #expect(p.item.author.first?.given == "Ashley J")
        #expect(p.item.year == 2004)
        #expect(p.item.title == "The Enactment of Bayh-Dole")
        #expect(p.item.containerTitle == "Journal of Technology Transfer")
        #expect(p.item.volume == "29")
        #expect(p.item.page == "93-99")
    }

    @Test("a journal title with a period inside starts at `Journal of`")
    func journalOpener() {
        let p = parser.parse(
            "Marsh, R. L., & Bink, M. L. (1998). Activation of completed intentions. Journal of Experimental Psychology. Learning, Memory, and Cognition, 24, 350-361.")
        #expect(p.item.title == "Activation of completed intentions")
        #expect(p.item.containerTitle == "Journal of Experimental Psychology. Learning, Memory, and Cognition")
    }

    @Test("an article ahead of print: title and abbreviated journal, no volume")
    func aheadOfPrint() {
        let p = parser.parse(
            "Furuya, S., Aoki, T., and Kinoshita, H. (2011). Individual differences in the effect of loudness on piano keystrokes. Hum. Mov. Sci. doi: . [Epub ahead of print].")
        #expect(p.item.type == .articleJournal)
        #expect(p.item.title == "Individual differences in the effect of loudness on piano keystrokes")
        #expect(p.item.containerTitle == "Hum. Mov. Sci")
        #expect(p.item.year == 2011)
        #expect(p.item.volume == nil)
    }

    @Test("Chicago notes-bibliography: full names, the year at the end of the book")
    func chicagoBook() {
        let p = parser.parse(
            "Bruner, Jerome S., Jacqueline J. Goodnow, and George A. Austin. A Study of Thinking. New York: John Wiley and Sons, 1956.")
        #expect(p.item.author.map(\.family) == ["Bruner", "Goodnow", "Austin"])
        #expect(p.item.title == "A Study of Thinking")
        #expect(p.item.publisherPlace == "New York")
        #expect(p.item.publisher == "John Wiley and Sons")
        #expect(p.item.year == 1956)
    }

    @Test("a dash run for the same authors as before, and a bare leading number")
    func repeatedAuthorsAndBareNumber() {
        let same = parser.parse("———. 1973. Social Justice and the City. London: Edward Arnold.")
        #expect(same.item.author.isEmpty)
        #expect(same.item.title == "Social Justice and the City")
        #expect(same.item.year == 1973)
        let numbered = parser.parse("22 O'Rourke, J. G. et al. C9orf72 BAC transgenic mice display typical features of ALS. Neuron 88, 892-901 (2015).")
        #expect(numbered.number == 22)
        #expect(numbered.item.author.map(\.family) == ["O'Rourke"])
        #expect(numbered.item.title == "C9orf72 BAC transgenic mice display typical features of ALS")
        #expect(numbered.item.year == 2015)
    }

    @Test("full names given first with middle initials, and `Journal, 8(1):68-74, 2002`")
    func fullNamesGivenFirst() {
        let p = parser.parse(
            "[60] Margaret A Shipp, Ken N Ross, Pablo Tamayo, and Geraldine S Pinkus. Diffuse large b-cell lymphoma outcome prediction by gene-expression profiling. Nat Med, 8(1):68-74, 2002.")
        #expect(p.number == 60)
        #expect(authors(p) == ["Shipp MA", "Ross KN", "Tamayo P", "Pinkus GS"])
        #expect(p.item.title == "Diffuse large b-cell lymphoma outcome prediction by gene-expression profiling")
        #expect(p.item.containerTitle == "Nat Med")
        #expect(p.item.volume == "8")
        #expect(p.item.issue == "1")
        #expect(p.item.page == "68-74")
        #expect(p.item.year == 2002)
    }

    @Test("a title of capitalised words is not read as full names")
    func titleFirst() {
        let p = parser.parse("Acute Kidney Injury, Chronic Kidney Disease and Dialysis. Kidney Int. 2008;73:1-5.")
        #expect(p.item.author.isEmpty)
        #expect(p.item.title == "Acute Kidney Injury, Chronic Kidney Disease and Dialysis")
        #expect(p.item.containerTitle == "Kidney Int")
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
