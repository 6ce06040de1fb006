import Bibliography
import Testing
@testable import Citations

/// The bundled page rewritten as HTML (`<sup>` markers, `<ol>` list, entities) and as Markdown (headings,
/// bullets, emphasis, a link, `<sup>` markers, a numbered list): the result is the same as for the text.
@Suite("HTML and Markdown versions of the bundled page")
struct BundledPageVersionsTests {
    @Test("the same three claims, 14 references and findings in every format", arguments: ["prolotherapy.html", "prolotherapy.md"])
    func sameResult(page: String) throws {
        let analysis = CitationAnalyzer.analyze(try Fixtures.page(page))
        let text = CitationAnalyzer.analyze(try Fixtures.bundledPage())
        #expect(analysis.claims.map(\.citations) == [Array(1...6), Array(7...13), [13]])
        #expect(analysis.claims.map(\.text) == text.claims.map(\.text))
        #expect(analysis.markers.map(\.raw) == ["1,2,3,4,5,6", "7,8,9.10,11,12,13", "13"])
        #expect(analysis.markers.allSatisfy { $0.kind == .superscriptTag })
        #expect(analysis.references.map(\.number) == Array(1...14))
        #expect(analysis.references.map(\.text) == text.references.map(\.text))
        #expect(analysis.findings.map(\.code) == [.markerStyle, .markerStyle, .markerSeparator, .orphanReference])
        #expect(analysis.findings.first { $0.code == .markerSeparator }?.suggestion == "9,10")
        #expect(analysis.findings.first { $0.code == .orphanReference }?.reference == 14)
    }

    @Test("HTML positions point into the HTML source")
    func htmlPositions() throws {
        let analysis = CitationAnalyzer.analyze(try Fixtures.page("prolotherapy.html"))
        #expect(analysis.claims.map(\.location) == [
            SourceLocation(line: 23, column: 50), SourceLocation(line: 24, column: 4), SourceLocation(line: 24, column: 222),
        ])
        #expect(analysis.markers.map(\.location) == [
            SourceLocation(line: 23, column: 127), SourceLocation(line: 24, column: 198), SourceLocation(line: 24, column: 405),
        ])
        #expect(analysis.findings.first { $0.code == .markerSeparator }?.location == SourceLocation(line: 24, column: 202))
        #expect(analysis.referenceListLocation == SourceLocation(line: 59, column: 3))
        #expect(analysis.references.last?.location == SourceLocation(line: 94, column: 3))
    }

    @Test("Markdown positions point into the Markdown source")
    func markdownPositions() throws {
        let analysis = CitationAnalyzer.analyze(try Fixtures.page("prolotherapy.md"))
        #expect(analysis.claims.map(\.location) == [
            SourceLocation(line: 20, column: 47), SourceLocation(line: 22, column: 1), SourceLocation(line: 22, column: 219),
        ])
        #expect(analysis.references.map(\.location.line) == Array(stride(from: 77, through: 103, by: 2)))
    }
}
