import Bibliography
import Citations
import Evidence

/// Names the page's claims: each named claim of the claims map goes to the first sentence its `match`
/// text finds; other claims get `c1`, `c2`, ... (skipping names the map uses). Named claims the page no
/// longer makes are reported.
struct ClaimLinker {
    let map: ClaimsMap?

    func reports(for claims: [Claim]) -> (reports: [ClaimReport], findings: [Finding]) {
        var used: Set<String> = []
        var reports: [ClaimReport] = []
        var findings: [Finding] = []
        let reserved = Set(map?.claims.map(\.id) ?? [])
        var counter = 0
        for claim in claims {
            let named = map?.claims.first { entry in
                !used.contains(entry.id) && ClaimsMap.sentence(claim.text, matches: entry)
            }
            let id: String
            if let named {
                id = named.id
            } else {
                repeat { counter += 1 } while reserved.contains("c\(counter)")
                id = "c\(counter)"
            }
            used.insert(id)
            reports.append(ClaimReport(
                id: id, text: claim.text, citations: claim.citations,
                marker: claim.markers.map(\.raw).joined(separator: " "), location: claim.location,
                subject: named?.subject ?? []))
        }
        for entry in map?.claims ?? [] where !used.contains(entry.id) {
            findings.append(Finding(
                code: .missingClaim, severity: .error,
                message: "named claim '\(entry.id)' (\"\(entry.match ?? "")\") is not a cited sentence on the page; cite it again or update claims.yaml",
                claim: entry.id))
        }
        return (reports, findings)
    }
}

extension FindingCode {
    /// A claim named in `claims.yaml` is no longer a cited sentence on the page.
    public static let missingClaim: FindingCode = "missing-claim"
}
