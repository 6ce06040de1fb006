/// A research grant.
public struct Grant: Sendable, Hashable, Codable {
    /// The grant number.
    public var id: String?
    /// The institute's acronym (`AR`, `HL`).
    public var acronym: String?
    /// The funding agency.
    public var agency: String?
    /// The agency's country.
    public var country: String?
    /// A grant from its number, acronym, agency and country.
    public init(id: String? = nil, acronym: String? = nil, agency: String? = nil, country: String? = nil) {
        self.id = id
        self.acronym = acronym
        self.agency = agency
        self.country = country
    }
}
