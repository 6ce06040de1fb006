/// Journal details beyond the CSL-JSON title fields.
public struct JournalInfo: Sendable, Hashable, Codable {
    /// NLM's title abbreviation (`J Orthop Res`).
    public var medlineTA: String?
    /// NLM's catalogue identifier of the journal.
    public var nlmUniqueID: String?
    /// The linking ISSN that groups the journal's media.
    public var issnLinking: String?
    /// The country of publication.
    public var country: String?
    /// ISSNs with their type (`Print`, `Electronic`).
    public var issns: [ISSN] = []
    /// Journal details from their parts.
    public init(medlineTA: String? = nil, nlmUniqueID: String? = nil, issnLinking: String? = nil, country: String? = nil, issns: [ISSN] = []) {
        self.medlineTA = medlineTA
        self.nlmUniqueID = nlmUniqueID
        self.issnLinking = issnLinking
        self.country = country
        self.issns = issns
    }
}
