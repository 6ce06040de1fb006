import Testing
@testable import Evidence

@Suite("Biomedical tokenizer and stemmer")
struct BiomedicalTokenizerTests {
    let tokenizer = BiomedicalTokenizer()

    @Test("Porter stems", arguments: [
        ("caresses", "caress"), ("ponies", "poni"), ("relational", "relat"), ("hopping", "hop"),
        ("proteoglycans", "proteoglycan"), ("inflammation", "inflamm"), ("collagen", "collagen"), ("cultured", "cultur"),
    ])
    func stems(word: String, stem: String) {
        #expect(PorterStemmer.stem(word) == stem)
    }

    @Test("Greek letters are spelled out and compounds kept joined and split")
    func greekAndCompounds() {
        #expect(tokenizer.terms("TGF-β1") == ["tgf", "beta1", "tgfbeta1"])
        #expect(tokenizer.terms("double-blind") == ["doubl", "blind", "doubleblind"])
    }

    @Test("numbers keep their unit as one term too")
    func quantities() {
        #expect(tokenizer.terms("12.5 mg of dextrose") == ["12.5", "mg", "12.5mg", "dextros"])
        #expect(tokenizer.terms("25% dextrose") == ["25", "%", "25%", "dextros"])
    }

    @Test("plain ASCII text and text with other characters split the same way")
    func asciiPath() {
        let text = "Double-blind trial: 12.5 mg, 25% TGF-beta, IL-6 -- CD4+ cells."
        // The middle dot sends the text down the Unicode path; it is a separator there.
        #expect(tokenizer.tokens(text + " \u{00B7}") == tokenizer.tokens(text))
        #expect(tokenizer.terms(text) == [
            "doubl", "blind", "doubleblind", "trial", "12.5", "mg", "12.5mg", "25", "%", "25%",
            "tgf", "beta", "tgfbeta", "il", "6", "il6", "cd4", "cell",
        ])
    }

    @Test("stop words go but keep their word positions")
    func positions() {
        let tokens = tokenizer.tokens("The production of collagen")
        #expect(tokens == [Token(term: "product", position: 1), Token(term: "collagen", position: 3)])
    }
}

@Suite("Sentence splitting for sentence-level retrieval")
struct SentenceSplitterTests {
    @Test("splits at sentence ends but not after et al., e.g. or initials")
    func splits() {
        let text = "Smith et al. found more. Rats (e.g. Wistar) were used. S. aureus grew. 12 samples failed."
        #expect(SentenceSplitter.sentences(text) == ["Smith et al. found more.", "Rats (e.g. Wistar) were used.", "S. aureus grew.", "12 samples failed."])
    }
}
