import Bibliography

/// Decides whether a record mentions a claim's subject: each term (a word or phrase) is looked
/// for, stemmed, as a run of consecutive terms in the record's title, abstract, MeSH headings
/// and keywords.
public struct SubjectMatcher: Sendable {
    /// The terms as given, and their token sequences.
    public let terms: [String]
    private let phrases: [[String]]
    /// How many terms a record must mention; 1 for named subjects.
    public let required: Int

    /// A matcher for named subject terms (any one of them is a mention).
    public init(terms: [String]) {
        let tok = BiomedicalTokenizer()
        var kept: [String] = [], phrases: [[String]] = []
        for t in terms {
            let seq = BiomedicalTokenizer.sequence(tok.tokens(t))
            if !seq.isEmpty { kept.append(t); phrases.append(seq) }
        }
        self.terms = kept
        self.phrases = phrases
        required = 1
    }

    /// A matcher for a claim without named subject terms: its content words, a third of which
    /// (at least two, or the only one) must appear.
    public init(claimSentence: String) {
        var seen = Set<String>()
        var words: [String] = []
        for token in BiomedicalTokenizer(stemming: false).tokens(claimSentence) where token.term.count > 2 {
            let stem = PorterStemmer.stem(token.term)
            if !seen.contains(stem), !SubjectMatcher.generic.contains(stem), !token.term.allSatisfy({ $0.isNumber }) {
                seen.insert(stem)
                words.append(token.term)
            }
        }
        self.terms = words
        phrases = words.map { [PorterStemmer.stem($0)] }
        required = words.count <= 1 ? words.count : max(2, Int((Double(words.count) / 3).rounded(.up)))
    }

    /// Whether the record mentions the subject (`nil` when it has no text to judge), and the
    /// terms found.
    public func assess(_ record: Record) -> (mentions: Bool?, terms: [String]) {
        guard !phrases.isEmpty, let (sequences, allTerms) = Self.recordTerms(record) else { return (nil, []) }
        var found: [String] = []
        for (term, phrase) in zip(terms, phrases) {
            let hit = phrase.count == 1 ? allTerms.contains(phrase[0]) : sequences.contains { SubjectMatcher.contains($0, phrase) }
            if hit { found.append(term) }
        }
        return (found.count >= max(required, 1), found)
    }

    /// Each text field's term sequence and all terms of a record (`nil` when it has no text), by
    /// record content: a site's claims meet the same records again and again.
    private static func recordTerms(_ record: Record) -> (sequences: [[String]], terms: Set<String>)? {
        termMemo.value(for: RecordContentKey(record)) {
            let text = RecordText(record)
            guard text.hasText else { return nil }
            let tokenizer = BiomedicalTokenizer()
            let fields = [text.title, text.abstract] + text.meshDescriptors + text.keywords
            let tokenized = fields.filter { !$0.isEmpty }.map { tokenizer.tokens($0) }
            return RecordTerms(sequences: tokenized.map(BiomedicalTokenizer.sequence), terms: Set(tokenized.joined().map(\.term)))
        }.map { ($0.sequences, $0.terms) }
    }

    private struct RecordTerms: Sendable {
        var sequences: [[String]]
        var terms: Set<String>
    }

    private static let termMemo = BoundedMemo<RecordContentKey, RecordTerms?>(capacity: 4096)

    static func contains(_ haystack: [String], _ needle: [String]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        if needle.count == 1 { return haystack.contains(needle[0]) }
        outer: for start in 0...(haystack.count - needle.count) {
            for (k, n) in needle.enumerated() where haystack[start + k] != n { continue outer }
            return true
        }
        return false
    }

    /// Words of claim sentences that say nothing about the subject.
    static let generic: Set<String> = [
        "show", "shown", "demonstr", "studi", "effect", "increas", "decreas", "induc", "caus", "result",
        "use", "help", "provid", "improv", "reduc", "common", "import", "natur", "stimul", "product",
        "sourc", "mani", "well", "new", "like", "make", "can", "may", "us",
    ]
}
