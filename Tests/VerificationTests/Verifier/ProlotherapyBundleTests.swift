import Bibliography
import Foundation
import Testing
@testable import Verification

/// The bundled example end to end: the page's 14 references (as a reference parser yields them)
/// against the bundle's records (records.json as is; records.xml's facts via TestRecords).
@Suite("The prolotherapy bundle's references against its records")
struct ProlotherapyBundleTests {
    static let references: [Item] = {
        var refs = [
            TestRecords.cited(1, authors: ["Schwarz R"], title: "Prolotherapy: a literature review and retrospective study", journal: "J Neurol Orthop Med Surg", year: 1991, volume: "12", page: "220-229"),
            TestRecords.cited(2, authors: ["Schmidt H"], title: "Effect of growth factors on proliferation of fibroblasts from the medial collateral and anterior cruciate ligaments", journal: "J Orthop Res", year: 1995, volume: "13", page: "184-190"),
            TestRecords.cited(3, authors: ["Liu Y"], title: "An in situ study of the influence of a sclerosing solution in rabbit medial collateral ligaments and its junction strength", journal: "Connect Tissue Res", year: 1983, volume: "2", page: "95-102"),
            TestRecords.cited(4, authors: ["Maynard J"], title: "Morphological and biomechanical effects of sodium morrhuate on tendons", journal: "J Orthop Res", year: 1985, volume: "3", page: "236-248"),
            TestRecords.cited(5, authors: ["Hackett G"], title: "Ligament and Tendon Relaxation Treated by Prolotherapy", journal: nil, year: 1958),
            TestRecords.cited(6, authors: ["Klein R"], title: "Proliferant injections for low back pain: histologic changes of injected ligaments and objective measures of lumbar spine mobility before and after treatment", journal: "J Neurol Orthop Med Surg", year: 1989, volume: "10", page: "141-144"),
            TestRecords.cited(7, authors: ["Reeves KD", "Hassanein K"], title: "Randomized prospective double-blind placebo-controlled study of dextrose prolotherapy for knee osteoarthritis with or without ACL laxity", journal: "Altern Ther Health Med", year: 2000, volume: "6", page: "68–80"),
            TestRecords.cited(8, authors: ["Kim SR", "Stitik TP", "Foye PM"], title: "Critical review of prolotherapy for osteoarthritis, low back pain, and other musculoskeletal conditions: A physiatric perspective", journal: "J Phys Med Rehab", year: 2004, volume: "83", page: "379–389"),
            TestRecords.cited(9, authors: ["DiPaolo S", "Gesualdo L", "Ranieri E", "Grandaliano G", "Schena FP"], title: "High glucose concentration induces the overexpression of transforming growth factor-beta through the activation of a platelet-derived growth factor loop in human mesangial cells", journal: "Am J Pathol", year: 1996, volume: "149", issue: "6", page: "2095-2106"),
            TestRecords.cited(10, authors: ["Murphy M", "Godson C", "Cannon S"], title: "Suppression subtractive hybridization identifies high glucose levels as a stimulus for expression of connective tissue growth factor and other genes in human mesangial cells", journal: "J Biol Chem", year: 1999, volume: "274", issue: "9", page: "5830-5839"),
            TestRecords.cited(11, authors: ["Ohgi S", "Johnson PW"], title: "Glucose modulates growth of gingival fibroblasts and periodontal ligament cells: correlation with expression of basic fibroblast growth factor", journal: "J Periodontal Res", year: 1996, volume: "31", issue: "8", page: "579-588"),
            TestRecords.cited(12, authors: ["Pugliese G", "Pricci F", "Locuratolo N"], title: "Increased activity of the insulin-like growth factor system in mesangial cells cultured in high glucose conditions. Relation to glucose-enhanced extracellular matrix production", journal: "Diabetologia", year: 1996, volume: "39", issue: "7", page: "775-784"),
            TestRecords.cited(13, authors: ["Reinhold D", "Ansorge S", "Schleicher ED"], title: "Elevated glucose levels stimulate transforming growth factor-beta 1 (TGF-beta 1), suppress interleukin IL-2, IL-6 and IL-10 production and DNA synthesis in peripheral blood mononuclear cells", journal: "Horm Metab Res", year: 1996, volume: "28", issue: "6", page: "267-270"),
            TestRecords.cited(14, authors: ["Lyftogt J"], title: "Prolotherapy and Achilles tendinopathy: A prospective pilot study of an old treatment", journal: "Aust Musculoskel Med", year: 2005, volume: "10", page: "16–19"),
        ]
        for i in [9, 11, 12] { refs[i].author.append(Name(literal: "et al.")) }
        refs[4].type = .book
        refs[4].publisher = "Charles C. Thomas"
        return refs
    }()

    func verifications() throws -> [ReferenceVerification] {
        let url = TestRecords.packageRoot.appendingPathComponent("References/prolotherapy/records.json")
        let csl = try Bibliography(cslJSON: try Data(contentsOf: url), file: url.path).items.map { Record(item: $0) }
        let verifier = ReferenceVerifier(records: TestRecords.prolotherapy + csl)
        return Self.references.enumerated().map { verifier.verify($1, reference: $0 + 1) }
    }

    @Test("each reference finds the record of its own work, or none")
    func matches() throws {
        let ids = try verifications().map { $0.match?.record.reportID ?? "-" }
        #expect(ids == ["-", "confirmed-ref-2", "pmid:6224646", "pmid:3998899", "confirmed-ref-5", "confirmed-ref-6",
                        "pmid:10710805", "pmid:15100629", "-", "confirmed-ref-10", "confirmed-ref-11", "-", "-", "confirmed-ref-14"])
    }

    @Test("the page's known errors are the discrepancies found")
    func discrepancies() throws {
        let v = try verifications()
        func fields(_ n: Int) -> [Discrepancy.Field] { v[n - 1].discrepancies.map(\.field) }
        #expect(fields(2) == [.author, .author, .title, .issue])
        #expect(fields(3) == [.author, .author, .volume, .issue])
        #expect(fields(4) == [.title, .issue])
        #expect(fields(5) == [.author])
        #expect(fields(6) == [.author, .author, .title, .pages])
        #expect(fields(7) == [.issue, .pages])
        #expect(fields(8) == [.author, .journal, .issue])
        #expect(fields(10) == [])
        #expect(fields(14) == [])
        for n in [1, 9, 12, 13] { #expect(v[n - 1].findings.map(\.code) == [.noRecord]) }
    }
}
