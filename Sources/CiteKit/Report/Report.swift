import Bibliography

/// The result of `cite check`: references, claims, findings and the rendered reference list.
///
/// Its JSON form is the stable report format of DESIGN.md.
public struct Report: Sendable, Codable, Equatable {
    /// The page's path as given.
    public var document: String
    /// The page's reference list, parsed and checked, in list order.
    public var references: [ReferenceReport]
    /// The page's cited sentences, in page order.
    public var claims: [ClaimReport]
    /// All findings, in page order.
    public var findings: [Finding]
    /// The reference list rendered in the chosen style.
    public var bibliography: String

    /// Creates a report.
    public init(document: String, references: [ReferenceReport] = [], claims: [ClaimReport] = [], findings: [Finding] = [], bibliography: String = "") {
        self.document = document
        self.references = references
        self.claims = claims
        self.findings = findings
        self.bibliography = bibliography
    }

    /// The most severe finding's severity, or `nil` when there are none.
    public var worstSeverity: Severity? { findings.map(\.severity).max() }

    /// Findings with the given code.
    public func findings(_ code: FindingCode) -> [Finding] { findings.filter { $0.code == code } }
}
