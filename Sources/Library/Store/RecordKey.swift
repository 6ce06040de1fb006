import Bibliography

/// An identifier as a user or a caller writes it: `pmid:123`, `doi:10.x/y`, a DOI URL,
/// `pmcid:PMC123`, the bare forms (`123`, `10.x/y`, `PMC123`), or a stored `work:` key.
enum RecordKey: Sendable, Hashable {
    case pmid(String)
    case doi(String)
    case pmcid(String)
    /// A library key as stored (`work:...` for a record without identifiers).
    case key(String)

    init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let lower = trimmed.lowercased()
        if lower.hasPrefix("work:"), trimmed.count > 5 {
            self = .key(lower)
        } else if lower.hasPrefix("pmid:") {
            guard let pmid = Identifiers.normalizedPMID(trimmed) else { return nil }
            self = .pmid(pmid)
        } else if lower.hasPrefix("pmcid:") || lower.hasPrefix("pmc") {
            guard let pmcid = Identifiers.normalizedPMCID(trimmed) else { return nil }
            self = .pmcid(pmcid)
        } else if let pmid = Identifiers.normalizedPMID(trimmed) {
            self = .pmid(pmid)
        } else if let doi = Identifiers.normalizedDOI(trimmed) {
            self = .doi(doi)
        } else {
            return nil
        }
    }
}
