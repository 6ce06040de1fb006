import Bibliography
import Testing
@testable import Citations

@Suite("Fixture pages")
struct FixturePageTests {
    @Test("text page mixing brackets, Unicode superscripts and glued digits, with an unresolved marker and traps")
    func mixedMarkers() throws {
        let analysis = CitationAnalyzer.analyze(try Fixtures.page("mixed-markers.txt"))
        #expect(analysis.claims.map(\.text) == [
            "Knee osteoarthritis affects about 1 in 4 adults over 60.",
            "Exercise therapy reduces pain and improves function in most trials.",
            "Weight loss of 5 to 10 percent also lowers knee load, e.g. by 2.5 kg per step as shown in Fig. 2 of one study.",
            "Injections of hyaluronic acid gave mixed results and glucocorticoid injections help for 2-4 weeks only.",
            "Smith et al. found no benefit after the 3rd injection.",
            "Topical NSAIDs are a first-line option.",
            "Braces remain debated.",
        ])
        #expect(analysis.claims.map(\.citations) == [[1], [2, 3, 4], [1, 5], [1, 2, 3, 4], [9], [6], [3, 4]])
        #expect(analysis.markers.map(\.kind) == [.bracket, .bracket, .bracket, .unicodeSuperscript, .unicodeSuperscript, .bracket, .glued, .bracket])
        #expect(analysis.references.count == 7)
        #expect(analysis.references.first?.text == "Doe J, Roe R. Prevalence of knee pain in older adults: a survey. J Example Rheumatol. 2014;73(7):1323-1330.")
        let summary = analysis.findings.map { "\($0.code) \($0.reference ?? 0) \($0.location?.description ?? "-")" }
        #expect(summary == ["unresolved-marker 9 7:416", "orphan-reference 7 23:1"])
    }

    @Test("HTML page with <sup> markers, exponents, an unresolved and an out-of-order citation")
    func superscriptHTML() throws {
        let analysis = CitationAnalyzer.analyze(try Fixtures.page("superscript.html"))
        #expect(analysis.claims.map(\.citations) == [[2], [1], [3], [3, 4, 5], [12]])
        #expect(analysis.claims[1].text == "Supplementation with 1,000 IU daily raised serum levels in 3 of 4 trials, and a dose of 10^6 units was never needed.")
        #expect(analysis.claims[2].text == "Bone density improved by 2.5 % per year in treated women—a modest gain — over 24 months.")
        #expect(analysis.references.count == 6)
        #expect(analysis.references[0].text == "Doe J, Roe R. Vitamin D supplementation and serum 25-hydroxyvitamin D: a trial. J Example Endocrinol. 2010;95(2):471-478.")
        #expect(analysis.references[2].text.hasSuffix("2012;50(4):870-876."))
        let summary = analysis.findings.map { "\($0.code) \($0.reference ?? 0)" }
        #expect(summary == ["out-of-order 1", "unresolved-marker 12", "orphan-reference 6"])
    }

    @Test("Markdown page with footnotes and a <sup> marker, code and links that are not markers")
    func footnotes() throws {
        let analysis = CitationAnalyzer.analyze(try Fixtures.page("footnotes.md"))
        #expect(analysis.claims.map(\.text) == [
            "Adults need 7 to 9 hours of sleep each night.",
            "Sleep after learning strengthens new memories, e.g. word lists learned at 9 p.m. are better recalled the next day.",
            "Naps of 20-30 minutes help too.",
            "Blue light before bed delays sleep onset by about 10 minutes, although one large study disagrees.",
        ])
        #expect(analysis.claims.map(\.citations) == [[1], [2, 3], [4], [5, 8]])
        #expect(analysis.markers.map(\.kind) == [.footnote, .footnote, .footnote, .superscriptTag, .footnote, .footnote])
        #expect(analysis.references.map(\.number) == Array(1...6))
        #expect(analysis.references[2].text == "Poe P, Doe J. Recall of word lists after a night of sleep. Example Learn Mem. 2012;19(5): 210-219.")
        let summary = analysis.findings.map { "\($0.code) \($0.reference ?? 0) \($0.location?.description ?? "-")" }
        #expect(summary == ["unresolved-marker 8 13:102", "orphan-reference 6 25:1"])
    }

    @Test("text page citing in parentheses, with enumerations and a phone number")
    func parentheses() throws {
        let analysis = CitationAnalyzer.analyze(try Fixtures.page("parentheses.txt"))
        #expect(analysis.claims.map(\.text) == [
            "Exercise therapy reduces chronic low back pain.",
            "Motor control training was better than general exercise in one trial.",
            "Yoga gave similar results, and so did pilates.",
        ])
        #expect(analysis.claims.map(\.citations) == [[1, 2], [4], [3, 5, 2]])
        #expect(analysis.markers.allSatisfy { $0.kind == .parenthesis })
        #expect(analysis.findings.map(\.code) == [.outOfOrder])
        #expect(analysis.findings.first?.reference == 3)
    }

    @Test("hard-wrapped text page with glued markers at line ends and a list of steps before the references")
    func wrapped() throws {
        let analysis = CitationAnalyzer.analyze(try Fixtures.page("wrapped.txt"))
        #expect(analysis.claims.map(\.text) == [
            "Tendon injuries heal slowly because tendons have a poor blood supply.",
            "Eccentric loading programs of 12 weeks improved pain in several trials.",
        ])
        #expect(analysis.claims.map(\.citations) == [[1, 2], [3, 4, 5]])
        #expect(analysis.claims.map(\.location) == [SourceLocation(line: 3, column: 1), SourceLocation(line: 4, column: 12)])
        #expect(analysis.references.map(\.location.line) == [14, 16, 18, 21, 23])
        #expect(analysis.references[2].text == "Poe P, Doe J, Loe L, et al. Eccentric loading for Achilles tendinopathy: a randomized trial. Example Br J Sports Med. 2007;41(4):211-216.")
        #expect(analysis.findings.isEmpty)
    }

    @Test("HTML page with encoded brackets and a reference list in numbered paragraphs")
    func numberedParagraphs() throws {
        let analysis = CitationAnalyzer.analyze(try Fixtures.page("numbered-paragraphs.html"))
        #expect(analysis.claims.map(\.citations) == [[1], [2, 3], [4], [1, 2, 3]])
        #expect(analysis.claims[2].text == "Children in 2nd grade missed fewer school days.")
        #expect(analysis.references.map(\.number) == [1, 2, 3, 4])
        #expect(analysis.references[0].text == "Doe J, Roe R. Hand washing and diarrhoea: a meta-analysis. Example Trop Med. 2008;13(3): 1-9.")
        #expect(analysis.references[0].location == SourceLocation(line: 6, column: 4))
        #expect(analysis.findings.isEmpty)
    }
}
