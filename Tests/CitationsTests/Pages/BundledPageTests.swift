import Bibliography
import Testing
@testable import Citations

@Suite("The bundled prolotherapy page")
struct BundledPageTests {
    let analysis: CitationAnalysis

    init() throws {
        analysis = CitationAnalyzer.analyze(try Fixtures.bundledPage())
    }

    @Test("has exactly three claims with the cited numbers in order")
    func claims() {
        #expect(analysis.claims.map(\.id) == ["c1", "c2", "c3"])
        #expect(analysis.claims.map(\.citations) == [Array(1...6), Array(7...13), [13]])
        #expect(analysis.claims.map(\.location) == [
            SourceLocation(line: 21, column: 47), SourceLocation(line: 23, column: 1), SourceLocation(line: 23, column: 209),
        ])
        #expect(analysis.claims[0].text == "Prolotherapy has been demonstrated to induce the production of collagen.")
        #expect(analysis.claims[1].text.hasPrefix("Additionally, Prolotherapy stimulates the production of glycosaminoglycans and proteoglycans"))
        #expect(analysis.claims[1].text.hasSuffix("compressive and cushioning properties."))
        #expect(analysis.claims[2].text.hasPrefix("Also, very importantly, dextrose prolotherapy solutions"))
        #expect(analysis.claims[2].text.hasSuffix("in many musculoskeletal conditions."))
    }

    @Test("finds only the three markers, in their written forms and places")
    func markers() {
        #expect(analysis.markers.map(\.raw) == ["1,2,3,4,5,6", "7,8,9.10,11,12,13", "13"])
        #expect(analysis.markers.map(\.kind) == [.glued, .spaced, .spaced])
        #expect(analysis.markers.map(\.location) == [
            SourceLocation(line: 21, column: 119), SourceLocation(line: 23, column: 191), SourceLocation(line: 23, column: 388),
        ])
        #expect(analysis.markers.allSatisfy { !$0.explicit })
    }

    @Test("reads the 14 entries of the reference list with their positions")
    func references() {
        #expect(analysis.references.map(\.number) == Array(1...14))
        #expect(analysis.references.map(\.location.line) == Array(stride(from: 77, through: 103, by: 2)))
        #expect(analysis.references.allSatisfy { $0.location.column == 1 })
        #expect(analysis.referenceListLocation == SourceLocation(line: 77, column: 1))
        #expect(analysis.references[1].text == "Schmidt H. Effect of growth factors on proliferation of fibroblasts from the medial collateral and anterior cruciate ligaments. J Orthop Res. 1995:13:184-190.")
        #expect(analysis.references[13].text.hasSuffix("Aust Musculoskel Med 2005;10:16–19."))
    }

    @Test("reports the orphan 14, the '.' separator of 9.10 and the listed ranges, nothing else")
    func findings() {
        let summary = analysis.findings.map { "\($0.code) \($0.location.map(\.description) ?? "-") \($0.suggestion ?? "")" }
        #expect(summary == [
            "marker-style 21:119 1-6",
            "marker-style 23:191 7-13",
            "marker-separator 23:195 9,10",
            "orphan-reference 103:1 ",
        ])
        let orphan = analysis.findings.first { $0.code == .orphanReference }
        #expect(orphan?.reference == 14)
        #expect(orphan?.severity == .warning)
        let separator = analysis.findings.first { $0.code == .markerSeparator }
        #expect(separator?.claim == "c2")
        #expect(separator?.severity == .warning)
        #expect(!analysis.findings.contains { $0.code == .unresolvedMarker || $0.code == .outOfOrder })
    }
}
