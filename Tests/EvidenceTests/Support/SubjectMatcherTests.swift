import Bibliography
import Testing
@testable import Evidence

@Suite("Does a record mention the claim's subject")
struct SubjectMatcherTests {
    @Test("a MeSH heading is a mention, and the matching term is returned")
    func mesh() {
        let (mentions, terms) = SubjectMatcher(terms: ["collagen", "procollagen"]).assess(EvidenceFixtures.liu1983)
        #expect(mentions == true)
        #expect(terms == ["collagen"])
    }

    @Test("plural and singular forms meet through stemming")
    func stemming() {
        let (mentions, terms) = SubjectMatcher(terms: ["glycosaminoglycans", "proteoglycan"]).assess(EvidenceFixtures.maynard1985)
        #expect(mentions == true)
        #expect(terms == ["proteoglycan"])
    }

    @Test("a phrase needs its words in order")
    func phrase() {
        let matcher = SubjectMatcher(terms: ["neurogenic inflammation"])
        #expect(matcher.assess(EvidenceFixtures.record(title: "Neurogenic inflammation in the skin")).mentions == true)
        #expect(matcher.assess(EvidenceFixtures.record(title: "Inflammation of neurogenic origin")).mentions == false)
    }

    @Test("a record without text cannot be judged")
    func unknown() {
        let (mentions, terms) = SubjectMatcher(terms: ["collagen"]).assess(EvidenceFixtures.pmidOnly)
        #expect(mentions == nil)
        #expect(terms.isEmpty)
    }

    @Test("without named terms the claim's content words are used, a third of them needed")
    func contentWords() {
        let matcher = SubjectMatcher(claimSentence: "Dextrose injections reduce knee osteoarthritis pain.")
        #expect(matcher.terms == ["dextrose", "injections", "knee", "osteoarthritis", "pain"])
        #expect(matcher.required == 2)
        #expect(matcher.assess(EvidenceFixtures.reeves2000).mentions == true)
        #expect(matcher.assess(EvidenceFixtures.record(title: "Knee surgery outcomes")).mentions == false)
    }
}
