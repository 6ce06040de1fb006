/// BM25 settings. Defaults were tuned on a tuning split of SciFact train claims
/// (Benchmarks/evidence/README.md).
public struct BM25Parameters: Sendable, Hashable, Codable {
    /// Term-frequency saturation.
    public var k1: Double
    /// Length normalisation (0 none, 1 full).
    public var b: Double
    /// How many times a title term counts against an abstract term.
    public var titleWeight: Double
    /// Weight of adjacent-term pairs (bigrams) shared by query and document; 0 turns them off.
    public var bigramWeight: Double
    /// Weight of the best single abstract sentence's score added to the document's; 0 turns it off.
    public var sentenceWeight: Double

    /// Settings with the tuned defaults unless overridden.
    public init(
        k1: Double = 0.9, b: Double = 0.6, titleWeight: Double = 2, bigramWeight: Double = 0, sentenceWeight: Double = 0.5
    ) {
        self.k1 = k1
        self.b = b
        self.titleWeight = titleWeight
        self.bigramWeight = bigramWeight
        self.sentenceWeight = sentenceWeight
    }
}
