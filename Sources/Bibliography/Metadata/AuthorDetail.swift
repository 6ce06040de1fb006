/// Details of one author that CSL-JSON names do not hold.
public struct AuthorDetail: Sendable, Hashable, Codable {
    /// Affiliations in source order.
    public var affiliations: [String] = []
    /// Identifiers by source (`ORCID` → `0000-0002-1825-0097`).
    public var identifiers: [AuthorIdentifier] = []
    /// Whether the author is marked as contributing equally.
    public var equalContribution: Bool = false
    /// False for names NLM marks ValidYN="N" (kept here, left out of the item's authors).
    public var valid: Bool = true
    /// The initials as the source wrote them (`JA`).
    public var initials: String?
    /// The name, kept here for authors left out of the item's `author` list (ValidYN="N").
    public var name: Name?
    /// Author details from their parts.
    public init(affiliations: [String] = [], identifiers: [AuthorIdentifier] = [], equalContribution: Bool = false, valid: Bool = true, initials: String? = nil, name: Name? = nil) {
        self.name = name
        self.affiliations = affiliations
        self.identifiers = identifiers
        self.equalContribution = equalContribution
        self.valid = valid
        self.initials = initials
    }
}
