import Bibliography
import Resolve

/// Findings for references that resolving could not settle.
enum ResolutionFindings {
    static func findings(_ resolutions: [Resolution], references: [ReferenceReport]) -> [Finding] {
        let locations = Dictionary(references.map { ($0.number, $0.location) }, uniquingKeysWith: { a, _ in a })
        return resolutions.compactMap { r in
            let location = locations[r.number] ?? nil
            switch r.status {
            case .ambiguous:
                return Finding(
                    code: .ambiguousRecord, severity: .warning,
                    message: "reference \(r.number): two records fit about equally well (\(r.candidates.joined(separator: " and "))); "
                        + "add the PMID or DOI of the one cited to the reference",
                    reference: r.number, location: location)
            case .failed:
                return Finding(
                    code: .resolveFailed, severity: .warning,
                    message: "reference \(r.number): its record could not be looked up: \(r.error ?? "unknown error"); run again later to fetch what is missing",
                    reference: r.number, location: location)
            case .resolved, .notFound:
                return nil
            }
        }
    }
}
