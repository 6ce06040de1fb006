import Bibliography

/// How a reference was tied to its record.
public enum MatchMethod: String, Sendable, Hashable, Codable {
    case pmid
    case doi
    case pmcid
    /// A scored comparison of title, first author, year, journal, volume and first page.
    case fields
}
