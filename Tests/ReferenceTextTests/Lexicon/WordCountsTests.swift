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

    @Test("order is bytewise by word; an empty line only before all others")
    func sortedness() {
        #expect(WordCounts.isSorted("alpha 3\nbeta 12\ngamma\n"))
        #expect(WordCounts.isSorted("a-b 2\na 1\n") == false)
        #expect(WordCounts.isSorted("a 1\na-b 2\nab 3"))
        #expect(WordCounts.isSorted("alpha 3\n\nbeta 12") == false)
        #expect(WordCounts.isSorted("beta 2\nbeta 3") == false)
        #expect(WordCounts.isSorted("zeta 1\nétude 4\nöl 2\n"))
    }

    @Test("the generated word and compound lists are sorted, as the in-place search needs")
    func builtInListsSorted() {
        #expect(WordCounts.isSorted(Lexicon.wordData))
        #expect(WordCounts.isSorted(Lexicon.compoundData))
    }

    @Test("the built-in lexicon knows common words and compounds")
    func builtIn() {
        let lexicon = Lexicon.shared
        #expect(lexicon.contains(word: "concentration"))
        #expect(lexicon.words["abdominal"] == 36)
        #expect(!lexicon.contains(word: "concentra"))
        #expect(lexicon.words["aa"] == 14)
        #expect(lexicon.words["zzzz"] == nil)
        #expect(lexicon.contains(compound: "double-blind"))
    }
}
