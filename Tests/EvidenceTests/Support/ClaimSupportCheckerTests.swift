import Bibliography
import Testing
@testable import Evidence

@Suite("Claim support findings")
struct ClaimSupportCheckerTests {
    let checker = ClaimSupportChecker()

    @Test("a claim resting on animal, in-vitro and book sources is weak evidence; non-mentions are flagged per citation")
    func collagenClaim() throws {
        let csl = try EvidenceFixtures.prolotherapyCSLRecords()
        let claim = ClaimInput(id: "collagen", text: "Prolotherapy has been demonstrated to induce the production of collagen.",
                               subjectTerms: ["collagen", "procollagen", "tropocollagen"])
        let citations = [
            CitedRecord(reference: 1, record: nil),
            CitedRecord(reference: 2, record: csl["confirmed-ref-2"]),
            CitedRecord(reference: 3, record: EvidenceFixtures.liu1983),
            CitedRecord(reference: 4, record: EvidenceFixtures.maynard1985),
            CitedRecord(reference: 5, record: csl["confirmed-ref-5"]),
            CitedRecord(reference: 6, record: csl["confirmed-ref-6"]),
        ]
        let result = checker.check(claim, citations: citations)
        #expect(result.support.map(\.mentions) == [nil, false, true, true, false, false])
        #expect(result.support[2].terms == ["collagen"])
        #expect(result.findings.filter { $0.code == .subjectNotMentioned }.compactMap(\.reference) == [2, 5, 6])
        let weak = try #require(result.findings.first { $0.code == .weakEvidence })
        #expect(weak.claim == "collagen")
        #expect(weak.message.contains("animal study"))
        #expect(result.bestSupport?.design == .animal)
        #expect(result.grades[2]?.design == .inVitro)
        #expect(!result.findings.contains { $0.code == .unsupportedClaim })
    }

    @Test("a claim none of whose judged records mention the subject is unsupported, not weak when a trial is cited")
    func unsupported() {
        let claim = ClaimInput(id: "gags", text: "", subjectTerms: ["glycosaminoglycans", "proteoglycans", "cartilage"])
        let result = checker.check(claim, citations: [
            CitedRecord(reference: 7, record: EvidenceFixtures.reeves2000),
            CitedRecord(reference: 8, record: EvidenceFixtures.kim2004),
            CitedRecord(reference: 12, record: EvidenceFixtures.pmidOnly),
        ])
        #expect(result.support.map(\.mentions) == [false, false, nil])
        #expect(result.findings.map(\.code) == [.subjectNotMentioned, .subjectNotMentioned, .unsupportedClaim])
        #expect(result.bestSupport?.design == .randomizedTrial)
    }

    @Test("a claim whose citations have no records gets no support verdict")
    func noRecords() {
        let result = checker.check(ClaimInput(id: "n", text: "", subjectTerms: ["neurogenic inflammation"]),
                                   citations: [CitedRecord(reference: 13, record: nil)])
        #expect(result.support == [CitationSupport(reference: 13, mentions: nil, terms: [])])
        #expect(result.findings.isEmpty)
    }

    @Test("a trial that mentions the subject is not weak evidence")
    func strongSupport() {
        let claim = ClaimInput(id: "oa", text: "", subjectTerms: ["osteoarthritis"])
        let result = checker.check(claim, citations: [
            CitedRecord(reference: 3, record: EvidenceFixtures.liu1983),
            CitedRecord(reference: 7, record: EvidenceFixtures.reeves2000),
        ])
        #expect(result.bestSupport?.design == .randomizedTrial)
        #expect(result.findings.map(\.code) == [.subjectNotMentioned])
    }
}
