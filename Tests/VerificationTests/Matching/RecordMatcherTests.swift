import Bibliography
import Testing
@testable import Verification

@Suite("Matching references to records")
struct RecordMatcherTests {
    let matcher = RecordMatcher(records: TestRecords.prolotherapy)

    @Test("year similarity survives the most extreme years")
    func extremeYears() {
        let scorer = MatchScorer()
        #expect(scorer.yearSimilarity(Int.max, Int.min) == 0)
        #expect(scorer.yearSimilarity(Int.min, Int.max) == 0)
        #expect(scorer.yearSimilarity(1995, 1996) == 0.6)
        #expect(scorer.yearSimilarity(1995, 1995) == 1)
    }

    @Test("a PMID in the reference decides the match")
    func pmidFirst() throws {
        var cited = Item(id: "x")
        cited.title = "Something else entirely"
        cited.pmid = "PMID: 3998899"
        let m = try #require(matcher.match(cited))
        #expect(m.method == .pmid)
        #expect(m.record.reportID == "pmid:3998899")
        #expect(m.score == 1)
    }

    @Test("a DOI matches whatever its case or resolver prefix")
    func doi() throws {
        var cited = Item(id: "x")
        cited.doi = "https://doi.org/10.1097/01.PHM.0000124443.31707.74"
        let m = try #require(matcher.match(cited))
        #expect(m.method == .doi)
        #expect(m.record.item.pmid == "15100629")
    }

    @Test("fields match despite a wrong journal abbreviation and abbreviated pages")
    func scoredMatch() throws {
        let cited = TestRecords.cited(8, authors: ["Kim SR", "Stitik TP", "Foye PM"],
            title: "Critical review of prolotherapy for osteoarthritis, low back pain, and other musculoskeletal conditions: A physiatric perspective",
            journal: "J Phys Med Rehab", year: 2004, volume: "83", page: "379–389")
        let m = try #require(matcher.match(cited))
        #expect(m.method == .fields)
        #expect(m.record.item.pmid == "15100629")
        #expect(m.score > 0.9)
        #expect(m.summary.id == "pmid:15100629")
    }

    @Test("a wrong volume and a one-word title change still match")
    func tolerantMatch() throws {
        let ref3 = TestRecords.cited(3, authors: ["Liu Y"],
            title: "An in situ study of the influence of a sclerosing solution in rabbit medial collateral ligaments and its junction strength",
            journal: "Connect Tissue Res.", year: 1983, volume: "2", page: "95-102")
        #expect(try #require(matcher.match(ref3)).record.item.pmid == "6224646")
        let ref4 = TestRecords.cited(4, authors: ["Maynard J"], title: "Morphological and biomechanical effects of sodium morrhuate on tendons",
            journal: "J Orthop Res.", year: 1985, volume: "3", page: "236-248")
        #expect(try #require(matcher.match(ref4)).record.item.pmid == "3998899")
    }

    @Test("a reference to a work without a record matches nothing")
    func noRecord() {
        let cited = TestRecords.cited(9, authors: ["DiPaolo S"],
            title: "High glucose concentration induces the overexpression of transforming growth factor-beta through the activation of a platelet-derived growth factor loop in human mesangial cells",
            journal: "Am J Pathol.", year: 1996, volume: "149", issue: "6", page: "2095-2106")
        #expect(matcher.match(cited) == nil)
    }

    @Test("among near neighbours the record whose numbers agree wins")
    func nearNeighbours() throws {
        let title = "Effects of exercise on bone density in older women"
        let a = Record(item: TestRecords.item(id: "a", authors: ["Smith J"], title: title, journal: "Bone", year: 2001, volume: "28", page: "100-7"))
        let b = Record(item: TestRecords.item(id: "b", authors: ["Smith J"], title: title + ": a follow-up", journal: "Bone", year: 2004, volume: "35", page: "210-9"))
        let matcher = RecordMatcher(records: [a, b])
        let cited = TestRecords.cited(1, authors: ["Smith J"], title: title + ": a follow-up", journal: "Bone", year: 2004, volume: "35", page: "210-219")
        #expect(try #require(matcher.match(cited)).record.item.idString == "b")
    }
}
