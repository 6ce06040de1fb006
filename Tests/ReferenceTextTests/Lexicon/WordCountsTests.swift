import Testing

@testable import ReferenceText

@Suite("Word counts looked up in the raw word list")
struct WordCountsTests {
    @Test("counts are found in sorted and unsorted lists; a line without a count counts once")
    func lookups() {
        for lines in ["alpha 3\nbeta 12\ngamma\n", "gamma\nalpha 3\n\nbeta 12"] {
            let counts = WordCounts(lines)
            #expect(counts["alpha"] == 3)
            #expect(counts["beta"] == 12)
            #expect(counts["gamma"] == 1)
            #expect(counts["alph"] == nil)
            #expect(counts["alphas"] == nil)
            #expect(counts[""] == nil)
        }
    }

    @Test("non-ASCII words compare by their bytes")
    func nonASCII() {
        let counts = WordCounts("zeta 1\nétude 4\nöl 2\n")
        #expect(counts["étude"] == 4)
        #expect(counts["öl"] == 2)
        #expect(counts["zeta"] == 1)
    }

    @Test("the built-in lexicon knows common words and compounds")
    func builtIn() {
        let lexicon = Lexicon.shared
        #expect(lexicon.contains(word: "concentration"))
        #expect(lexicon.words["abdominal"] == 36)
        #expect(!lexicon.contains(word: "concentra"))
    }
}
