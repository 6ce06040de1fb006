import Testing
@testable import Citations

@Suite("Sentence splitting")
struct SentenceSplitterTests {
    /// The sentences of `text` (one block), as strings.
    private func sentences(_ text: String) -> [String] {
        let characters = Array(text)
        let blocks = BlockSplitter(text: characters, excluded: []).blocks()
        return SentenceSplitter(text: characters, markers: []).split(blocks: blocks).map { String(characters[$0.range]) }
    }

    @Test("splits at periods, question marks and exclamation marks followed by a capital")
    func basic() {
        #expect(sentences("It works. Does it? Yes! It does.") == ["It works.", "Does it?", "Yes!", "It does."])
    }

    @Test("does not split after titles: Dr., Mr., Prof.")
    func titles() {
        #expect(sentences("Ask Dr. Meier today. Mr. Smith and Prof. Jones agree.") == ["Ask Dr. Meier today.", "Mr. Smith and Prof. Jones agree."])
    }

    @Test("does not split after et al., e.g., i.e., Fig. or vs.")
    func latin() {
        #expect(sentences("Smith et al. found it. Use e.g. Dextrose, i.e. Sugar. See Fig. 2 and Fig. 3. Surgery vs. Injection.")
            == ["Smith et al. found it.", "Use e.g. Dextrose, i.e. Sugar.", "See Fig. 2 and Fig. 3.", "Surgery vs. Injection."])
    }

    @Test("does not split after initials or initialisms")
    func initials() {
        #expect(sentences("J. R. Smith wrote it. Steven M. Meier, M.D. Agrees. It is in the U.S.A. Today.")
            == ["J. R. Smith wrote it.", "Steven M. Meier, M.D. Agrees.", "It is in the U.S.A. Today."])
    }

    @Test("does not split inside decimals or before lowercase words")
    func decimals() {
        #expect(sentences("Inject 2.5 mg. Then wait 1.5 hours. approx. ten minutes is fine.")
            == ["Inject 2.5 mg.", "Then wait 1.5 hours. approx. ten minutes is fine."])
    }

    @Test("closing quotes and parentheses stay with their sentence")
    func closers() {
        #expect(sentences("He said “it works.” Then left. (It did.) Fine.") == ["He said “it works.”", "Then left.", "(It did.)", "Fine."])
    }

    @Test("wrapped lines join; blank lines and bullets end blocks")
    func blocks() {
        #expect(sentences("One sentence that\nwraps here. Two.\n\nThree\n  • Four\n  • Five") == ["One sentence that\nwraps here.", "Two.", "Three", "• Four", "• Five"])
    }

    @Test("markers after the closing punctuation belong to the sentence they follow")
    func attachedMarkers() {
        let analysis = Fixtures.analyze(prose: "First claim.1,2 Second claim. 3 Third has none. Fourth claim.[4] Fifth.", references: 5)
        #expect(analysis.claims.map(\.text) == ["First claim.", "Second claim.", "Fourth claim."])
        #expect(analysis.claims.map(\.citations) == [[1, 2], [3], [4]])
    }

    @Test("a lone marker at the paragraph end after a period belongs to the last sentence")
    func paragraphEndMarker() {
        let analysis = Fixtures.analyze(prose: "It is safe. It lowers inflammation. 5\n\nNext paragraph.", references: 5)
        #expect(analysis.claims.map(\.text) == ["It lowers inflammation."])
        #expect(analysis.claims.map(\.citations) == [[5]])
    }
}
