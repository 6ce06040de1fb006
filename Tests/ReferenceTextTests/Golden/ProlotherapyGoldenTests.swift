import Bibliography
import Testing
@testable import ReferenceText

/// The 14 references of the bundled example page, parsed exactly.
@Suite("Golden: the prolotherapy page's 14 references")
struct ProlotherapyGoldenTests {
    struct Expected {
        var number: Int
        var type: ItemType = .articleJournal
        var authors: [String]
        var etAl = false
        var title: String
        var container: String?
        var year: Int
        var volume: String?
        var issue: String?
        var page: String?
        var publisher: String?
        var place: String?
        var codes: [String] = []
    }

    static let expected: [Expected] = [
        Expected(
            number: 1, authors: ["Schwarz R"], title: "Prolotherapy: a literature review and retrospective study",
            container: "J Neurol Orthop Med Surg", year: 1991, volume: "12", page: "220-229", codes: ["reference-punctuation"]),
        Expected(
            number: 2, authors: ["Schmidt H"],
            title: "Effect of growth factors on proliferation of fibroblasts from the medial collateral and anterior cruciate ligaments",
            container: "J Orthop Res", year: 1995, volume: "13", page: "184-190", codes: ["reference-punctuation"]),
        Expected(
            number: 3, authors: ["Liu Y"],
            title: "An in situ study of the influence of a sclerosing solution in rabbit medial collateral ligaments and its junction strength",
            container: "Connect Tissue Res", year: 1983, volume: "2", page: "95-102", codes: ["reference-punctuation"]),
        Expected(
            number: 4, authors: ["Maynard J"], title: "Morphological and biomechanical effects of sodium morrhuate on tendons",
            container: "J Orthop Res", year: 1985, volume: "3", page: "236-248", codes: ["reference-punctuation"]),
        Expected(
            number: 5, type: .book, authors: ["Hackett G"], title: "Ligament and Tendon Relaxation Treated by Prolotherapy",
            year: 1958, publisher: "Charles C. Thomas", place: "Springfield, IL", codes: ["reference-punctuation", "book-order"]),
        Expected(
            number: 6, authors: ["Klein R"],
            title: "Proliferant injections for low back pain: histologic changes of injected ligaments and objective measures of lumbar spine mobility before and after treatment",
            container: "J Neurol Orthop Med Surg", year: 1989, volume: "10", page: "141-144", codes: ["reference-punctuation"]),
        Expected(
            number: 7, authors: ["Reeves KD", "Hassanein K"],
            title: "Randomized prospective double-blind placebo-controlled study of dextrose prolotherapy for knee osteoarthritis with or without ACL laxity",
            container: "Altern Ther Health Med", year: 2000, volume: "6", page: "68-80",
            codes: ["hyphenation-artifact", "reference-punctuation", "reference-punctuation"]),
        Expected(
            number: 8, authors: ["Kim SR", "Stitik TP", "Foye PM"],
            title: "Critical review of prolotherapy for osteoarthritis, low back pain, and other musculoskeletal conditions: A physiatric perspective",
            container: "J Phys Med Rehab", year: 2004, volume: "83", page: "379-389",
            codes: ["reference-punctuation", "reference-punctuation"]),
        Expected(
            number: 9, authors: ["DiPaolo S", "Gesualdo L", "Ranieri E", "Grandaliano G", "Schena FP"],
            title: "High glucose concentration induces the overexpression of transforming growth factor-beta through the activation of a platelet-derived growth factor loop in human mesangial cells",
            container: "Am J Pathol", year: 1996, volume: "149", issue: "6", page: "2095-2106",
            codes: ["hyphenation-artifact", "hyphenation-artifact"]),
        Expected(
            number: 10, authors: ["Murphy M", "Godson C", "Cannon S"], etAl: true,
            title: "Suppression subtractive hybridization identifies high glucose levels as a stimulus for expression of connective tissue growth factor and other genes in human mesangial cells",
            container: "J Biol Chem", year: 1999, volume: "274", issue: "9", page: "5830-5839", codes: ["hyphenation-artifact"]),
        Expected(
            number: 11, authors: ["Ohgi S", "Johnson PW"],
            title: "Glucose modulates growth of gingival fibroblasts and periodontal ligament cells: correlation with expression of basic fibroblast growth factor",
            container: "J Periodontal Res", year: 1996, volume: "31", issue: "8", page: "579-588", codes: ["hyphenation-artifact"]),
        Expected(
            number: 12, authors: ["Pugliese G", "Pricci F", "Locuratolo N"], etAl: true,
            title: "Increased activity of the insulin-like growth factor system in mesangial cells cultured in high glucose conditions. Relation to glucose-enhanced extracellular matrix production",
            container: "Diabetologia", year: 1996, volume: "39", issue: "7", page: "775-784", codes: ["hyphenation-artifact"]),
        Expected(
            number: 13, authors: ["Reinhold D", "Ansorge S", "Schleicher ED"],
            title: "Elevated glucose levels stimulate transforming growth factor-beta 1 (TGF-beta 1), suppress interleukin IL-2, IL-6 and IL-10 production and DNA synthesis in peripheral blood mononuclear cells",
            container: "Horm Metab Res", year: 1996, volume: "28", issue: "6", page: "267-270"),
        Expected(
            number: 14, authors: ["Lyftogt J"],
            title: "Prolotherapy and Achilles tendinopathy: A prospective pilot study of an old treatment",
            container: "Aust Musculoskel Med", year: 2005, volume: "10", page: "16-19",
            codes: ["reference-punctuation", "reference-punctuation"]),
    ]

    @Test("each of the 14 references parses to exactly the expected fields and findings")
    func allFourteen() throws {
        let lines = try Fixtures.lines("prolotherapy-references.txt")
        #expect(lines.count == 14)
        for (line, want) in zip(lines, Self.expected) {
            let p = parser.parse(line)
            #expect(p.number == want.number, "\(line)")
            #expect(p.item.type == want.type, "\(line)")
            #expect(authors(p) == want.authors, "\(line)")
            #expect(p.authorListTruncated == want.etAl, "\(line)")
            #expect(p.item.title == want.title, "\(line)")
            #expect(p.item.containerTitle == want.container, "\(line)")
            #expect(p.item.issued?.year == want.year, "\(line)")
            #expect(p.item.volume == want.volume, "\(line)")
            #expect(p.item.issue == want.issue, "\(line)")
            #expect(p.item.page == want.page, "\(line)")
            #expect(p.item.publisher == want.publisher, "\(line)")
            #expect(p.item.publisherPlace == want.place, "\(line)")
            #expect(codes(p) == want.codes, "\(line)")
        }
    }

    @Test("the colon after the year in reference 2 is reported at the colon, with `;` suggested")
    func colonAfterYear() throws {
        let line = try Fixtures.lines("prolotherapy-references.txt")[1]
        let p = parser.parse(line)
        let finding = try #require(p.diagnostics.first)
        #expect(covered(p, finding.span) == ":")
        #expect(finding.suggestion == ";")
        #expect(finding.message.contains("1995;13:184-190"))
    }

    @Test("the book's publisher-before-place order is reported with the Citing Medicine form")
    func bookOrder() throws {
        let line = try Fixtures.lines("prolotherapy-references.txt")[4]
        let p = parser.parse(line)
        let finding = try #require(p.diagnostics.first { $0.code == .bookOrder })
        #expect(covered(p, finding.span) == "Charles C. Thomas; Springfield, IL")
        #expect(finding.suggestion == "Springfield (IL): Charles C. Thomas")
    }

    @Test("line-break hyphens are reported where they stand")
    func hyphenSpans() throws {
        let line = try Fixtures.lines("prolotherapy-references.txt")[8]
        let p = parser.parse(line)
        let hyphens = p.diagnostics.filter { $0.code == .hyphenationArtifact }
        #expect(hyphens.map { covered(p, $0.span) } == ["concentra- tion", "activa- tion"])
        #expect(hyphens.map(\.suggestion) == ["concentration", "activation"])
    }
}
