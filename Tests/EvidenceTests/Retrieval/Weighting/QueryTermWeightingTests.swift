import Bibliography
import Foundation
import Testing
@testable import Evidence

@Suite("Weighting claim terms")
struct QueryTermWeightingTests {
    func items() throws -> [Item] { try EvidenceFixtures.rankItems() }

    @Test("term statistics count items, titles and abstract occurrences")
    func statistics() throws {
        let stats = TermStatistics(documents: try items().map { (title: $0.title ?? "", abstract: $0.abstract ?? "") })
        #expect(stats.documentCount == 4)
        // "dextrose": both titles of collagen-rabbit and knee-trial, once in collagen-rabbit's abstract.
        #expect(stats.counts(of: "dextros") == TermStatistics.Counts(documents: 2, titles: 2, abstractOccurrences: 1))
        #expect(stats.counts(of: "increas") == TermStatistics.Counts(documents: 1, titles: 0, abstractOccurrences: 1))
        #expect(stats.counts(of: "zebra") == nil)
    }

    @Test("a claim's term features: title share, burstiness, relative IDF, number, length")
    func features() throws {
        let ranker = ClaimRanker(items: try items())
        // "zebra" is in no item, so it has no features.
        let features = ranker.termFeatures("Dextrose increased collagen in zebras")
        #expect(features.map(\.term) == ["dextros", "increas", "collagen"])
        let dextrose = try #require(features.first).features
        let idf = log(1 + (4 - 2 + 0.5) / (2 + 0.5))
        #expect(abs(dextrose[TermFeature.idf.position] - idf) < 1e-12)
        #expect(abs(dextrose[TermFeature.titleShare.position] - 2.5 / 3) < 1e-12)
        #expect(abs(dextrose[TermFeature.burstiness.position] - (log(2) - log(2))) < 1e-12)
        #expect(dextrose[TermFeature.numeric.position] == 0)
        #expect(abs(dextrose[TermFeature.length.position] - 7.0 / 12) < 1e-12)
        let increased = features[1].features
        #expect(abs(increased[TermFeature.titleShare.position] - 0.5 / 2) < 1e-12)
        #expect(increased[TermFeature.relativeIDF.position] == 1)
        // Relative IDF: the term's IDF over the claim's largest (here that of "increas").
        #expect(abs(dextrose[TermFeature.relativeIDF.position] - idf / increased[TermFeature.idf.position]) < 1e-12)
        let numbers = ClaimRanker(items: [Self.item("n", "Dextrose for 12 weeks", "")]).termFeatures("12 weeks")
        #expect(numbers.map(\.term) == ["12", "week", "12weeks"])
        #expect(numbers.map { $0.features[TermFeature.numeric.position] } == [1, 0, 1])
    }

    static func item(_ id: String, _ title: String, _ abstract: String) -> Item {
        var item = Item(id: id)
        item.title = title
        item.abstract = abstract
        return item
    }

    @Test("the fitted weighting counts a title topic word above the wording of a finding")
    func topicAboveWording() throws {
        let ranker = ClaimRanker(items: try items())
        let weights = ranker.termWeights("Dextrose increased collagen")
        let dextrose = try #require(weights["dextros"]), increased = try #require(weights["increas"])
        #expect(dextrose > increased)
        #expect(dextrose > 0 && dextrose < 1)
    }

    @Test("with weighting, the item about the claim's topic outranks one repeating its wording")
    func ranking() throws {
        // Topic words ("statin", "therapy") reach titles; the finding's wording ("associated",
        // "reduced", "pain") stays in abstracts, where the distractor repeats it.
        let library = [
            Self.item("statins", "Statin therapy in practice", "Patients were followed."),
            Self.item("exercise", "Exercise outcomes", "Training was associated with reduced pain."),
            Self.item("lipids", "Statin trials and lipid levels", "Lipid levels were associated with diet."),
            Self.item("adults", "Statin use in older adults", "Falls were reduced."),
            Self.item("nurses", "Nurses on night shifts", "Pain was associated with shifts."),
            Self.item("sleep", "Sleep therapy for insomnia", "Sleep latency was reduced."),
            Self.item("knee", "Knee surgery outcomes", "Pain was common."),
        ]
        let claim = "Statin therapy is associated with reduced pain"
        #expect(ClaimRanker(items: library, termWeighting: nil).rank(claim, top: 1) == ["exercise"])
        #expect(ClaimRanker(items: library).rank(claim, top: 2) == ["statins", "exercise"])
    }

    @Test("the weight is the model's probability raised to the exponent, so a larger exponent separates topic from genre words more")
    func exponent() {
        let topic: [Double] = [5, 0.9, 0.8, 1, 0, 0.5]  // in titles, repeated in abstracts
        let genre: [Double] = [5, 0.1, 0, 1, 0, 0.5]  // the wording findings are reported in
        let one = QueryTermWeighting(coefficients: QueryTermWeighting.fitted.coefficients, exponent: 1)
        let two = QueryTermWeighting(coefficients: QueryTermWeighting.fitted.coefficients, exponent: 2)
        #expect(abs(one.weight(topic) - one.probability(topic)) < 1e-12)
        #expect(abs(two.weight(genre) - one.probability(genre) * one.probability(genre)) < 1e-12)
        #expect(one.weight(topic) > one.weight(genre))
        #expect(two.weight(topic) / two.weight(genre) > one.weight(topic) / one.weight(genre))
    }

    @Test("the fitter refuses samples of different lengths, naming the first bad one")
    func fitterMismatch() {
        let samples = [LogisticFitter.Sample(features: [1, 2], target: 0.5), LogisticFitter.Sample(features: [1], target: 0.2)]
        #expect(throws: LogisticFitter.FitError.featureCountMismatch(index: 1, expected: 2, found: 1)) {
            try LogisticFitter().fit(samples)
        }
    }

    @Test("the logistic fitter recovers the coefficients that generated the targets")
    func fitter() throws {
        let samples = stride(from: -2.0, through: 2.0, by: 0.25).map { x in
            LogisticFitter.Sample(features: [x, 3], target: 1 / (1 + exp(-(2 * x - 1))))
        }
        let c = try LogisticFitter(iterations: 20000, learningRate: 1).fit(samples)
        #expect(c.count == 3)
        #expect(abs(c[0] - -1) < 0.02)
        #expect(abs(c[1] - 2) < 0.02)
        #expect(abs(c[2]) < 1e-9)  // a constant feature carries no weight
    }
}
