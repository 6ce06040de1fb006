/// The word list that line-break hyphenation repair consults: English and biomedical words and the
/// hyphenated compounds seen in the SciFact abstracts and the GROBID/AnyStyle gold titles
/// (built by `Benchmarks/references/Lexicon/make_lexicon.py`; the evaluation sets are not read).
struct Lexicon: Sendable {
    let words: Set<String>
    let compounds: Set<String>

    /// The built-in lexicon, loaded once.
    static let shared = Lexicon(wordLines: wordData, compoundLines: compoundData)

    init(wordLines: String, compoundLines: String) {
        words = Set(wordLines.split(separator: "\n").map(String.init))
        compounds = Set(compoundLines.split(separator: "\n").map(String.init))
    }

    func contains(word: String) -> Bool { words.contains(word.lowercased()) }
    func contains(compound: String) -> Bool { compounds.contains(compound.lowercased()) }
}
