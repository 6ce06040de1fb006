/// What a batch conversion (``PubMedBatchConverter``) read and wrote.
public struct PubMedBatchOutcome: Sendable, Hashable {
    /// Articles and books converted, over all inputs.
    public var records = 0
    /// PMIDs listed in DeleteCitation / DeleteDocument, over all inputs.
    public var deletions = 0
    /// The error that ended each failed input, in input order; the records read before each error
    /// are converted.
    public var errors: [PubMedError] = []
    /// Whether the output was written (false in strict mode when an input had an error).
    public var written = false

    public init() {}
}
