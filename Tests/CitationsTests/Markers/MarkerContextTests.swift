import Bibliography
import Testing
@testable import Citations

@Suite("Marker forms in context")
struct MarkerContextTests {
    @Test("a marker glued to an abbreviation's period stays inside its sentence")
    func afterAbbreviation() {
        let analysis = Fixtures.analyze(prose: "Smith et al.3 showed it works. Then more.")
        #expect(analysis.markers.map(\.numbers) == [[3]])
        #expect(analysis.claims.map(\.text) == ["Smith et al. showed it works."])
    }

    @Test("a marker glued after a closing quote")
    func afterQuote() {
        let analysis = Fixtures.analyze(prose: "The body is “primed.”4 It heals.")
        #expect(analysis.markers.map(\.kind) == [.glued])
        #expect(analysis.claims.map(\.text) == ["The body is “primed.”"])
    }

    @Test("IEEE ranges [1]–[3] are one marker")
    func ieeeRange() {
        let analysis = Fixtures.analyze(prose: "It works [1]–[3]. It lasts [2]-[4].")
        #expect(analysis.markers.map(\.numbers) == [[1, 2, 3], [2, 3, 4]])
        #expect(analysis.markers.map(\.raw) == ["1–3", "2-4"])
        #expect(analysis.claims.map(\.text) == ["It works.", "It lasts."])
    }

    @Test("Markdown links to entries keep their bracket form")
    func markdownLinkedNumber() {
        let source = "It works [1](#ref-1). Guides [here](https://example.org/1) help.\n\n1. Doe J. A. 2001.\n"
        let analysis = CitationAnalyzer.analyze(Document(source: source, format: .markdown, path: "p.md"))
        #expect(analysis.markers.map(\.kind) == [.bracket])
        #expect(analysis.claims.map(\.text) == ["It works."])
    }

    @Test("Windows line endings keep lines and columns right")
    func crlf() {
        let analysis = CitationAnalyzer.analyze(Document(source: "Intro.\r\n\r\nIt works.1\r\n\r\n1. Doe J. A. 2001.\r\n", format: .text, path: "p.txt"))
        #expect(analysis.markers.map(\.location) == [SourceLocation(line: 3, column: 10)])
        #expect(analysis.references.map(\.location) == [SourceLocation(line: 5, column: 1)])
        #expect(analysis.references.map(\.text) == ["Doe J. A. 2001."])
    }

    @Test("ordinal superscripts are text, not markers")
    func ordinalSuperscript() {
        let analysis = Fixtures.analyze(prose: "After the 3<sup>rd</sup> session it works<sup>1</sup>.", references: 3, format: .html)
        #expect(analysis.markers.map(\.numbers) == [[1]])
        #expect(analysis.claims.map(\.text) == ["After the 3rd session it works."])
    }

    @Test("a bracket marker wrapped to the start of a line is still a marker; a [1] label is not")
    func bracketAtLineStart() {
        let analysis = Fixtures.analyze(prose: "Exercise reduces pain in most\n[2]. Rest helps less\n[1] Than expected.", references: 3)
        #expect(analysis.markers.map(\.numbers) == [[2]])
        #expect(analysis.claims.map(\.text) == ["Exercise reduces pain in most."])
    }

    @Test("a bracket opening a line before a lowercase word is the sentence's subject (`[10] proposed`); a list of such lines is not")
    func bracketAsSubject() {
        let analysis = Fixtures.analyze(prose: "Models exist [1].\n\n[2] proposed the following equations.", references: 3)
        #expect(analysis.markers.map(\.numbers) == [[1], [2]])
        #expect(analysis.claims.last?.text == "proposed the following equations.")
        let list = Fixtures.analyze(prose: "Grades:\n[1] mild pain\n[2] severe pain", references: 3)
        #expect(list.markers.isEmpty)
    }

    @Test("Pandoc superscripts ^1,2^ are superscript markers; footnotes [^1] are not superscripts")
    func pandocSuperscript() {
        let source = "Pain fell.^1,2^ It rose^3^ again.\n\n1. Doe J. A. 2001.\n2. Roe R. B. 2002.\n3. Poe P. C. 2003.\n"
        let analysis = CitationAnalyzer.analyze(Document(source: source, format: .markdown, path: "p.md"))
        #expect(analysis.markers.map(\.kind) == [.superscriptTag, .superscriptTag])
        #expect(analysis.markers.map(\.numbers) == [[1, 2], [3]])
        #expect(analysis.claims.map(\.text) == ["Pain fell.", "It rose again."])
    }

    @Test("Wikipedia-style citations: <sup>[1]</sup> markers, back-link carets dropped from entries")
    func wikipediaStyle() {
        let source = """
        <p>It works.<sup class="reference"><a href="#cite_note-1">[1]</a></sup></p>
        <ol class="references"><li id="cite_note-1"><a href="#cite_ref-1">^</a> <span>Doe J. A study. 2001.</span></li></ol>
        """
        let analysis = CitationAnalyzer.analyze(Document(source: source, format: .html, path: "w.html"))
        #expect(analysis.markers.map(\.numbers) == [[1]])
        #expect(analysis.references.map(\.text) == ["Doe J. A study. 2001."])
    }

    @Test("in hard-wrapped text a marker may start the next line; a numbered list line is not a marker")
    func wrappedSpacedMarker() {
        let analysis = Fixtures.analyze(prose: "It builds cartilage.\n2,3 Also it heals.\n\n1. Rest the knee.\n2. Ice it.", references: 3)
        #expect(analysis.markers.map(\.numbers) == [[2, 3]])
        #expect(analysis.claims.map(\.text) == ["It builds cartilage."])
    }

    @Test("superscripts split by a dash or comma are one marker")
    func splitSuperscripts() {
        let analysis = Fixtures.analyze(prose: "It works<sup>1</sup>&ndash;<sup>3</sup>. It lasts<sup>2</sup>,<sup>4</sup>. It fails<sup>1</sup> - see below.", references: 4, format: .html)
        #expect(analysis.markers.map(\.numbers) == [[1, 2, 3], [2, 4], [1]])
        #expect(analysis.markers.map(\.raw) == ["1–3", "2,4", "1"])
        #expect(analysis.claims.map(\.text) == ["It works.", "It lasts.", "It fails - see below."])
    }

    @Test("a bracket marker before a colon in running text is read; a link target at a line's start is not")
    func beforeColon() {
        let analysis = Fixtures.analyze(prose: "The risk of coercion is pronounced [3]: it grows with rank. As shown ([4]: fig. 2), it holds.")
        #expect(analysis.markers.map(\.numbers) == [[3], [4]])
        #expect(Fixtures.analyze(prose: "Text here.\n[2]: http://example.org/ref2\nMore text [1].").markers.map(\.numbers) == [[1]])
    }

    @Test("a bracket marker after a name or number ending in a digit: HIV-1 [3], CAP3 [4], in 1969 [5], version 2.0.2 [6]")
    func afterDigit() {
        let analysis = Fixtures.analyze(
            prose: "Infection with HIV-1 [3] persists. Reads were joined with CAP3 [4]; see below. It began in 1969 [5] in Boston. We used version 2.0.2 [6] in paired mode.")
        #expect(analysis.markers.map(\.numbers) == [[3], [4], [5], [6]])
    }

    @Test("IEEE bracket ranges after a value or a formula: 500 g [2]–[4], CO2 [5]–[7]")
    func bracketRangeAfterValue() {
        let analysis = Fixtures.analyze(prose: "Body weights exceed 500 g [2]–[4]. Acidification follows CO2 [5]–[7].")
        #expect(analysis.markers.map(\.numbers) == [[2, 3, 4], [5, 6, 7]])
    }

    @Test("a bracket marker followed by a parenthesised locator is read; a Markdown link is not")
    func beforeLocator() {
        #expect(Fixtures.analyze(prose: "Least squares for linear models [2](chapter 2) are used.").markers.map(\.numbers) == [[2]])
        #expect(Fixtures.analyze(prose: "See [2](https://example.org) for the data [1].").markers.map(\.numbers) == [[1]])
    }

    @Test("a bracket after the number of a name is a citation (Ligase 3 [4], Science 2.0 [5]); after a measured value closing a parenthesis too")
    func afterNamedNumber() {
        let analysis = Fixtures.analyze(
            prose: "It binds DNA Ligase 3 [4] (with XPA). Tools of Science 2.0 [5] style help. The frog grows large (up to 245 mm [6]) and (Fig. 6 in [7]).")
        #expect(analysis.markers.map(\.numbers) == [[4], [5], [6], [7]])
        #expect(Fixtures.analyze(prose: "Median age 61 [18-94] years; days 5.5 [3] vs 9 [4]; done.").markers.isEmpty)
    }
}

