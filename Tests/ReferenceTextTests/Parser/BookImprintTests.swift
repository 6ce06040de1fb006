import Bibliography
import Testing
@testable import ReferenceText

/// Author–year (PLOS, Harvard) books and web pages: where the title ends and the imprint or site begins.
/// Entries are excerpts of PLOS reference lists (PLOS ONE 2013, PLOS Biology 2012, PLOS Comput Biol 2008, 2010).
@Suite("Author–year imprints, sites and extents")
struct BookImprintTests {
    @Test("PLOS author–year book: `Place: Publisher. 256 pp.` — the extent closes the entry, the imprint stands before it")
    func extentAfterImprint() {
        let p = parser.parse("Magurran AE (2004) Measuring Biological Diversity. Malden (MA): Blackwell Publishing. 256 pp.")
        #expect(p.item.title == "Measuring Biological Diversity")
        #expect(p.item.publisherPlace == "Malden (MA)")
        #expect(p.item.publisher == "Blackwell Publishing")
        #expect(p.item.year == 2004)
        let q = parser.parse("Clarke KR, Gorley RN (2006) PRIMER version 6: User manual/tutorial. Plymouth: PRIMER-E Ltd.. p. 190.")
        #expect(q.item.title == "PRIMER version 6: User manual/tutorial")
        #expect(q.item.publisher == "PRIMER-E Ltd")
    }

    @Test("PLOS author–year book: a volume after a single capital (`Volumen I.`) stays in the title before `Place:`")
    func romanVolumeBeforePlace() {
        let p = parser.parse("Cervigón F (1991) Los peces marinos de Venezuela. Volumen I. Caracas: Fundación Científica Los Roques. 425 p")
        #expect(p.item.title == "Los peces marinos de Venezuela. Volumen I")
        #expect(p.item.publisherPlace == "Caracas")
    }

    @Test("Author–year book with the place as its own sentence: `Edition. Oxford. Oxford University Press.`")
    func placeSentenceBeforePublisher() {
        let p = parser.parse("Wolpert L (2011) Principles of Development. 4th Edition. Oxford. Oxford University Press.")
        #expect(p.item.title == "Principles of Development")
        #expect(p.item.edition == "4")
        #expect(p.item.publisherPlace == "Oxford")
        #expect(p.item.publisher == "Oxford University Press")
    }

    @Test("Author–year web entry `Author. Title. Site. Year. Available: URL. Accessed …`: the site is not the title")
    func webSiteBeforeYear() {
        let p = parser.parse("Cressey D. Pentagon goes psycho. Nature News Blog. 2008. Available: http://blogs.nature.com/news/2008/08/pentagon_goes_psycho.html. Accessed 8 August 2011.")
        #expect(p.item.title == "Pentagon goes psycho")
        #expect(p.item.year == 2008)
        #expect(p.item.containerTitle == "Nature News Blog" || p.item.publisher == "Nature News Blog")
        // One sentence before the year is the title, never a site.
        let bare = parser.parse("Bradley JC. Open Notebook Science Using Blogs and Wikis. 2007.")
        #expect(bare.item.title == "Open Notebook Science Using Blogs and Wikis")
    }

    @Test("Conference paper `Title. 2002. p. 54-61. In: Proceedings …`: a sentence that is only a year ends the title")
    func bareYearEndsTitle() {
        let p = parser.parse("Weiss R, Basu S. The device physics of cellular logic gates. 2002. p. 54-61. In: Proceedings of NSC-1: The First Workshop on Non-Silicon Computing; 3 February 2002; Cambridge, MA, USA.")
        #expect(p.item.title == "The device physics of cellular logic gates")
        let q = parser.parse("Giordano R. The scientist: Secretive, selfish or reticent? A social network analysis. 2007. In E-Social Science 2007. Available: http://ess.si.umich.edu/papers/paper166.pdf. Accessed 12 September 2008.")
        #expect(q.item.title == "The scientist: Secretive, selfish or reticent? A social network analysis")
    }
}
