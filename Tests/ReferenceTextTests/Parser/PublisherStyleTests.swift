import Bibliography
import Testing
@testable import ReferenceText

/// The styles publishers print on article pages (PLOS/BMC author-year with trailing identifiers, web
/// pages with access dates, articles cited before their pages). Strings written for these tests in
/// the shape of the real ones.
@Suite("Publisher styles: author-year with identifiers, web pages, known journals")
struct PublisherStyleTests {
    @Test("PLOS: Authors (Year) Title. Journal Vol: pages. doi: DOI PMID — the bare PMID after the DOI is the PMID")
    func plosDoiThenBarePMID() {
        let p = parser.parse(
            "Barr AL, Olive ZN (2004) Network biology: the organisation of the cell. Nature Reviews Genetics 5: 101–113. doi: 10.1038/nrg9999 14735121")
        #expect(authors(p) == ["Barr AL", "Olive ZN"])
        #expect(p.item.year == 2004)
        #expect(p.item.title == "Network biology: the organisation of the cell")
        #expect(p.item.containerTitle == "Nature Reviews Genetics")
        #expect(p.item.volume == "5")
        #expect(p.item.page == "101-113")
        #expect(p.item.doi == "10.1038/nrg9999")
        #expect(p.item.pmid == "14735121")
    }

    @Test("PLOS: `PubMed: N` labels the PMID; the year is the author year, not the last page")
    func pubmedLabel() {
        let p = parser.parse(
            "Godwin HC, Bell JR (2010) Food security: feeding nine billion. Science 327: 812-2020. doi:10.1126/science.9999999. PubMed: 20110467.")
        #expect(p.item.pmid == "20110467")
        #expect(p.item.doi == "10.1126/science.9999999")
        #expect(p.item.year == 2010)
        #expect(p.item.containerTitle == "Science")
        #expect(p.item.page == "812-2020")
    }

    @Test("a bare PMID standing last after the pages")
    func barePMIDAfterPages() {
        let p = parser.parse(
            "Storm M, Rain C (2001). Climate change: more shrubs in the Arctic. Nature. 411:546–547. 11385559")
        #expect(p.item.pmid == "11385559")
        #expect(p.item.title == "Climate change: more shrubs in the Arctic")
        #expect(p.item.volume == "411")
        #expect(p.item.page == "546-547")
    }

    @Test("PLOS: Vol (Issue) pages with spaces only, Suppl after the volume, and a doubled colon")
    func volumeIssuePagesWithoutColon() {
        let a = parser.parse("Shaw MC, Dell AL (2010) Assembly of large genomes. Genome Res 20 (9) 1165–1173.")
        #expect(a.item.containerTitle == "Genome Res")
        #expect(a.item.volume == "20")
        #expect(a.item.issue == "9")
        #expect(a.item.page == "1165-1173")
        let b = parser.parse("Stark M, Wack S (2003) Gene prediction with a hidden Markov model. Bioinformatics 19 Suppl 2: ii215–ii225.")
        #expect(b.item.containerTitle == "Bioinformatics")
        #expect(b.item.volume == "19")
        #expect(b.item.issue == "Suppl 2")
        #expect(b.item.page == "ii215-ii225")
        let c = parser.parse("Coy RS, Stone NA (2012) Whole genome studies of ciliates. Methods in cell biology 109:: 53–81.")
        #expect(c.item.volume == "109")
        #expect(c.item.page == "53-81")
    }

    @Test("web page: `Available:` URL, `Accessed 8 August 2011` is the access date (never the issued year), `n.d.` no date")
    func webPageAccessDate() {
        let p = parser.parse(
            "Cress D. Pentagon plans. Nature News Blog. 2008. Available: http://blogs.example.org/2008/08/plans.html. Accessed 8 August 2011.")
        #expect(p.item.url == "http://blogs.example.org/2008/08/plans.html")
        #expect(p.item.year == 2008)
        #expect(p.item.accessed == DateValue(year: 2011, month: 8, day: 8))
        #expect(p.item.title?.contains("Accessed") == false)
        let nd = parser.parse("Cephos. Cephos home page. n.d.. Available: http://www.example.com/. Accessed 13 January 2012.")
        #expect(nd.item.issued == nil)
        #expect(nd.item.accessed == DateValue(year: 2012, month: 1, day: 13))
        #expect(nd.item.title?.hasSuffix("n.d") == false)
    }

    @Test("Vancouver ahead of print: `Title. Cancer Lett. 2009.` is an article in a known journal")
    func knownJournalWithoutPages() {
        let p = parser.parse("Ruan K, Fang X. MicroRNAs as regulators in cancer. Cancer Lett. 2009.")
        #expect(p.item.type == .articleJournal)
        #expect(p.item.title == "MicroRNAs as regulators in cancer")
        #expect(p.item.containerTitle == "Cancer Lett")
        #expect(p.item.year == 2009)
        let v = parser.parse("Saleem AB, Krapp HG (2008) Receptive fields by spike-triggered analysis. Journal of Vision 8.")
        #expect(v.item.containerTitle == "Journal of Vision")
        #expect(v.item.volume == "8")
        #expect(v.item.year == 2008)
    }

    @Test("PLOS author-year: a last sentence that is an abbreviated journal name followed by a volume alone, or by pages alone, is the journal")
    func abbreviatedJournalTail() {
        let v = parser.parse("Mattsson T (2008) Increased organic C and N leaching in a northern boreal river basin in Finland. Glob Biogeochem Cycles 22.")
        #expect(v.item.title == "Increased organic C and N leaching in a northern boreal river basin in Finland")
        #expect(v.item.containerTitle == "Glob Biogeochem Cycles")
        #expect(v.item.volume == "22")
        let p = parser.parse("Karlsson FH, Tremaroli V (2013) Gut metagenome in European women with normal glucose control. Nature 4–10 doi:10.1038/nature12198")
        #expect(p.item.title == "Gut metagenome in European women with normal glucose control")
        #expect(p.item.containerTitle == "Nature")
        #expect(p.item.page == "4-10")
        #expect(p.item.doi == "10.1038/nature12198")
        let acronym = parser.parse("Chatterji S, Eisen J (2008) CompostBin: A DNA composition-based algorithm for binning environmental shotgun reads. RECOMB 17–28.")
        #expect(acronym.item.containerTitle == "RECOMB")
        #expect(acronym.item.page == "17-28")
        // Capitalised dictionary words with pages are no journal name.
        let words = parser.parse("Smith J (2010) On growth and form. Shape and Form 1–20.")
        #expect(words.item.containerTitle == nil)
    }

    @Test("a known journal decides: a journal with a subtitle stays whole; a numbered part before it stays in the title")
    func knownJournalBoundaries() {
        let a = parser.parse(
            "Lee K, Park J. Atrial fibrillation after ablation. Heart rhythm: the official journal of the Heart Rhythm Society. 2011;8:1-9.")
        #expect(a.item.containerTitle == "Heart rhythm: the official journal of the Heart Rhythm Society")
        #expect(a.item.title == "Atrial fibrillation after ablation")
        let b = parser.parse(
            "Swan MT, Prescott DM (1980) Gene-sized DNA molecules of hypotrichs. DNA of ciliated protozoa. VIII. Chromosoma 77: 217–227.")
        #expect(b.item.containerTitle == "Chromosoma")
        #expect(b.item.title == "Gene-sized DNA molecules of hypotrichs. DNA of ciliated protozoa. VIII")
    }

    @Test("a known journal closes a title written without the period before it")
    func knownJournalMissingPeriod() {
        let p = parser.parse("Kopp J, Norton SA (2005) Photochemical production of aluminium in lakes Environ Sci Technol 39: 3656–3662.")
        #expect(p.item.title == "Photochemical production of aluminium in lakes")
        #expect(p.item.containerTitle == "Environ Sci Technol")
    }

    @Test("authors: Anon., family names without initials closed by et al., a corporate author before (Year)")
    func unusualAuthors() {
        #expect(parser.parse("Anon. Deciphering citation statistics. Nature Neurosci. 2008;11:619.").item.author == [.literal("Anon")])
        let families = parser.parse("Fontana, Stadler, Bornberg-Bauer, Hofacker, et al. RNA folding landscapes. Phys Rev E. 1993;47:2083-2099.")
        #expect(families.item.author.map(\.family) == ["Fontana", "Stadler", "Bornberg-Bauer", "Hofacker"])
        #expect(families.authorListTruncated)
        #expect(families.item.title == "RNA folding landscapes")
        let corporate = parser.parse("NEEM community members (2013) Eemian interglacial reconstructed from an ice core. Nature 493: 489–494.")
        #expect(corporate.item.author == [.literal("NEEM community members")])
        #expect(corporate.item.title == "Eemian interglacial reconstructed from an ice core")
        #expect(corporate.item.year == 2013)
    }

    @Test("names: an en dash inside a double surname, and a decomposed accent inside a name")
    func nameCharacters() {
        let p = parser.parse("Milo R, Shen–Orr S, Kope\u{0301}c J. Network motifs. Science. 2002;298:824-827.")
        #expect(p.item.author.map(\.family) == ["Milo", "Shen–Orr", "Kope\u{0301}c"])
        #expect(p.item.title == "Network motifs")
    }

    @Test("Citing Medicine for a journal without volumes: `2009:171-84` gives pages, no volume")
    func yearThenPages() {
        let p = parser.parse("Tak T, Tagu D. Aquaporins as drug targets. Handb Exp Pharmacol. 2009:171-184.")
        #expect(p.item.containerTitle == "Handb Exp Pharmacol")
        #expect(p.item.year == 2009)
        #expect(p.item.volume == nil)
        #expect(p.item.page == "171-184")
    }

    @Test("author-year: a year-like number after the journal is the volume (`Copeia 1978: 498-503`)")
    func yearNumberedVolume() {
        let p = parser.parse("Trew L, Dell WE (1977) A new casque-headed frog. Copeia 1978: 498–503.")
        #expect(p.item.year == 1977)
        #expect(p.item.volume == "1978")
        #expect(p.item.page == "498-503")
        #expect(p.item.containerTitle == "Copeia")
    }

    @Test("author-year: `Container: pages.` without a volume, and a Vancouver `Spec No` issue")
    func containerPages() {
        let p = parser.parse("Fisk RA (1935) The logic of inference. Journal of the Royal Statistical Society: 39–82.")
        #expect(p.item.title == "The logic of inference")
        #expect(p.item.containerTitle == "Journal of the Royal Statistical Society")
        #expect(p.item.page == "39-82")
        let s = parser.parse("Kyle S, Curt NJ. The Achilles heel of cancer. Br J Radiol. 2008;81 Spec No 1:S6-11.")
        #expect(s.item.volume == "81")
        #expect(s.item.issue == "Spec No 1")
        #expect(s.item.page == "S6-11")
    }

    @Test("chapters: the labelled page range wherever it stands (`pp. 133-294`, `Pages 457-481 in`)")
    func chapterPages() {
        let a = parser.parse(
            "Rice SO (1954) Analysis of random noise. In: Wax N, editor, Selected papers on noise, Dover Publications, New York. pp. 133–294.")
        #expect(a.item.page == "133-294")
        let b = parser.parse("Ulrich A, Gersper PL (1978) Plant nutrient limitations. Pages 457–481 in Vegetation of the tundra. Springer, New York, USA.")
        #expect(b.item.page == "457-481")
    }

    @Test("a quoted word opening a title is part of it; quotes closed by punctuation hold the whole title (IEEE)")
    func quotedWordInTitle() {
        let a = parser.parse("Worm HJ, Bonn G. “Laminopathies”: a wide spectrum of diseases. Exp Cell Res. 2007;313:2121-2133.")
        #expect(a.item.title == "“Laminopathies”: a wide spectrum of diseases")
        #expect(a.item.containerTitle == "Exp Cell Res")
        let b = parser.parse("A. B. Smith, \"Kinase signalling in cells,\" Nat. Cell Biol., vol. 5, no. 10, pp. 914–920, 2003.")
        #expect(b.item.title == "Kinase signalling in cells")
    }

    @Test("a journal title in title case is not cut at its last capitalised words; one written with periods is found whole")
    func titleCaseJournal() {
        let a = parser.parse("Lamb PW, Rosso OA. Intensive entropic measures. Physica A: Statistical Mechanics and its Applications. 2004;334:119-131.")
        #expect(a.item.containerTitle == "Physica A: Statistical Mechanics and its Applications")
        #expect(a.item.title == "Intensive entropic measures")
        let b = parser.parse(
            "Walther GR (2010) Community responses to climate change. Philosophical transactions of the Royal Society of London. Series B, Biological Sciences. 365:2019–2204.")
        #expect(b.item.title == "Community responses to climate change")
        #expect(b.item.containerTitle == "Philosophical transactions of the Royal Society of London. Series B, Biological Sciences")
    }

    @Test("author-year books: the last sentence naming a publisher is the imprint, not the title")
    func authorYearBookImprint() {
        let p = parser.parse("Bishop CM (2006) Pattern recognition and machine learning. Springer Verlag, New York, USA.")
        #expect(p.item.title == "Pattern recognition and machine learning")
        #expect(p.item.publisher == "Springer Verlag, New York, USA")
        #expect(p.item.year == 2006)
    }

    @Test("author-year: a volume standing last after a journal-like sentence, and `Vol pages` without a colon")
    func volumeWithoutPagesOrColon() {
        let a = parser.parse("Panier T, Sumbre G (2013) Fast imaging of zebrafish brains. Frontiers in neural circuits 7.")
        #expect(a.item.containerTitle == "Frontiers in neural circuits")
        #expect(a.item.volume == "7")
        #expect(a.item.title == "Fast imaging of zebrafish brains")
        let b = parser.parse("Hanson J, Sato M (2012) Perception of climate change. Proc Natl Acad Sci USA 109 14726–14727.")
        #expect(b.item.containerTitle == "Proc Natl Acad Sci USA")
        #expect(b.item.volume == "109")
        #expect(b.item.page == "14726-14727")
    }

    @Test("a DOI inside a publisher's link (/doi/10.) is the DOI; a PMID after a link or after a page ending in a letter")
    func doiInLinkAndPMIDAfterLink() {
        let a = parser.parse("Chen Y, Li H (2013) Air pollution and life expectancy. Proc Natl Acad Sci USA www.pnas.org/cgi/doi/10.1073/pnas.1300018110.")
        #expect(a.item.doi == "10.1073/pnas.1300018110")
        let b = parser.parse("Wang YL. Dynamics of the cytoskeleton. Curr Opin Cell Biol. 1991;3(1):27–32. http://dx.doi.org/10.1016/0955-0674(91)90162-R. 1854480.")
        #expect(b.item.doi == "10.1016/0955-0674(91)90162-R")
        #expect(b.item.pmid == "1854480")
        let c = parser.parse("Slom A, Paus R. Melanogenesis and hair growth. J Invest Dermatol. 1993;101:90S–7S. 8326158")
        #expect(c.item.pmid == "8326158")
        #expect(c.item.page == "90S-7S")
    }

    @Test("chapters: the book title ends where a publisher, a volume label or the pages begin; a page range is no year; `In:` after a title without its period")
    func chapterBookTitle() {
        let a = parser.parse(
            "Park M, Pillow JW (2011) Active learning of response functions. In: Shawe-Taylor J, Zemel R, editors, Advances in Neural Information Processing Systems 24, Curran Associates, Inc., pp. 2043–2051.")
        #expect(a.item.type == .chapter)
        #expect(a.item.containerTitle == "Advances in Neural Information Processing Systems 24")
        #expect(a.item.publisher == "Curran Associates, Inc")
        #expect(a.item.year == 2011)
        #expect(a.item.page == "2043-2051")
        let b = parser.parse("Mohl B (1988) Target detection by bats. In: Animal Sonar, NATO ASI Series, volume 156. pp. 435–450.")
        #expect(b.item.containerTitle == "Animal Sonar, NATO ASI Series")
        let c = parser.parse(
            "Bell DR, Wain PC (2002) The history of fishes on coral reefs In: Sale PF, editor. Coral reef fishes. New York: Academic Press. pp. 5-32.")
        #expect(c.item.type == .chapter)
        #expect(c.item.title == "The history of fishes on coral reefs")
        #expect(c.item.containerTitle == "Coral reef fishes")
        #expect(c.item.publisher == "Academic Press")
    }

    @Test("cut strings end without hanging or crashing: a label with nothing after it, a year right after the authors")
    func cutStrings() {
        let a = parser.parse("Hu X, Murray WM. Endpoint stiffness. J Neurophysiol. 2012;108(8):2083-91. PubMed ")
        #expect(a.item.pmid == nil)
        #expect(a.item.page == "2083-91")
        let b = parser.parse("Cress D. Pentagon plans. Nature News Blog. 2008. Accessed ")
        #expect(b.item.accessed == nil)
        #expect(b.item.year == 2008)
        let c = parser.parse("Smith J. 2009")
        #expect(authors(c) == ["Smith J"])
        let d = parser.parse("Smith J (2010) : 12-15")
        #expect(d.item.year == 2010)
    }

    @Test("IEEE: `vol. 5, no. 10, pp. 914-920, 2003` is the source block; the journal keeps no label")
    func ieeeBlock() {
        let p = parser.parse("A. B. Smith and C. D. Jones, \"Kinase signalling in cells,\" Nat. Cell Biol., vol. 5, no. 10, pp. 914–920, 2003.")
        #expect(p.item.containerTitle == "Nat. Cell Biol")
        #expect(p.item.volume == "5")
        #expect(p.item.issue == "10")
        #expect(p.item.page == "914-920")
        #expect(p.item.year == 2003)
    }

    @Test("Harvard: a title in single quotes, then `, Journal, vol(issue), pp.`")
    func harvardSingleQuotes() {
        let p = parser.parse("Smith, A.B. and Jones, C.D. (2012) 'Kinase signalling in cells', Journal of Cell Science, 125(3), pp. 45–67.")
        #expect(p.item.title == "Kinase signalling in cells")
        #expect(p.item.containerTitle == "Journal of Cell Science")
        #expect(p.item.volume == "125")
        #expect(p.item.page == "45-67")
    }

    @Test("PLOS `Journal Vol: pages` with a four-digit volume: the volume is no year (`Biochim Biophys Acta 1811: 637-647`)")
    func fourDigitVolume() {
        let p = parser.parse("Smith JA. Membrane lipids. Biochim Biophys Acta 1811: 637–647.")
        #expect(p.item.volume == "1811")
        #expect(p.item.issued == nil)
        #expect(p.item.page == "637-647")
        let c = parser.parse("Smith JA, Jones B. Sudden death in athletes. Circulation 103: 2015–2020.")
        #expect(c.item.issued == nil)
        #expect(c.item.volume == "103")
    }
}

