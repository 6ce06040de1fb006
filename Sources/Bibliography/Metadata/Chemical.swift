/// A chemical substance indexed for the record.
public struct Chemical: Sendable, Hashable, Codable {
    /// The substance name ("Sodium Morrhuate").
    public var name: String
    /// The CAS registry or EC number (`0` when NLM has none).
    public var registryNumber: String?
    /// The MeSH unique identifier of the substance.
    public var ui: String?
    /// A chemical from its name, registry number and MeSH identifier.
    public init(name: String, registryNumber: String? = nil, ui: String? = nil) {
        self.name = name
        self.registryNumber = registryNumber
        self.ui = ui
    }
}
