/// A data bank the record's data were deposited in, with the accession numbers there.
public struct DataBank: Sendable, Hashable, Codable {
    /// The data bank (`GENBANK`, `ClinicalTrials.gov`, `PDB`).
    public var name: String
    /// Accession numbers in that bank (`NCT00000419`), in source order.
    public var accessionNumbers: [String]
    /// A data bank from its name and accession numbers.
    public init(name: String, accessionNumbers: [String] = []) {
        self.name = name
        self.accessionNumbers = accessionNumbers
    }
}
