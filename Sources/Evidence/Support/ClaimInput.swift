import Bibliography

/// A claim as the support check needs it: its id, its sentence, and its subject terms if named.
public struct ClaimInput: Sendable, Hashable {
    /// Names the claim in findings and in the outcome.
    public var id: String
    /// The claim sentence; its content words stand in for the subject when none is named.
    public var text: String
    /// Subject terms and synonyms (from `claims.yaml`); empty to use the sentence's content words.
    public var subjectTerms: [String]

    /// A claim; without subject terms its sentence's content words are used.
    public init(id: String, text: String, subjectTerms: [String] = []) {
        self.id = id
        self.text = text
        self.subjectTerms = subjectTerms
    }
}
