/// The word list that line-break hyphenation repair consults: English and biomedical words and the
/// hyphenated compounds seen in the SciFact abstracts and the GROBID/AnyStyle gold titles
/// (built by `Benchmarks/references/Lexicon/make_lexicon.py`; the evaluation sets are not read).
struct Lexicon: Sendable {
    /// Word → how often it was seen.
    let words: [String: Int]
    /// Hyphenated compound → how often it was seen.
    let compounds: [String: Int]
    /// Capitalised words that begin journal titles (`J`, `Am`, `Science`).
    let journalWords: Set<String>

    /// The built-in lexicon, loaded once.
    static let shared = Lexicon(wordLines: wordData, compoundLines: compoundData, journalWordLines: journalWordData)

    init(wordLines: String, compoundLines: String, journalWordLines: String = "") {
        words = Lexicon.counts(wordLines)
        compounds = Lexicon.counts(compoundLines)
        journalWords = Set(journalWordLines.split(separator: "\n").map(String.init))
    }

    /// Lines of `word count` (a line without a count counts once).
    static func counts(_ lines: String) -> [String: Int] {
        var out: [String: Int] = [:]
        for line in lines.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard let w = parts.first else { continue }
            out[String(w)] = parts.count > 1 ? Int(parts[1]) ?? 1 : 1
        }
        return out
    }

    func contains(word: String) -> Bool { words[word.lowercased()] != nil }
    func contains(compound: String) -> Bool { compounds[compound.lowercased()] != nil }
}
