import Foundation

/// The vocabulary that signals a design: publication types, MeSH headings and text cues.
enum DesignRules {
    static let publicationTypes: [String: StudyDesign] = [
        "meta-analysis": .metaAnalysis,
        "systematic review": .systematicReview,
        "randomized controlled trial": .randomizedTrial,
        "equivalence trial": .randomizedTrial,
        "pragmatic clinical trial": .randomizedTrial,
        "controlled clinical trial": .nonRandomizedTrial,
        "clinical trial": .nonRandomizedTrial,
        "clinical trial, phase i": .nonRandomizedTrial,
        "clinical trial, phase ii": .nonRandomizedTrial,
        "clinical trial, phase iii": .nonRandomizedTrial,
        "clinical trial, phase iv": .nonRandomizedTrial,
        "case reports": .caseReport,
        "review": .narrativeReview,
        "scoping review": .narrativeReview,
        "editorial": .bookOrOpinion,
        "comment": .bookOrOpinion,
        "letter": .bookOrOpinion,
        "book": .bookOrOpinion,
        "practice guideline": .bookOrOpinion,
        "guideline": .bookOrOpinion,
        "consensus development conference": .bookOrOpinion,
        "clinical trial, veterinary": .animal,
        "randomized controlled trial, veterinary": .animal,
    ]

    /// MeSH study-design and laboratory headings (also matched against keywords).
    static let meshHeadings: [String: StudyDesign] = [
        "cohort studies": .cohort,
        "prospective studies": .cohort,
        "longitudinal studies": .cohort,
        "follow-up studies": .cohort,
        "retrospective studies": .cohort,
        "case-control studies": .caseControl,
        "cross-sectional studies": .crossSectional,
        "random allocation": .randomizedTrial,
        "double-blind method": .randomizedTrial,
        "cells, cultured": .inVitro,
        "in vitro techniques": .inVitro,
        "cell line": .inVitro,
        "cell line, tumor": .inVitro,
        "cell culture techniques": .inVitro,
        "animals": .animal,
        "disease models, animal": .animal,
    ]

    /// Species headings (a heading equal to one of these, or starting with it and a comma:
    /// `Rats, Sprague-Dawley`).
    static let species: [String] = [
        "rabbits", "rats", "mice", "dogs", "cats", "swine", "sheep", "cattle", "horses", "goats",
        "guinea pigs", "cricetinae", "mesocricetus", "macaca", "primates", "chickens", "zebrafish",
        "drosophila", "xenopus", "ferrets", "gerbillinae", "haplorhini", "callithrix", "chlorocebus aethiops",
    ]

    /// Text cues: a regular expression (on lowercased text), the design it signals, its basis word,
    /// and whether it only counts in the title (words like "review" are too loose in abstracts).
    struct Cue: Sendable {
        var pattern: String
        var design: StudyDesign
        var word: String
        var titleOnly: Bool = false
    }

    static let cues: [Cue] = [
        Cue(pattern: #"\bmeta-?\s?analy[sz]"#, design: .metaAnalysis, word: "meta-analysis"),
        Cue(pattern: #"\bsystematic (literature )?review"#, design: .systematicReview, word: "systematic review"),
        Cue(pattern: #"(?<!non-)(?<!non)\brandomi[sz]ed\b"#, design: .randomizedTrial, word: "randomized"),
        Cue(pattern: #"\brandomly (assigned|allocated)\b"#, design: .randomizedTrial, word: "randomly assigned"),
        Cue(pattern: #"\bdouble-?\s?blind"#, design: .randomizedTrial, word: "double-blind"),
        Cue(pattern: #"\bplacebo-?\s?controlled\b"#, design: .randomizedTrial, word: "placebo-controlled"),
        Cue(pattern: #"\bnon-?randomi[sz]ed\b"#, design: .nonRandomizedTrial, word: "non-randomized"),
        Cue(pattern: #"\bcontrolled (clinical )?trial\b"#, design: .nonRandomizedTrial, word: "controlled trial"),
        Cue(pattern: #"\bcohort\b"#, design: .cohort, word: "cohort"),
        Cue(pattern: #"\bcase-?\s?control\b"#, design: .caseControl, word: "case-control"),
        Cue(pattern: #"\bcross-?\s?sectional\b"#, design: .crossSectional, word: "cross-sectional"),
        Cue(pattern: #"\bcase series\b"#, design: .caseSeries, word: "case series"),
        Cue(pattern: #"\bpilot study\b"#, design: .caseSeries, word: "pilot study"),
        Cue(pattern: #"\bbefore and after (the )?treatment\b"#, design: .caseSeries, word: "before and after treatment"),
        Cue(pattern: #"\bcase reports?\b"#, design: .caseReport, word: "case report"),
        Cue(pattern: #"\breview\b"#, design: .narrativeReview, word: "review", titleOnly: true),
        Cue(pattern: #"\b(rabbits?|rats?|mice|mouse|murine|canine|dogs?|porcine|pigs?|swine|sheep|ovine|bovine|equine|horses?|goats?|monkeys?|primates?|zebrafish|drosophila|hamsters?|guinea pigs?)\b"#,
            design: .animal, word: "$1"),
        Cue(pattern: #"\b(in vitro|cultured|cell cultures?|cell lines?|mesangial cells?|fibroblasts?|chondrocytes?|keratinocytes?|osteoblasts?|osteoclasts?|tenocytes?|myoblasts?|hepatocytes?|macrophages?|mononuclear cells|endothelial cells|epithelial cells|ligament cells)\b"#,
            design: .inVitro, word: "$1"),
    ]
}
