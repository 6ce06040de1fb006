/// A record's study design, its Oxford CEBM 2011 level, and the signals that decided it.
///
/// JSON: `{"design": "animal", "level": 5, "basis": ["mesh:Animals", "mesh:Rabbits"]}`;
/// `level` is `null` for an unknown design.
public struct EvidenceGrade: Sendable, Hashable, Codable {
    /// The study design the signals point to.
    public var design: StudyDesign
    /// The design's CEBM 2011 level (1 strongest); `nil` for an unknown design.
    public var level: Int?
    /// The signals behind the design, as `source:value` (`pubtype:Review`, `mesh:Rabbits`,
    /// `title:randomized`, `abstract:double-blind`, `keyword:cells cultured`, `type:book`).
    public var basis: [String]

    /// A grade for `design`, its level taken from the design.
    public init(design: StudyDesign, basis: [String]) {
        self.design = design
        self.level = design.cebmLevel
        self.basis = basis
    }

    /// No signal: the design is unknown, not guessed.
    public static let unknown = EvidenceGrade(design: .unknown, basis: [])

    private enum CodingKeys: String, CodingKey { case design, level, basis }

    /// Reads the report JSON; a missing `basis` reads as empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        design = try c.decode(StudyDesign.self, forKey: .design)
        level = try c.decodeIfPresent(Int.self, forKey: .level)
        basis = try c.decodeIfPresent([String].self, forKey: .basis) ?? []
    }

    /// `level` is always written (null when unknown) so the report shape is stable.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(design, forKey: .design)
        try c.encode(level, forKey: .level)
        try c.encode(basis, forKey: .basis)
    }
}
