import Bibliography
import Evidence
import Foundation
import Testing
import Verification

@testable import CiteKit

@Suite("cite check on the bundled prolotherapy page")
struct BundledPageTests {
    static let result = Result { try Checker().check(path: Fixtures.packageRoot.appendingPathComponent("References/prolotherapy").path) }

    /// The bundled page's report, with its three claims and fourteen references (else the test fails, not crashes).
    static func checkedReport() throws -> Report {
        let report = try result.get()
        try #require(report.claims.count == 3)
        try #require(report.references.count == 14)
        return report
    }

    private func report() throws -> Report { try Self.checkedReport() }

    @Test("exactly three claims, citing 1-6, 7-13 and 13")
    func claims() throws {
        let report = try report()
        #expect(report.claims.map(\.citations) == [Array(1...6), Array(7...13), [13]])
        #expect(report.claims[0].text.contains("production of collagen"))
        #expect(report.claims[1].text.contains("glycosaminoglycans and proteoglycans"))
        #expect(report.claims[2].text.contains("neurogenic inflammation"))
        #expect(report.claims[0].marker == "1,2,3,4,5,6")
        #expect(report.claims[1].marker == "7,8,9.10,11,12,13")
    }

    @Test("findings about a claim use the name claims.yaml gives it, as the claims list does")
    func findingsUseClaimNames() throws {
        let report = try report()
        #expect(report.claims.map(\.id) == ["collagen", "gags", "neurogenic-inflammation"])
        #expect(report.findings(.markerStyle).map(\.claim) == ["collagen", "gags"])
        #expect(report.findings(.markerSeparator).map(\.claim) == ["gags"])
        let named = Set(report.claims.map(\.id))
        #expect(report.findings.compactMap(\.claim).allSatisfy(named.contains))
    }

    @Test("reference 14 is an orphan, 9.10 a separator problem, and no marker is unresolved")
    func markerFindings() throws {
        let report = try report()
        #expect(report.findings(.orphanReference).map(\.reference) == [14])
        let separator = report.findings(.markerSeparator)
        #expect(separator.count == 1)
        #expect(separator.first?.suggestion?.contains("9,10") == true)
        #expect(report.findings(.unresolvedMarker).isEmpty)
        #expect(report.findings(.outOfOrder).isEmpty)
    }

    @Test("every journal article has the year, volume and pages of its entry")
    func journalFields() throws {
        let report = try report()
        #expect(report.references.count == 14)
        let expected: [Int: (Int, String, String)] = [
            1: (1991, "12", "220-229"), 2: (1995, "13", "184-190"), 3: (1983, "2", "95-102"),
            4: (1985, "3", "236-248"), 6: (1989, "10", "141-144"), 7: (2000, "6", "68-80"),
            8: (2004, "83", "379-389"), 9: (1996, "149", "2095-2106"), 10: (1999, "274", "5830-5839"),
            11: (1996, "31", "579-588"), 12: (1996, "39", "775-784"), 13: (1996, "28", "267-270"),
            14: (2005, "10", "16-19"),
        ]
        for reference in report.references where reference.number != 5 {
            let item = reference.item
            let want = try #require(expected[reference.number])
            #expect(item.year == want.0, "reference \(reference.number)")
            #expect(item.volume == want.1, "reference \(reference.number)")
            #expect(item.page == want.2, "reference \(reference.number)")
            #expect(item.type == .articleJournal, "reference \(reference.number)")
        }
        #expect(report.references[8].item.issue == "6")
    }

    @Test("the book has its publisher, place and year")
    func book() throws {
        let item = try report().references[4].item
        #expect(item.type == .book)
        #expect(item.publisher == "Charles C. Thomas")
        #expect(item.publisherPlace == "Springfield, IL")
        #expect(item.year == 1958)
        #expect(item.title == "Ligament and Tendon Relaxation Treated by Prolotherapy")
    }

    @Test("line-break hyphens are repaired in titles and real hyphens kept")
    func hyphenation() throws {
        let report = try report()
        #expect(report.references[6].item.title?.contains("double-blind placebo-controlled") == true)
        #expect(report.references[8].item.title?.contains("glucose concentration induces") == true)
        #expect(report.references[9].item.title?.contains("hybridization identifies") == true)
        #expect(report.references[11].item.title?.contains("glucose-enhanced") == true)
        #expect(!report.findings(.hyphenationArtifact).isEmpty)
    }

    @Test("the colon for a semicolon in reference 2 is a punctuation finding on that reference")
    func punctuation() throws {
        let findings = try report().findings(.referencePunctuation)
        #expect(findings.contains { $0.reference == 2 })
        #expect(findings.allSatisfy { $0.location != nil })
    }
}

@Suite("cite check verifies the bundled page against its records")
struct BundledPageVerificationTests {
    private func report() throws -> Report { try BundledPageTests.checkedReport() }

    private func discrepancy(_ report: Report, _ number: Int, _ field: Discrepancy.Field) -> Discrepancy? {
        report.references[number - 1].discrepancies.first { $0.field == field }
    }

    @Test("volume, title, pages and journal discrepancies of references 3, 4, 7 and 8")
    func discrepancies() throws {
        let report = try report()
        #expect(discrepancy(report, 3, .volume)?.cited == "2")
        #expect(discrepancy(report, 3, .volume)?.record == "11")
        #expect(discrepancy(report, 3, .issue)?.record == "2-3")
        #expect(discrepancy(report, 4, .title)?.detail.contains("biochemical") == true)
        #expect(discrepancy(report, 7, .pages)?.record == "68-74, 77-80")
        #expect(discrepancy(report, 8, .journal)?.record == "Am J Phys Med Rehabil")
        #expect(discrepancy(report, 2, .author) != nil)
        #expect(discrepancy(report, 2, .title) != nil)
        #expect(report.references[2].record?.id == "pmid:6224646")
    }

    @Test("designs: 3 and 4 animal, 7 randomized trial, 8 narrative review")
    func designs() throws {
        let report = try report()
        #expect(report.references[2].evidence?.design == .animal)
        #expect(report.references[3].evidence?.design == .animal)
        #expect(report.references[6].evidence?.design == .randomizedTrial)
        #expect(report.references[7].evidence?.design == .narrativeReview)
        #expect(report.references[6].evidence?.level == 2)
        #expect(report.references[2].evidence?.basis.contains("mesh:Rabbits") == true)
    }

    @Test("the collagen claim rests on weak evidence; references without a record are no-record")
    func claimFindings() throws {
        let report = try report()
        #expect(report.findings(.weakEvidence).map(\.claim) == ["collagen"])
        // 1, 9, 13 have no confirmed record; 12 has only its PMID, which the page does not cite.
        #expect(report.findings(.noRecord).compactMap(\.reference) == [1, 9, 12, 13])
        #expect(report.claims.map(\.id) == ["collagen", "gags", "neurogenic-inflammation"])
        #expect(report.claims[0].support.first { $0.reference == 3 }?.mentions == true)
    }

    @Test("the reference list is corrected from the matched records")
    func correctedList() throws {
        let bibliography = try report().bibliography
        #expect(bibliography.contains("Connect Tissue Res. 1983;11(2–3):95–102."))
        #expect(bibliography.contains("4. Maynard J. Morphological and biochemical effects of sodium morrhuate on tendons. J Orthop Res. 1985;3(2):236–48."))
        #expect(bibliography.contains("Am J Phys Med Rehabil. 2004 May;83(5):379–89."))
        #expect(bibliography.contains("5. Hackett GS. Ligament and Tendon Relaxation Treated by Prolotherapy. 3rd ed. Springfield (IL): Charles C Thomas; 1958."))
    }
}
