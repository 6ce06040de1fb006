import Foundation

/// Normalisation of the identifiers items carry, so that the same work compares equal however it was written.
public enum Identifiers {
    /// A DOI in canonical form: no `doi:` or resolver prefix, lowercased (DOIs are case-insensitive),
    /// trailing punctuation removed. `nil` when the text holds no `10.` prefix.
    public static func normalizedDOI(_ text: String) -> String? {
        var s = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let lowered = s.lowercased()
        for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi.org/", "doi:", "doi "] {
            if lowered.hasPrefix(prefix) {
                s = String(s.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
                break
            }
        }
        guard let r = s.range(of: "10.") else { return nil }
        s = String(s[r.lowerBound...])
        while let last = s.last, ".,;:)]}>".contains(last) { s.removeLast() }
        guard s.contains("/") else { return nil }
        return s.lowercased()
    }

    /// A PMID as digits only, or `nil` when the text is not one.
    public static func normalizedPMID(_ text: String) -> String? {
        var s = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if s.lowercased().hasPrefix("pmid:") { s = String(s.dropFirst(5)).trimmingCharacters(in: .whitespaces) }
        guard !s.isEmpty, s.count <= 9, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return String(Int(s) ?? 0)
    }

    /// A PMCID as `PMC` followed by digits, or `nil`.
    public static func normalizedPMCID(_ text: String) -> String? {
        var s = text.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        if s.hasPrefix("PMCID:") { s = String(s.dropFirst(6)).trimmingCharacters(in: .whitespaces) }
        if s.hasPrefix("PMC") { s = String(s.dropFirst(3)) }
        guard !s.isEmpty, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return "PMC" + s
    }
}
