import Bibliography
import Testing
@testable import Citations

@Suite("Reference list location")
struct ReferenceListLocatorTests {
    private func references(_ source: String, format: PageFormat = .text) -> [ReferenceEntry] {
        CitationAnalyzer.analyze(Document(source: source, format: format, path: "page")).references
    }

    @Test("numbered lines: text after the number, position of the number")
    func numberedLines() {
        let entries = references("Prose.\n\n1. Doe J. A study. J Ex. 2001;1:1-9.\n2. Roe R. Another. J Ex. 2002;2:3-4.\n")
        #expect(entries.map(\.number) == [1, 2])
        #expect(entries.map(\.text) == ["Doe J. A study. J Ex. 2001;1:1-9.", "Roe R. Another. J Ex. 2002;2:3-4."])
        #expect(entries.map(\.location) == [SourceLocation(line: 3, column: 1), SourceLocation(line: 4, column: 1)])
    }

    @Test("wrapped entries are joined with one space, as written otherwise")
    func wrapped() {
        let entries = references("1. Doe J. High glucose concentra-\n   tion study. J Ex.\n   2001;1:1-9.\n\n2. Roe R. Another. J Ex. 2002;2:3-4.")
        #expect(entries.map(\.text) == ["Doe J. High glucose concentra- tion study. J Ex. 2001;1:1-9.", "Roe R. Another. J Ex. 2002;2:3-4."])
    }

    @Test("bracketed labels [1] and footnote definitions [^1]:")
    func otherLabels() {
        #expect(references("[1] Doe J. A. J Ex. 2001;1:1.\n[2] Roe R. B. J Ex. 2002;2:3.").map(\.text) == ["Doe J. A. J Ex. 2001;1:1.", "Roe R. B. J Ex. 2002;2:3."])
        let footnotes = references("Text.[^1]\n\n[^1]: Doe J. A. J Ex.\n    2001;1:1.\n[^2]: Roe R. B. 2002.", format: .markdown)
        #expect(footnotes.map(\.text) == ["Doe J. A. J Ex. 2001;1:1.", "Roe R. B. 2002."])
    }

    @Test("HTML <ol> items and numbered paragraphs")
    func html() {
        let list = references("<p>Text.</p><ol><li>Doe J. A.\n  J Ex. 2001;1:1.</li><li>Roe R. B. 2002.</li></ol>", format: .html)
        #expect(list.map(\.text) == ["Doe J. A. J Ex. 2001;1:1.", "Roe R. B. 2002."])
        #expect(list.first?.location == SourceLocation(line: 1, column: 17))
        let paragraphs = references("<p>Text.</p><p>1. Doe J. A. 2001.</p><p>2. Roe R. B. 2002.</p>", format: .html)
        #expect(paragraphs.map(\.number) == [1, 2])
    }

    @Test("a numbered list of steps is not the reference list; the later list with years is")
    func stepsAreNotReferences() {
        let entries = references("Steps:\n\n1. Rest for 2 days.\n2. Ice the knee.\n\nReferences\n\n1. Doe J. A. 2001.\n2. Roe R. B. 2002.\n3. Poe P. C. 2003.")
        #expect(entries.map(\.text) == ["Doe J. A. 2001.", "Roe R. B. 2002.", "Poe P. C. 2003."])
    }

    @Test("the run stops at a gap in the numbering or at prose after a blank line")
    func runEnd() {
        let entries = references("1. Doe J. A. 2001.\n2. Roe R. B. 2002.\n4. Poe P. C. 2003.")
        #expect(entries.map(\.number) == [1, 2])
        let footer = references("1. Doe J. A. 2001.\n\n2. Roe R. B. 2002.\n\n© 2019 Clinic.")
        #expect(footer.map(\.text) == ["Doe J. A. 2001.", "Roe R. B. 2002."])
    }

    @Test("Markdown lists numbered 1. 1. 1. are counted")
    func lazyMarkdownNumbering() {
        let entries = references("Text.\n\n1. Doe J. A. 2001.\n1. Roe R. B. 2002.\n1. Poe P. C. 2003.", format: .markdown)
        #expect(entries.map(\.number) == [1, 2, 3])
    }

    @Test("a page without a numbered list has no references")
    func none() {
        let analysis = CitationAnalyzer.analyze(Document(source: "Just prose. 1 in 4.", format: .text, path: "p"))
        #expect(analysis.references.isEmpty)
        #expect(analysis.referenceListLocation == nil)
    }

    @Test("endnotes labelled with superscript numbers: Unicode or <sup>")
    func superscriptLabels() {
        let unicode = CitationAnalyzer.analyze(Document(source: "It works.¹ It lasts.²\n\n¹ Doe J. A. 2001.\n² Roe R. B. 2002.\n", format: .text, path: "p.txt"))
        #expect(unicode.references.map(\.text) == ["Doe J. A. 2001.", "Roe R. B. 2002."])
        #expect(unicode.markers.map(\.numbers) == [[1], [2]])
        #expect(unicode.findings.isEmpty)
        let html = CitationAnalyzer.analyze(Document(source: "<p>It works.<sup>2</sup></p><p><sup>1</sup> Doe J. A. 2001.</p><p><sup>2</sup> Roe R. B. 2002.</p>", format: .html, path: "p.html"))
        #expect(html.references.map(\.number) == [1, 2])
        #expect(html.findings.map(\.code) == [.orphanReference])
    }

    @Test("a superscript note label outside a reference list is not a marker")
    func noteLabel() {
        let analysis = CitationAnalyzer.analyze(Document(source: "Prices vary.\n\n¹ Prices exclude tax.\n", format: .text, path: "p.txt"))
        #expect(analysis.markers.isEmpty)
    }

    @Test("Markdown numbered link definitions make a reference list; named ones are dropped")
    func linkDefinitions() {
        let source = "It works [1] and lasts [2].\n\n[1]: https://doi.org/10.1000/a \"Doe 2001\"\n[2]: https://doi.org/10.1000/b\n[site]: https://example.org\n"
        let analysis = CitationAnalyzer.analyze(Document(source: source, format: .markdown, path: "p.md"))
        #expect(analysis.references.map(\.text) == ["https://doi.org/10.1000/a \"Doe 2001\"", "https://doi.org/10.1000/b"])
        #expect(analysis.markers.map(\.numbers) == [[1], [2]])
        #expect(analysis.findings.isEmpty)
    }
}
