/// A finding's stable identifier, like a linter's rule name. Codes are never renamed.
public struct FindingCode: RawRepresentable, Sendable, Hashable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public var description: String { rawValue }
    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }

    public static let unresolvedMarker: FindingCode = "unresolved-marker"
    public static let orphanReference: FindingCode = "orphan-reference"
    public static let markerSeparator: FindingCode = "marker-separator"
    public static let outOfOrder: FindingCode = "out-of-order"
    public static let duplicateReference: FindingCode = "duplicate-reference"
    public static let markerStyle: FindingCode = "marker-style"
    public static let referencePunctuation: FindingCode = "reference-punctuation"
    public static let hyphenationArtifact: FindingCode = "hyphenation-artifact"
    public static let referenceIncomplete: FindingCode = "reference-incomplete"
    public static let bookOrder: FindingCode = "book-order"
    public static let noRecord: FindingCode = "no-record"
    public static let fieldMismatch: FindingCode = "field-mismatch"
    public static let retractedReference: FindingCode = "retracted-reference"
    public static let erratum: FindingCode = "erratum"
    public static let weakEvidence: FindingCode = "weak-evidence"
    public static let subjectNotMentioned: FindingCode = "subject-not-mentioned"
    public static let unsupportedClaim: FindingCode = "unsupported-claim"
}
