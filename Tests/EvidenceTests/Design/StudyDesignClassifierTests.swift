import Bibliography
import Foundation
import Testing
@testable import Evidence

@Suite("Study design and evidence level")
struct StudyDesignClassifierTests {
    @Test("every design cue compiles (a cue that did not would be dropped silently)")
    func cuesCompile() {
        #expect(CompiledPatterns.shared.cues.count == DesignRules.cues.count)
        #expect(!DesignRules.cues.isEmpty)
    }

    func grade(_ r: Record) -> EvidenceGrade { StudyDesignClassifier.grade(r) }

    @Test("publication types decide the secondary and trial designs", arguments: [
        ("Meta-Analysis", StudyDesign.metaAnalysis, 1),
        ("Systematic Review", .systematicReview, 1),
        ("Randomized Controlled Trial", .randomizedTrial, 2),
        ("Clinical Trial", .nonRandomizedTrial, 3),
        ("Case Reports", .caseReport, 4),
        ("Review", .narrativeReview, 5),
        ("Editorial", .bookOrOpinion, 5),
    ])
    func publicationTypes(type: String, design: StudyDesign, level: Int) {
        let g = grade(EvidenceFixtures.record(title: "Something about knees", types: ["Journal Article", type]))
        #expect(g.design == design)
        #expect(g.level == level)
        #expect(g.basis == ["pubtype:\(type)"])
    }

    @Test("observational designs come from MeSH", arguments: [
        ("Cohort Studies", StudyDesign.cohort), ("Prospective Studies", .cohort),
        ("Case-Control Studies", .caseControl), ("Cross-Sectional Studies", .crossSectional),
    ])
    func observational(mesh: String, design: StudyDesign) {
        let g = grade(EvidenceFixtures.record(title: "Knee pain in runners", mesh: ["Humans", mesh]))
        #expect(g.design == design)
        #expect(g.basis == ["mesh:\(mesh)"])
    }

    @Test("Animals with a species heading and without Humans is an animal study, level 5")
    func animal() {
        let g = grade(EvidenceFixtures.liu1983)
        #expect(g.design == .animal)
        #expect(g.level == 5)
        #expect(g.basis == ["mesh:Animals", "mesh:Rabbits", "title:rabbit"])
        #expect(grade(EvidenceFixtures.maynard1985).design == .animal)
    }

    @Test("Animals beside Humans is not an animal study on indexing alone")
    func animalsWithHumans() {
        #expect(grade(EvidenceFixtures.record(title: "Pain after surgery", mesh: ["Animals", "Humans", "Rats"])).design == .unknown)
    }

    @Test("cultured cells make an in-vitro study, even of human or animal cells")
    func inVitro() {
        let mesh = grade(EvidenceFixtures.record(title: "Growth of cells", mesh: ["Animals", "Rats", "Cells, Cultured"]))
        #expect(mesh.design == .inVitro)
        #expect(mesh.basis == ["mesh:Cells, Cultured", "title:cells"] || mesh.basis == ["mesh:Cells, Cultured"])
        let title = grade(EvidenceFixtures.record(title: "High glucose induces fibronectin in human mesangial cells"))
        #expect(title.design == .inVitro)
        #expect(title.basis == ["title:mesangial cells"])
        let keyword = grade(EvidenceFixtures.record(title: "Gene expression and glucose", keywords: ["humans", "cells cultured"]))
        #expect(keyword.basis == ["keyword:cells cultured"])
    }

    @Test("title cues: randomized, double-blind and placebo-controlled make a randomized trial")
    func randomizedTitle() {
        let g = grade(EvidenceFixtures.reeves2000)
        #expect(g.design == .randomizedTrial)
        #expect(g.level == 2)
        #expect(g.basis == ["title:randomized", "title:double-blind", "title:placebo-controlled"])
        #expect(grade(EvidenceFixtures.record(title: "A non-randomized comparison of two splints")).design == .nonRandomizedTrial)
    }

    @Test("text cues for case series, pilot studies, cohorts and reviews", arguments: [
        ("Dextrose injections: a case series of 12 patients", StudyDesign.caseSeries),
        ("Prolotherapy and Achilles tendinopathy: a prospective pilot study of an old treatment", .caseSeries),
        ("Knee pain in a cohort of older runners", .cohort),
        ("Prolotherapy for low back pain: a review", .narrativeReview),
        ("Meta-analysis of injection therapies", .metaAnalysis),
    ])
    func textCues(title: String, design: StudyDesign) {
        #expect(grade(EvidenceFixtures.record(title: title)).design == design)
    }

    @Test("abstract cues count, but 'review' only in the title")
    func abstractCues() {
        let g = grade(EvidenceFixtures.record(title: "Dextrose for knee pain", abstract: "Patients were randomly assigned to dextrose or saline."))
        #expect(g.design == .randomizedTrial)
        #expect(g.basis == ["abstract:randomly assigned"])
        #expect(grade(EvidenceFixtures.record(title: "Knee pain", abstract: "We review the mechanisms.")).design == .unknown)
    }

    @Test("a book is book-or-opinion")
    func book() throws {
        let records = try EvidenceFixtures.prolotherapyCSLRecords()
        let hackett = try #require(records["confirmed-ref-5"])
        let g = grade(hackett)
        #expect(g.design == .bookOrOpinion)
        #expect(g.basis == ["type:book", "pubtype:Book"])
    }

    @Test("a narrative review carries its publication type and title word as basis")
    func review() {
        let g = grade(EvidenceFixtures.kim2004)
        #expect(g.design == .narrativeReview)
        #expect(g.basis == ["pubtype:Review", "title:review"])
    }

    @Test("no signal is unknown with no level and no basis, not a guess")
    func unknown() throws {
        #expect(grade(EvidenceFixtures.pmidOnly) == .unknown)
        let g = grade(EvidenceFixtures.record(title: "Glucose and growth factors"))
        #expect(g.design == .unknown && g.level == nil && g.basis.isEmpty)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(g), as: UTF8.self) == #"{"basis":[],"design":"unknown","level":null}"#)
    }

    @Test("a grade encodes design, level and basis")
    func json() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(StudyDesignClassifier.grade(EvidenceFixtures.liu1983)), as: UTF8.self)
        #expect(text == #"{"basis":["mesh:Animals","mesh:Rabbits","title:rabbit"],"design":"animal","level":5}"#)
    }
}
