import Bibliography
import Testing
@testable import Citations

@Suite("Author–year citations")
struct AuthorYearTests {
    private func analysis() throws -> CitationAnalysis {
        CitationAnalyzer.analyze(try Fixtures.page("author-year.txt"))
    }

    @Test("parenthetical author–year citations link to the entry of that first author and year")
    func parenthetical() throws {
        let markers = try analysis().markers
        #expect(markers.allSatisfy { $0.kind == .authorYear })
        #expect(markers.map(\.raw) == [
            "Doe and Roe 2002", "Doe and Roe 2002; Poe et al. 1996", "Poe et al. (1996)", "van der Berg (2001a, b)",
            "Moe, Zoe, and Loe, 2010", "Roe et al. 2003b", "Roe et al. 2003a",
        ])
        #expect(markers.map(\.numbers) == [[1], [1, 2], [2], [3, 4], [5], [7], [6]])
        #expect(markers.first?.location == SourceLocation(line: 3, column: 36))
    }

    @Test("a narrative citation's parentheses are the marker: the claim keeps the author as its subject")
    func narrativeClaimText() throws {
        let claims = try analysis().claims
        #expect(claims.map(\.text) == [
            "Ligand release limits the response.",
            "Receptors are in excess.",
            "Poe et al. found the shedding system, and van der Berg extended it.",
            "Later work agreed.",
            "A second Roe paper and the first differ.",
        ])
        #expect(claims.map(\.citations) == [[1], [1, 2], [2, 3, 4], [5], [7, 6]])
    }

    @Test("names and years in running text, and works not in the list, are not citations")
    func traps() throws {
        let analysis = try analysis()
        #expect(!analysis.markers.contains { $0.raw.contains("2012") || $0.raw.contains("Smith") || $0.raw.contains("table") })
        // Entry 8 (Doe 2012) is never cited: `In 2012 Doe showed` is prose.
        #expect(analysis.findings.filter { $0.code == .orphanReference }.map(\.reference) == [8])
        // Author–year citations are not numbered in order of citation, so no order or range findings.
        #expect(!analysis.findings.contains { $0.code == .outOfOrder || $0.code == .markerStyle })
    }

}

@Suite("Author–year citations on a numbered page")
struct AuthorYearOnNumberedPageTests {
    private let references = "\n\nReferences\n\n1. Doe A. Pain. J Example. 2002;1:1-2.\n2. Roe B. Gain. J Example. 2003;1:3-4.\n"

    @Test("where numbered markers are the page's style, a name and year in the prose are not a second style")
    func numberedStyleWins() {
        // Three years against two numbered markers: the author–year scan runs, and the count decides.
        let analysis = Fixtures.analyze("Pain fell [1] in 2002. Gain rose [2] in 2003. As Doe et al. (2002) showed, it fell.\(references)")
        #expect(analysis.markers.map(\.kind) == [.bracket, .bracket])
    }

    @Test("a name and year labelling a numbered marker (`Roe, 2003 [2]`) are part of that citation")
    func labelOfNumberedMarker() {
        let analysis = Fixtures.analyze("Pain fell (Doe 2002). Gain rose (Roe, 2003 [2]). It fell (Doe 2002).\(references)")
        #expect(analysis.markers.map(\.kind) == [.authorYear, .bracket, .authorYear])
        #expect(analysis.claims.map(\.citations) == [[1], [2], [1]])
    }
}
