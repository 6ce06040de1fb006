/// The design of the study a record reports, as far as its indexing and wording tell.
public enum StudyDesign: String, Sendable, Hashable, Codable, CaseIterable {
    case metaAnalysis = "meta-analysis"
    case systematicReview = "systematic-review"
    case randomizedTrial = "randomized-trial"
    case nonRandomizedTrial = "non-randomized-trial"
    case cohort
    case caseControl = "case-control"
    case crossSectional = "cross-sectional"
    case caseSeries = "case-series"
    case caseReport = "case-report"
    case narrativeReview = "narrative-review"
    case animal
    case inVitro = "in-vitro"
    case bookOrOpinion = "book-or-opinion"
    case unknown

    /// The Oxford CEBM 2011 level for a question of treatment benefit; `nil` when the design is unknown.
    ///
    /// 1 systematic review (of trials), 2 randomised trial, 3 non-randomised controlled cohort or
    /// follow-up study, 4 case series, case-control or historically controlled studies,
    /// 5 mechanism-based reasoning (animal and laboratory studies, narrative reviews, opinion).
    public var cebmLevel: Int? {
        switch self {
        case .metaAnalysis, .systematicReview: 1
        case .randomizedTrial: 2
        case .nonRandomizedTrial, .cohort: 3
        case .caseControl, .crossSectional, .caseSeries, .caseReport: 4
        case .narrativeReview, .animal, .inVitro, .bookOrOpinion: 5
        case .unknown: nil
        }
    }

    /// Whether the design gives only indirect evidence about people (animal, laboratory, opinion).
    public var isWeak: Bool {
        switch self {
        case .animal, .inVitro, .bookOrOpinion: true
        default: false
        }
    }

    /// A readable name for tables and messages.
    public var displayName: String {
        switch self {
        case .metaAnalysis: "meta-analysis"
        case .systematicReview: "systematic review"
        case .randomizedTrial: "randomized trial"
        case .nonRandomizedTrial: "non-randomized trial"
        case .cohort: "cohort study"
        case .caseControl: "case-control study"
        case .crossSectional: "cross-sectional study"
        case .caseSeries: "case series"
        case .caseReport: "case report"
        case .narrativeReview: "narrative review"
        case .animal: "animal study"
        case .inVitro: "in-vitro study"
        case .bookOrOpinion: "book or expert opinion"
        case .unknown: "unknown design"
        }
    }
}
