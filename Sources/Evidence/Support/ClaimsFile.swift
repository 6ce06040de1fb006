/// The whole `claims.yaml` document: `claims: [...]`.
public struct ClaimsFile: Sendable, Hashable, Codable {
    /// The claims, in file order.
    public var claims: [ClaimSubject]
    /// A claims document holding `claims`.
    public init(claims: [ClaimSubject]) { self.claims = claims }
}
