/// The word list that line-break hyphenation repair consults: English and biomedical words and the
/// hyphenated compounds seen in the SciFact abstracts and the GROBID/AnyStyle gold titles
/// (built by `Benchmarks/references/Lexicon/make_lexicon.py`; the evaluation sets are not read).
struct Lexicon: Sendable {
    /// Word → how often it was seen.
    let words: WordCounts
    /// Hyphenated compound → how often it was seen.
    let compounds: WordCounts
    /// Capitalised words that begin journal titles (`J`, `Am`, `Science`).
    let journalWords: Set<String>

    /// The built-in lexicon, loaded once. Its word and compound lines come sorted (their tests check
    /// it), so they are searched as they are.
    static let shared = Lexicon(
        words: WordCounts(sorted: wordData), compounds: WordCounts(sorted: compoundData), journalWordLines: journalWordData)

    init(words: WordCounts, compounds: WordCounts, journalWordLines: String = "") {
        self.words = words
        self.compounds = compounds
        journalWords = Set(journalWordLines.split(separator: "\n").map(String.init))
    }

    func contains(word: String) -> Bool { words[word.lowercased()] != nil }
    func contains(compound: String) -> Bool { compounds[compound.lowercased()] != nil }
}
