/// The whole `claims.yaml` document: `claims: [...]`.
public struct ClaimsFile: Sendable, Hashable, Codable {
    public var claims: [ClaimSubject]
    public init(claims: [ClaimSubject]) { self.claims = claims }
}
