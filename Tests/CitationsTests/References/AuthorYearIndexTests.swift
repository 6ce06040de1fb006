import Bibliography
import Testing
@testable import Citations

@Suite("Author–year index of a reference list")
struct AuthorYearIndexTests {
    private func key(_ text: String) -> AuthorYearIndex.Key? {
        let entry = ReferenceEntry(number: 1, text: text, location: SourceLocation(line: 1, column: 1))
        return AuthorYearIndex(entries: [entry]).keys.first
    }

    @Test("first and second surnames in Vancouver, APA, IEEE and corporate entries")
    func surnames() {
        #expect(key("Smith JA, Jones B (2012) Title. J Infect Dis 205: 1123–1130.")?.surname == "smith")
        #expect(key("Smith JA, Jones B (2012) Title. J Infect Dis 205: 1123–1130.")?.second == "jones")
        #expect(key("Smith, J. A., & Jones, B. (2012). Title. Journal, 5, 1–2.")?.second == "jones")
        #expect(key("A. B. Smith, \"Title,\" Nat. Cell Biol., vol. 5, pp. 914–920, 2003.")?.surname == "smith")
        #expect(key("van der Meulen J, Le Borgne R. Title. Cell. 2001;5:1-2.")?.surname == "vandermeulen")
        #expect(key("van der Meulen J, Le Borgne R. Title. Cell. 2001;5:1-2.")?.second == "leborgne")
        #expect(key("World Health Organization. Global report. Geneva: WHO; 2010.")?.surname == "worldhealthorganization")
        #expect(key("Klämbt C. Title. Dev Biol. 2001;5:1-2.")?.surname == "klambt")
    }

    @Test("years stand alone; a suffix letter glued to one is kept, pages and volumes are not years")
    func years() {
        let years = key("Franzen JL. Der Primate. Senckenbergiana. 2000b;80(1):289-303. Circ 103: 2015–2020.")?.years ?? []
        #expect(years.map(\.year) == [2000, 2015, 2020])
        #expect(years.first?.suffix == "b")
        #expect(key("Doe A. Title. J Example. 1811;12:1-2.")?.years.map(\.year) == [1811])
        #expect(key("Doe A. Title 12345. J Example.") == nil)
    }

    @Test("suffix letters pick among entries of one author and year in list order")
    func suffixOrder() {
        let entries = ["Roe B. First. J. 2003;1:1.", "Roe B. Second. J. 2003;1:2.", "Roe B. Third. J. 2004;1:3."]
            .enumerated().map { ReferenceEntry(number: $0.offset + 1, text: $0.element, location: SourceLocation(line: 1, column: 1)) }
        let index = AuthorYearIndex(entries: entries)
        #expect(index.number(surname: "roe", second: nil, year: 2003, suffix: "a") == 1)
        #expect(index.number(surname: "roe", second: nil, year: 2003, suffix: "b") == 2)
        #expect(index.number(surname: "roe", second: nil, year: 2004, suffix: nil) == 3)
        #expect(index.number(surname: "roe", second: nil, year: 2005, suffix: nil) == nil)
        #expect(index.number(surname: "doe", second: nil, year: 2003, suffix: nil) == nil)
    }
}

@Suite("Author–year index: the number of authors a citation implies")
struct AuthorYearIndexAuthorCountTests {
    private func index(_ texts: [String]) -> AuthorYearIndex {
        AuthorYearIndex(entries: texts.enumerated().map {
            ReferenceEntry(number: $0.offset + 1, text: $0.element, location: SourceLocation(line: 1, column: 1))
        })
    }

    private func count(_ entry: String) -> Int? {
        AuthorYearIndex.authorCount(in: entry.split(separator: " ").map(String.init))
    }

    @Test("names are counted per run of initials in Vancouver, APA and IEEE lists; et al. is three or more")
    func counts() {
        #expect(count("61 Urban S Freeman M Intramembrane proteolysis. Curr Opin 2002 12 512") == 2)
        #expect(count("Urban S Lee JR Freeman M A family of proteases. Embo J 2002") == 3)
        #expect(count("Smith, J. A., & Jones, B. (2012). Title.") == 2)
        #expect(count("Kimble J. Alterations in cell lineage. Dev Biol. 1981") == 1)
        #expect(count("A. B. Smith, C. Jones, and D. Lee, \"Title,\" 2003.") == 3)
        #expect(count("Smith JA, Jones B, et al. (2012) Title.") == 3)
        #expect(count("World Health Organization. Global report. 2010.") == nil)
    }

    @Test("`Urban et al. 2002` names the entry with three or more authors, `Urban and Freeman 2002` the pair, `Urban 2002` the single author")
    func authorCountChoosesTheEntry() {
        let index = index([
            "Urban S, Freeman M. Intramembrane proteolysis. Curr Opin Genet Dev. 2002;12:512-8.",
            "Urban S, Lee JR, Freeman M. A family of rhomboid proteases. EMBO J. 2002;21:4277-86.",
            "Urban S. Rhomboids alone. Cell. 2002;3:1-2.",
        ])
        #expect(index.number(surname: "urban", second: nil, authors: 3, year: 2002, suffix: nil) == 2)
        #expect(index.number(surname: "urban", second: "freeman", authors: 2, year: 2002, suffix: nil) == 1)
        #expect(index.number(surname: "urban", second: nil, authors: 1, year: 2002, suffix: nil) == 3)
        // Without a count the first entry of that author and year is taken, as before.
        #expect(index.number(surname: "urban", second: nil, year: 2002, suffix: nil) == 1)
    }

    @Test("a count that no entry has falls back to the author and year alone")
    func countFallsBack() {
        let index = index(["Urban S, Freeman M. Intramembrane proteolysis. Curr Opin Genet Dev. 2002;12:512-8."])
        #expect(index.number(surname: "urban", second: nil, authors: 3, year: 2002, suffix: nil) == 1)
    }
}

@Suite("Author–year index: entries that repeat their label")
struct AuthorYearIndexLabelTests {
    @Test("a label repeated at the start of the entry (`2 Arribas J`, `[2] Arribas J`) is not the surname")
    func repeatedLabel() {
        for text in ["2 Arribas J Coodly L Diverse ectodomains. J Biol Chem 1996 271 11376 11382", "[2] Arribas J, Coodly L. Title. J Biol Chem. 1996;271:1."] {
            let entry = ReferenceEntry(number: 2, text: text, location: SourceLocation(line: 1, column: 1))
            let key = AuthorYearIndex(entries: [entry]).keys.first
            #expect(key?.surname == "arribas")
            #expect(key?.second == "coodly")
            #expect(key?.years.map(\.year) == [1996])
        }
    }
}

@Suite("Head of a folded first word")
struct AuthorYearHeadTests {
    @Test("the scanner's ASCII head equals the head of the index's fold; a non-ASCII word has none")
    func asciiHeadMatchesFold() {
        for word in ["Smith", "O'Brien", "Rose-John", "A", "de", "McDonald", "X-ray", "o’Neil", "Le"] {
            let characters = ArraySlice(Array(word))
            let expected = AuthorYearIndex.head(AuthorYearIndex.fold(word).utf8)
            if word.allSatisfy(\.isASCII) {
                #expect(AuthorYearScanner.asciiHead(characters) == expected, "\(word)")
            } else {
                #expect(AuthorYearScanner.asciiHead(characters) == nil, "\(word)")
            }
        }
        #expect(AuthorYearIndex.head("smith".utf8) == UInt16(UInt8(ascii: "s")) << 8 | UInt16(UInt8(ascii: "m")))
        #expect(AuthorYearIndex.head("a".utf8) == UInt16(UInt8(ascii: "a")) << 8)
    }
}
