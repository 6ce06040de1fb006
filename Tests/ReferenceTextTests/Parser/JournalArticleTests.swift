import Bibliography
import Testing
@testable import ReferenceText

@Suite("Journal articles: Vancouver/NLM and AMA")
struct JournalArticleTests {
    @Test("a date with month and day, an issue, and pages after a stray space")
    func dateWithMonthAndDay() {
        let p = parser.parse("Lerch MM, Gorelick FS. Models of acute and chronic pancreatitis. Gastroenterology. 2010 Mar 18;29(11): 1611-21.")
        #expect(authors(p) == ["Lerch MM", "Gorelick FS"])
        #expect(p.item.title == "Models of acute and chronic pancreatitis")
        #expect(p.item.containerTitle == "Gastroenterology")
        #expect(p.item.issued?.dateParts == [[2010, 3, 18]])
        #expect(p.item.volume == "29")
        #expect(p.item.issue == "11")
        #expect(p.item.page == "1611-21")
        #expect(p.item.pageRanges.first?.last == "1621")
        #expect(covered(p, p.spans["issued"]) == "2010 Mar 18")
        #expect(covered(p, p.spans["page"]) == "1611-21")
    }

    @Test("issue ranges, supplements and parts")
    func issueForms() {
        let range = parser.parse("Liu YK, Tipton CM. An in situ study of a sclerosing solution. Connect Tissue Res. 1983;11(2-3):95-102.")
        #expect(range.item.volume == "11")
        #expect(range.item.issue == "2-3")
        let suppl = parser.parse("Geraud G, Keywood C. Tolerability of frovatriptan. Headache. 2002;42(Suppl 2):S93-9.")
        #expect(suppl.item.issue == "Suppl 2")
        #expect(suppl.item.page == "S93-9")
        let bare = parser.parse("Geraud G, Keywood C. Tolerability of frovatriptan. Headache. 2002;42 Suppl 2:S93-9.")
        #expect(bare.item.volume == "42")
        #expect(bare.item.issue == "Suppl 2")
        let part = parser.parse("Tamaki Y, Suzuki K. Effects of rosuvastatin on lipid profile. Atherosclerosis. 2004;25(1 Pt 2):1065-72.")
        #expect(part.item.issue == "1 Pt 2")
        #expect(part.item.page == "1065-72")
    }

    @Test("e-locators, Epub notes, DOI, PMID and PMCID")
    func identifiers() {
        let p = parser.parse(
            "Zhang X, Li Y. Rapid detection of influenza viruses. PLoS One. 2012;7(3):e33456. doi:10.1371/journal.pone.0033456. PMID: 22457762; PMCID: PMC3310876.")
        #expect(p.item.page == "e33456")
        #expect(p.item.doi == "10.1371/journal.pone.0033456")
        #expect(p.item.pmid == "22457762")
        #expect(p.item.pmcid == "PMC3310876")
        #expect(covered(p, p.spans["DOI"]) == "10.1371/journal.pone.0033456")
        let epub = parser.parse("Brown AB, Smith CD. Does exercise prevent falls? BMJ. 2009;339:b3692. Epub 2009 Sep 15.")
        #expect(epub.item.title == "Does exercise prevent falls?")
        #expect(epub.item.page == "b3692")
        #expect(epub.diagnostics.isEmpty)
        let ahead = parser.parse("Nguyen T, Müller KH. Hip study. Acta Orthop. 2011;82(3):1-10. [Epub ahead of print]")
        #expect(ahead.item.page == "1-10")
        #expect(ahead.item.containerTitle == "Acta Orthop")
    }

    @Test("a particle with an apostrophe stays in the family name as written: van 't Veer")
    func apostropheParticle() {
        let p = parser.parse("de Vries HA, van 't Veer LJ. Gene expression profiling. N Engl J Med. 2002;347:1999-2009.")
        #expect(p.item.author.map(\.family) == ["de Vries", "van 't Veer"])
        #expect(p.item.author.map(\.nonDroppingParticle) == [nil, nil])
        #expect(p.item.title == "Gene expression profiling")
    }

    @Test("Italian and Filipino particles (`dela Cruz`, `delle Donne`) stay in the family name")
    func italianParticles() {
        let p = parser.parse("Mangahas CR, dela Cruz GV, Jamal S. Endothelin-1 induces CXCL1 secretion in melanoma cells. J Invest Dermatol. 2005;125:307-11.")
        #expect(p.item.author.map(\.family) == ["Mangahas", "dela Cruz", "Jamal"])
        #expect(p.item.title == "Endothelin-1 induces CXCL1 secretion in melanoma cells")
        let delle = parser.parse("delle Donne M, Rossi P. Cardiac output in athletes. Eur Heart J. 2010;31:1-9.")
        #expect(delle.item.author.map(\.family) == ["delle Donne", "Rossi"])
    }

    @Test("the misspelling `et. al.` ends the author list like `et al.`")
    func etAlMisspelled() {
        let p = parser.parse("Sieber JJ, Willig K, Kutzner C, et. al. (2007) Anatomy and dynamics of a membrane protein cluster. Science 317: 1072–1076.")
        #expect(authors(p) == ["Sieber JJ", "Willig K", "Kutzner C"])
        #expect(p.authorListTruncated)
        #expect(p.item.title == "Anatomy and dynamics of a membrane protein cluster")
        #expect(p.item.year == 2007)
    }

    @Test("an author called Doi is not a DOI label")
    func doiAuthor() {
        let p = parser.parse("Matsuki T, Nakata T, Doi A, Takahashi H. Prognostic value of fatty acid imaging. Eur J Nucl Med. 1999;26:1-8.")
        #expect(authors(p) == ["Matsuki T", "Nakata T", "Doi A", "Takahashi H"])
        #expect(p.item.doi == nil)
    }

    @Test("a URL is kept and its label dropped")
    func url() {
        let p = parser.parse(
            "Stanger CA, Romilly DP. Devices for assisting manipulation. IEEE Trans Rehabil Eng. 1994;2(4):256-65. Available from: http://ieeexplore.ieee.org/x.htm?arnumber=340872.")
        #expect(p.item.url == "http://ieeexplore.ieee.org/x.htm?arnumber=340872")
        #expect(p.item.page == "256-65")
    }

    @Test("et al. is recorded on the item")
    func etAl() throws {
        let p = parser.parse("Murphy M, Godson C, Cannon S, et al. Suppression subtractive hybridization. J Biol Chem. 1999;274(9):5830-5839.")
        #expect(authors(p) == ["Murphy M", "Godson C", "Cannon S"])
        #expect(p.authorListTruncated)
        #expect(p.item.fields[ParsedReference.etAlField] == .bool(true))
        #expect(covered(p, p.spans["author"]) == "Murphy M, Godson C, Cannon S, et al.")
    }

    @Test("a sentence-case title after et al. that names an institution is the title, not a group author")
    func titleAfterEtAl() throws {
        let p = parser.parse(
            "Wheeler DL, Barrett T, Benson DA, Bryant SH, Canese K, et al. Database resources of the National Center for Biotechnology Information. Nucleic Acids Res. 2007;35:D5-D12.")
        #expect(authors(p) == ["Wheeler DL", "Barrett T", "Benson DA", "Bryant SH", "Canese K"])
        #expect(p.item.title == "Database resources of the National Center for Biotechnology Information")
        #expect(p.item.containerTitle == "Nucleic Acids Res")
        // A group named after et al. is still a name.
        let group = parser.parse("Smith J, Jones K, Brown L, et al. The C elegans Sequencing Consortium. Genome sequence of the nematode. Science. 1998;282:2012-8.")
        #expect(group.item.author.last == .literal("The C elegans Sequencing Consortium"))
        #expect(group.item.title == "Genome sequence of the nematode")
    }

    @Test("Citing Medicine: an organisation's part and the whole after a comma are one author; organisations after semicolons are two")
    func organisationHierarchy() {
        let part = parser.parse(
            "Committee on Opportunities in Neuroscience for Future Army Applications, National Research Council of the National Academies. Opportunities in neuroscience for future army applications. Washington (DC): National Academies Press; 2009.")
        #expect(part.item.author == [.literal("Committee on Opportunities in Neuroscience for Future Army Applications, National Research Council of the National Academies")])
        #expect(part.item.title == "Opportunities in neuroscience for future army applications")
        let two = parser.parse("American Diabetes Association; European Association for the Study of Diabetes. Consensus statement. Diabetes Care. 2009;32:193-203.")
        #expect(two.item.author == [.literal("American Diabetes Association"), .literal("European Association for the Study of Diabetes")])
    }

    @Test("a collective author is one literal name")
    func collectiveAuthor() {
        let p = parser.parse(
            "Writing Group for the Women's Health Initiative Investigators. Risks and benefits of estrogen plus progestin in healthy postmenopausal women. JAMA. 2002;288(3):321-33.")
        #expect(p.item.author == [.literal("Writing Group for the Women's Health Initiative Investigators")])
        #expect(p.item.title == "Risks and benefits of estrogen plus progestin in healthy postmenopausal women")
        #expect(p.item.containerTitle == "JAMA")
    }

    @Test("particles (kept in the family name as PubMed records keep them), compound surnames, suffixes and non-ASCII names")
    func names() throws {
        let p = parser.parse(
            "Di Paolo S, van der Berg AB, de la Torre J, Rigó J Jr, Kim SR 2nd, Østergaard L, Łukasz M, Müller K-H. A title. Lancet. 2001;357:1-5.")
        let names = p.item.author
        #expect(names.count == 8)
        #expect(names[0].nonDroppingParticle == nil)
        #expect(names[0].family == "Di Paolo")
        #expect(names[0].given == "S.")
        #expect(names[1].family == "van der Berg")
        #expect(names[1].given == "A. B.")
        #expect(names[2].family == "de la Torre")
        #expect(names[3].family == "Rigó")
        #expect(names[3].suffix == "Jr")
        #expect(names[4].suffix == "2nd")
        #expect(authors(p) == ["Di Paolo S", "van der Berg AB", "de la Torre J", "Rigó J Jr", "Kim SR 2nd", "Østergaard L", "Łukasz M", "Müller KH"])
        #expect(names[7].given == "K.-H.")
    }

    @Test("family names in capitals are read and kept as written")
    func capitals() {
        let all = parser.parse("PAOLINI AG, RECIO-SPINOSO A (2001) Temporal processing. J Neurosci 21:1-10")
        #expect(all.item.author.map(\.family) == ["PAOLINI", "RECIO-SPINOSO"])
        #expect(all.item.title == "Temporal processing")
        let one = parser.parse("Go LL, Simmons RL, ROWE MI. The effect of endotoxin. Arch Surg 1995; 130:53-58.")
        #expect(one.item.author.map(\.family) == ["Go", "Simmons", "ROWE"])
    }

    @Test("titles ending in ? or ! keep the mark")
    func titleMarks() {
        #expect(parser.parse("Brown AB. Does exercise prevent falls? BMJ. 2009;339:b3692.").item.title == "Does exercise prevent falls?")
        #expect(parser.parse("Köln A. Hip study: results! Acta Orthop. 2011;82(3):1-10.").item.title == "Hip study: results!")
    }

    @Test("a bracketed language note is taken out of the title")
    func translatedTitle() {
        let p = parser.parse("Laux G. Antidepressant therapy in the elderly [Article in German]. Nervenarzt. 2001;72(8):606-11.")
        #expect(p.item.title == "Antidepressant therapy in the elderly")
        #expect(p.item.language == "German")
        #expect(p.item.containerTitle == "Nervenarzt")
        #expect(p.diagnostics.isEmpty)
    }

    @Test("a journal title after a title without its period")
    func missingTitlePeriod() {
        let p = parser.parse("Vergnaud G, Page DC. A deletion map of the human Y chromosome based on DNA hybridization Am J Hum Genet 1986;38:109-124.")
        #expect(p.item.title == "A deletion map of the human Y chromosome based on DNA hybridization")
        #expect(p.item.containerTitle == "Am J Hum Genet")
        // A capitalised word the lexicon does not know closes the title before a known journal opener.
        let q = parser.parse("Soodyall H, Vigilant L. MtDNA control-region sequence variation in Sub-Saharan Africans Am J Hum Genet 1996; 58:595-608.")
        #expect(q.item.title == "MtDNA control-region sequence variation in Sub-Saharan Africans")
        #expect(q.item.containerTitle == "Am J Hum Genet")
    }

    @Test("journal titles abbreviated with periods are kept whole")
    func dottedJournal() {
        let p = parser.parse("Prins ML. Cerebral metabolic adaptation after brain injury. J. Cereb. Blood Flow Metab. 2008;28:1-16.")
        #expect(p.item.title == "Cerebral metabolic adaptation after brain injury")
        #expect(p.item.containerTitle == "J. Cereb. Blood Flow Metab")
        // Three short words in one part, and long abbreviated words.
        let q = parser.parse("Dolan RJ, Vuilleumier P. Amygdala automaticity in emotional processing. Ann. N Y Acad. Sci. 2003;985:348-355.")
        #expect(q.item.title == "Amygdala automaticity in emotional processing")
        #expect(q.item.containerTitle == "Ann. N Y Acad. Sci")
        let r = parser.parse("Steriade, M.: Interneuronal epileptic discharges in behaving monkeys. Electroencephalogr. Clin. Neurophysiol. 37, 247-263 (1974)")
        #expect(r.item.title == "Interneuronal epileptic discharges in behaving monkeys")
        #expect(r.item.containerTitle == "Electroencephalogr. Clin. Neurophysiol")
        // A whole word unknown to the lexicon is no abbreviation: it ends the title, not the journal.
        let u = parser.parse("Smith J. Back pain: a review of injection therapy. Prolotherapy. J Med. 2001;3:4-5.")
        #expect(u.item.containerTitle == "J Med")
        // A journal abbreviation broken after a combining form closes up.
        let s = parser.parse("Quante M, Sauerbruch T. Atypical Ormond's disease associated with bile duct stricture. Scand J Gastro- enterol 2009;44:116-120")
        #expect(s.item.containerTitle == "Scand J Gastroenterol")
    }

    @Test("BMC style: a colon after the authors and a comma after the year")
    func bmcStyle() {
        let p = parser.parse("Holmes A, Muhlen S, Roe AJ, Dean P: The EspF effector, a bacterial pathogen's Swiss army knife. Infect Immun 2010, 78:4445-4453.")
        #expect(authors(p) == ["Holmes A", "Muhlen S", "Roe AJ", "Dean P"])
        #expect(p.item.title == "The EspF effector, a bacterial pathogen's Swiss army knife")
        #expect(p.item.containerTitle == "Infect Immun")
        #expect(p.item.year == 2010)
        #expect(p.item.volume == "78")
        #expect(p.item.page == "4445-4453")
    }

    @Test("an unparseable string still gives an item and a finding")
    func garbage() {
        let p = parser.parse("see the website for more")
        #expect(p.item.issued == nil)
        #expect(codes(p).contains("reference-incomplete"))
        #expect(p.confidence < 0.5)
        let empty = parser.parse("")
        #expect(codes(empty) == ["reference-incomplete"])
    }
}
