import Bibliography
import Testing
@testable import ReferenceText

/// Names that name-by-name reading cannot take, read because the author block has a clear end.
/// Strings in the form of the PDF-extracted references of `refparse/pmc_matching_dev.jsonl`.
@Suite("Author block: names up to the block's end")
struct AuthorBlockTests {
    @Test("A family name in capitals with a particle (`VAN DIJK P`) before `(2005)` stays in the author list")
    func capitalsBeforeYear() {
        let p = parser.parse(
            "RECIO-SPINOSO A, TEMCHIN AN, VAN DIJK P, FAN YH, RUGGERO MA (2005) Wiener-kernel analysis of responses to noise of chinchilla auditory-nerve fibers. J Neurophysiol 93:3615-3634")
        #expect(authors(p) == ["RECIO-SPINOSO A", "TEMCHIN AN", "VAN DIJK P", "FAN YH", "RUGGERO MA"])
        #expect(p.item.year == 2005)
        #expect(p.item.title == "Wiener-kernel analysis of responses to noise of chinchilla auditory-nerve fibers")
        #expect(p.item.containerTitle == "J Neurophysiol")
    }

    @Test("Mixed-case initials (`KhV`, `Pd`) and a name without initials before a parenthesised year")
    func mixedCaseInitials() {
        let p = parser.parse(
            "Janunts NA, Baghdasaryan KS, Nerkararyan KhV, Hecht B (2005) Excitation and superfocusing of surface plasmon polaritons on a silver-coated optical fiber tip. Opt Commun 253:118-124")
        #expect(p.item.author.map(\.family) == ["Janunts", "Baghdasaryan", "Nerkararyan", "Hecht"])
        #expect(p.item.title == "Excitation and superfocusing of surface plasmon polaritons on a silver-coated optical fiber tip")
        let q = parser.parse("Schlösser RG, Wagner Sauer (2006) Assessing the working memory network. Neuroscience 139:91-103")
        #expect(q.item.author.map(\.family) == ["Schlösser", "Wagner Sauer"])
        #expect(q.item.title == "Assessing the working memory network")
    }

    @Test("A colon closes a list with footnote digits (`Ohm1 JE`) and an initial typed in lower case (`Zink d`)")
    func colonEnd() {
        let p = parser.parse(
            "Pruitt K, Zinn RL, Ohm1 JE, McGarvey KM, Kang1 SL, Watkins DN, Baylin SB: Inhibition of SIRT1 reactivates silenced cancer genes. PLoS Genet 2006, 2:e40.")
        #expect(authors(p) == ["Pruitt K", "Zinn RL", "Ohm JE", "McGarvey KM", "Kang SL", "Watkins DN", "Baylin SB"])
        #expect(p.item.title == "Inhibition of SIRT1 reactivates silenced cancer genes")
        let q = parser.parse("Dax A, Zink d, Buchler P, Krammer PH: Hepatocyte growth factor induces Mcl-1. Hepatology 2004, 39:645-654.")
        #expect(authors(q) == ["Dax A", "Zink D", "Buchler P", "Krammer PH"])
        #expect(q.item.title == "Hepatocyte growth factor induces Mcl-1")
        let r = parser.parse("McCormack VA, dos SS I: Breast density and parenchymal patterns as markers of breast cancer risk: a meta-analysis. Cancer Epidemiol Biomarkers Prev 2006, 15:1159-1169.")
        #expect(r.item.author.map(\.family) == ["McCormack", "dos"])
        #expect(r.item.title == "Breast density and parenchymal patterns as markers of breast cancer risk: a meta-analysis")
    }

    @Test("The period of a Vancouver list closes names with odd initials (`Ross McL`) or a lost capital (`lannaccone PM`)")
    func periodEnd() {
        let p = parser.parse(
            "Saul N, Weingart SN, Ross McL, Wilson R, Gibberd RW, Harrison B. Epidemiology of medical error. BMJ 2000; 320:774-777.")
        #expect(p.item.author.map(\.family) == ["Saul", "Weingart", "Ross", "Wilson", "Gibberd", "Harrison"])
        #expect(p.item.title == "Epidemiology of medical error")
        let q = parser.parse(
            "lannaccone PM, Tabom GU, Garton RL. Pluripotent embryonic stem cells from the rat are capable of producing chimeras. Dev Biol 1994; 163:288-292.")
        #expect(authors(q) == ["lannaccone PM", "Tabom GU", "Garton RL"])
        #expect(q.item.title == "Pluripotent embryonic stem cells from the rat are capable of producing chimeras")
    }

    @Test("APA: a particle-less `D' Agostino, M.` and `et al.` before `(2007).`")
    func apaEtAl() {
        let p = parser.parse(
            "Rodríguez-Lázaro, D., Lombard, B., D' Agostino, M., Helmuth, R., et al. (2007). Trends in analytical methodology in food safety and quality. Trends in Food Sciences and Technology, 18, 306-319.")
        #expect(p.item.author.map(\.family) == ["Rodríguez-Lázaro", "Lombard", "D' Agostino", "Helmuth"])
        #expect(p.authorListTruncated)
        #expect(p.item.year == 2007)
        #expect(p.item.title == "Trends in analytical methodology in food safety and quality")
    }

    @Test("A title after a comma-closed list is not read as names")
    func titleIsNotNames() {
        let p = parser.parse("Hackett G, Ligament and tendon relaxation treated by prolotherapy. 3rd ed. Springfield (IL): Charles C Thomas; 1958.")
        #expect(authors(p) == ["Hackett G"])
        #expect(p.item.title == "Ligament and tendon relaxation treated by prolotherapy")
        let q = parser.parse("Hackett GS, Prolotherapy. Springfield (IL): Charles C Thomas; 1958.")
        #expect(authors(q) == ["Hackett GS"])
        #expect(q.item.title == "Prolotherapy")
    }
}

@Suite("Author list edge forms")
struct AuthorListEdgeTests {
    @Test("`Janssens J.P,`: the last initial without its period, then a comma before the title")
    func dottedWithoutFinalPeriod() {
        let p = parser.parse("Fischberg S, Motamed S, Janssens J.P, Pratique et interprétation de la spirométrie au cabinet du médecin de premier recours, Rev Med Suisse 2009;5: 1882-1889")
        #expect(p.item.author.map(\.family) == ["Fischberg", "Motamed", "Janssens"])
        #expect(p.item.author.last?.given == "J. P.")
        #expect(p.item.title == "Pratique et interprétation de la spirométrie au cabinet du médecin de premier recours")
    }

    @Test("A group after a semicolon may open with `the`, and stays in the author list")
    func groupAfterSemicolon() {
        let p = parser.parse("Sotgiu G, Borroni E, Cirillo DM; the Italian Multicentre Study on Resistance to Antituberculosis Drugs (SMIRA) Group. Drug-resistant tuberculosis among foreign-born persons in Italy. Eur Respir J. 2012; 40(2): 497-500.")
        #expect(authors(p) == ["Sotgiu G", "Borroni E", "Cirillo DM", "the Italian Multicentre Study on Resistance to Antituberculosis Drugs (SMIRA) Group"])
        #expect(p.item.title == "Drug-resistant tuberculosis among foreign-born persons in Italy")
    }

    @Test("A family name without initials closes a long Vancouver list; after a short one it is a title")
    func bareFamilyLast() {
        let p = parser.parse("Fouet A, Mock M, Hegna I, Kolsto. Bacillus anthracis, Bacillus cereus, and Bacillus thuringiensis - one species on the basis of genetic evidence. Appl Environ Microbiol 2000; 66:2627-30.")
        #expect(p.item.author.map(\.family) == ["Fouet", "Mock", "Hegna", "Kolsto"])
        #expect(p.item.title == "Bacillus anthracis, Bacillus cereus, and Bacillus thuringiensis - one species on the basis of genetic evidence")
        let q = parser.parse("Hegna I, Kolsto A, Prolotherapy. Appl Environ Microbiol 2000; 66:2627-30.")
        #expect(q.item.title == "Prolotherapy")
    }

    @Test("A journal cited without authors or title (`Arch. Ophthamol. 2001; 119: 709-717`)")
    func journalOnly() {
        let p = parser.parse("Arch. Ophthamol. 2001; 119: 709-717")
        #expect(p.item.title == nil)
        #expect(p.item.containerTitle == "Arch. Ophthamol")
        #expect(p.item.volume == "119")
        #expect(p.item.page == "709-717")
        #expect(codes(p).contains("reference-incomplete"))
        // A one-word title that is a dictionary word stays a title.
        let q = parser.parse("Aspirin. Lancet. 2001;357:1-2.")
        #expect(q.item.title == "Aspirin")
        #expect(q.item.containerTitle == "Lancet")
        // After authors written given name first, as physics lists are, abbreviations alone are the journal.
        let r = parser.parse("L. J. Garay, J. R. Anglin, J. I. Cirac, and P. Zoller, Phys. Rev. Lett. 85, 4643 (2000).")
        #expect(r.item.title == nil)
        #expect(r.item.containerTitle == "Phys. Rev. Lett")
        #expect(r.item.volume == "85")
    }
}

@Suite("Author lists typed loosely")
struct LooseAuthorListTests {
    @Test("A stray space before a comma, and a period before `, et al`, do not end the list")
    func straySeparators() {
        let p = parser.parse("Reynolds K, Lewis LB, Nolen , et al: Alcohol Consumption and Risk of Stroke: A Meta-analysis. J Am Med Assoc 2003, 289:579-88.")
        #expect(p.item.author.map(\.family) == ["Reynolds", "Lewis", "Nolen"])
        #expect(p.authorListTruncated)
        #expect(p.item.title == "Alcohol Consumption and Risk of Stroke: A Meta-analysis")
        let q = parser.parse("V Filippi, R Ganaba, RF Baggaley, I Sombié., et al, Health of women after severe obstetric complications in Burkina Faso: a longitudinal study. Lancet. 370(9595):1329-1337 (2007).")
        #expect(q.item.author.map(\.family) == ["Filippi", "Ganaba", "Baggaley", "Sombié"])
        #expect(q.authorListTruncated)
        #expect(q.item.title == "Health of women after severe obstetric complications in Burkina Faso: a longitudinal study")
    }

    @Test("Initials after a comma (`Prado, AM, Colaço, R`) and a first name without initials (`Jones, Andolina I`)")
    func commaInitials() {
        let p = parser.parse("Prado, AM, Colaço, R, Moreno, N, Feijó JA: Targeting of pollen tubes to ovules. Development 2004, 131:2707-2714.")
        #expect(authors(p) == ["Prado AM", "Colaço R", "Moreno N", "Feijó JA"])
        #expect(p.item.title == "Targeting of pollen tubes to ovules")
        let q = parser.parse("Jones, Andolina I, Oakely N, Murphy P, Sillito A. Spatial summation in lateral geniculate nucleus and visual cortex. Exp Brain Res. 2000;135:279-84.")
        #expect(q.item.author.map(\.family) == ["Jones", "Andolina", "Oakely", "Murphy", "Sillito"])
        #expect(q.item.title == "Spatial summation in lateral geniculate nucleus and visual cortex")
    }

    @Test("`St. Mary CM` and `Bohlen und Halbach O` are names before `(2008)`")
    func abbreviatedAndDoubleNames() {
        let p = parser.parse("Shima JS, Osenberg CW, St. Mary CM (2008) Quantifying site quality in a heterogeneous landscape. Ecology 89:86-94.")
        #expect(authors(p) == ["Shima JS", "Osenberg CW", "St. Mary CM"])
        #expect(p.item.title == "Quantifying site quality in a heterogeneous landscape")
        let q = parser.parse("Zechel S, Huber-Wittmer K, Bohlen und Halbach O von (2006) Distribution of the iron-regulating protein hepcidin. J Neurosci Res 84:790-800")
        #expect(q.item.author.map(\.family) == ["Zechel", "Huber-Wittmer", "Bohlen und Halbach"])
        #expect(q.item.title == "Distribution of the iron-regulating protein hepcidin")
    }

    @Test("An abbreviated journal after a given-first list (`J. Fluid Mech., 279`) is not an author")
    func journalAfterGivenFirstList() {
        let p = parser.parse("M. S. Borgas and B. L. Sawford, J. Fluid Mech., 279, 69-99 (1994).")
        #expect(authors(p) == ["Borgas MS", "Sawford BL"])
        #expect(p.item.volume == "279")
        #expect(p.item.page == "69-99")
        let q = parser.parse("S. S. Gubser, I. R. Klebanov, A. M. Polyakov, Phys. Lett. B428 (1998) 105.")
        #expect(authors(q) == ["Gubser SS", "Klebanov IR", "Polyakov AM"])
    }
}

@Suite("Author blocks in other list styles")
struct OtherListStyleTests {
    @Test("Chicago: the first author family name first, the others given name first, before `(1989)`")
    func chicago() {
        let p = parser.parse("Renals, Steve, and Richard Rohwer, (1989). Phoneme Classification Experiments Using Radial Basis Functions. Proc IJCNN 1, 461-467.")
        #expect(p.item.author.map(\.family) == ["Renals", "Rohwer"])
        #expect(p.item.author.map(\.given) == ["Steve", "Richard"])
        #expect(p.item.title == "Phoneme Classification Experiments Using Radial Basis Functions")
    }

    @Test("`Jacob D Bekenstein`: given name, initial, family name")
    func givenInitialFamily() {
        let p = parser.parse("Jacob D Bekenstein. Black holes and entropy. Physical Review D, 7:2333-2346, 1973.")
        #expect(p.item.author.map(\.family) == ["Bekenstein"])
        #expect(p.item.author.first?.given == "Jacob D")
        #expect(p.item.title == "Black holes and entropy")
    }

    @Test("`WANG X N`: a family name in capitals keeps its one-letter initials apart")
    func capitalsWithSpacedInitials() {
        let p = parser.parse("LIANG Z T, WANG X N. Global polarization of QGP in non-central heavy ion collisions. Phys Rev Lett 2005; 94:102301.")
        #expect(authors(p) == ["LIANG ZT", "WANG XN"])
        #expect(p.item.title == "Global polarization of QGP in non-central heavy ion collisions")
    }

    @Test("The period of an initial before another initial does not end the block (`Cleary J. G. (1987)`)")
    func dottedInitialsBeforeYear() {
        let p = parser.parse("Witten, I. H., Neal R. M., and Cleary J. G. (1987). Arithmetic coding for data compression. Commun ACM 30, 520-540.")
        #expect(authors(p) == ["Witten IH", "Neal RM", "Cleary JG"])
        #expect(p.item.title == "Arithmetic coding for data compression")
    }

    @Test("French `et` joins the last name of a list (`BACQUE M.-H et SINTOMER Y.`)")
    func frenchEt() {
        let p = parser.parse("BACQUE M.-H et SINTOMER Y. La démocratie participative. Paris: La Découverte; 2011.")
        #expect(p.item.author.map(\.family) == ["BACQUE", "SINTOMER"])
    }
}
