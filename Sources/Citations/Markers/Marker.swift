import Bibliography

/// One in-text citation marker: the numbers it cites and where it is written.
public struct Marker: Sendable, Hashable, Codable {
    /// The number list as written, without brackets or tags: `9.10`, `7,8,9.10,11,12,13`, `1-3`.
    public var raw: String
    /// The cited numbers, ranges expanded, in the order written (`1-3,5` → 1, 2, 3, 5).
    public var numbers: [Int]
    /// The written form.
    public var kind: MarkerKind
    /// Where the marker starts in the source file.
    public var location: SourceLocation
    /// Whether the form is unambiguously a citation (bracket, `<sup>`, footnote, Unicode superscript).
    public var explicit: Bool
    /// Separators that the citation styles do not use (`.` in `9.10`), with their standard form.
    public var separatorIssues: [SeparatorIssue]

    public init(
        raw: String, numbers: [Int], kind: MarkerKind, location: SourceLocation,
        explicit: Bool? = nil, separatorIssues: [SeparatorIssue] = []
    ) {
        self.raw = raw
        self.numbers = numbers
        self.kind = kind
        self.location = location
        self.explicit = explicit ?? kind.isExplicit
        self.separatorIssues = separatorIssues
    }
}
