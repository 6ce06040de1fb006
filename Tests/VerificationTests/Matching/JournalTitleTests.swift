import Testing
@testable import Verification

@Suite("Journal titles and NLM abbreviations")
struct JournalTitleTests {
    @Test("an NLM abbreviation is equivalent to the full title")
    func abbreviationOfFullTitle() {
        #expect(JournalTitle("J Orthop Res").isEquivalent(to: JournalTitle("Journal of Orthopaedic Research")))
        #expect(JournalTitle("Am J Phys Med Rehabil").isEquivalent(to: JournalTitle("American Journal of Physical Medicine & Rehabilitation")))
    }

    @Test("a title missing a word is similar but not equivalent, and the missing word is named")
    func missingWord() {
        let cited = JournalTitle("J Phys Med Rehab"), record = JournalTitle("Am J Phys Med Rehabil")
        #expect(!cited.isEquivalent(to: record))
        #expect(cited.similarity(to: record) > 0.85)
        #expect(record.unmatchedWords(against: cited) == ["am"])
    }

    @Test("unrelated journals score low")
    func unrelated() {
        #expect(JournalTitle("Connect Tissue Res").similarity(to: JournalTitle("J Biol Chem")) < 0.3)
    }
}
