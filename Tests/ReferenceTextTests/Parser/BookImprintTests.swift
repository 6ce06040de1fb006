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

    @Test("Author–year book: `, volume N` ends the title as the volume, and a volume number is no year")
    func volumeAfterTitle() {
        let p = parser.parse("Green D, Swets J (1966) Signal detection theory and psychophysics, volume 1974. Wiley, New York, USA.")
        #expect(p.item.title == "Signal detection theory and psychophysics")
        #expect(p.item.volume == "1974")
        #expect(p.item.year == 1966)
        let q = parser.parse("Rudin W. Principles of mathematical analysis. vol. 3. McGraw-Hill New York; 1964.")
        #expect(q.item.title == "Principles of mathematical analysis")
        #expect(q.item.volume == "3")
        // A volume with its own title is part of the title.
        let r = parser.parse("Cervigón F (1991) Los peces marinos de Venezuela. Volume 2: Peces óseos. Caracas: Fundación Científica Los Roques.")
        #expect(r.item.title == "Los peces marinos de Venezuela. Volume 2: Peces óseos")
    }

    @Test("Author–year book with a comma imprint naming no publisher word (`Publisher, Place.`, `Publisher, second edition.`): the title ends before it and the imprint is kept whole as the publisher")
    func commaImprint() {
        let p = parser.parse("van Kampen NG (1992) Stochastic Processes in Physics and Chemistry. North Holland, Amsterdam.")
        #expect(p.item.title == "Stochastic Processes in Physics and Chemistry")
        #expect(p.item.publisher == "North Holland, Amsterdam")
        #expect(p.item.publisherPlace == nil)
        let q = parser.parse("Eberly DH (2010) Game physics. Morgan Kaufmann, second edition.")
        #expect(q.item.title == "Game physics")
        #expect(q.item.publisher == "Morgan Kaufmann, second edition")
    }

    @Test("Ecology (ESA) chapter `Title. Pages 457–481 in Book.` and a report `Title. Publ. No. AZ1170, …`: the title ends before the label")
    func pagesAndPublicationLabels() {
        let p = parser.parse("Ulrich A, Gersper PL (1978) Plant nutrient limitations of tundra plant growth. Pages 457–481 in Vegetation and production ecology of an Alaskan arctic tundra. Springer, New York, USA.")
        #expect(p.item.title == "Plant nutrient limitations of tundra plant growth")
        #expect(p.item.page == "457-481")
        let q = parser.parse("Ellsworth PC (2000) Lygus control decision aids for Arizona cotton. Publ. No. AZ1170, University of Arizona. Available: http://cals.arizona.edu/pubs/crops/az1170/az11707b.pdf. Accessed 5 July 2013.")
        #expect(q.item.title == "Lygus control decision aids for Arizona cotton")
    }
}
