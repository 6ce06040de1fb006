import Bibliography
import Testing
@testable import Citations

@Suite("Marker forms")
struct MarkerFormTests {
    private func only(_ prose: String, references: Int = 9, format: PageFormat = .text) throws -> Marker {
        let markers = Fixtures.analyze(prose: prose, references: references, format: format).markers
        #expect(markers.count == 1, "markers: \(markers.map(\.raw))")
        return try #require(markers.first)
    }

    @Test("digits glued to the sentence's period are a marker of that sentence")
    func gluedToPunctuation() throws {
        let marker = try only("It raises collagen.1,2,3,4,5,6 Collagen is a protein.")
        #expect(marker.kind == .glued)
        #expect(marker.raw == "1,2,3,4,5,6")
        #expect(marker.numbers == [1, 2, 3, 4, 5, 6])
        #expect(!marker.explicit)
        #expect(marker.location == SourceLocation(line: 1, column: 20))
    }

    @Test("digits glued to a word are a marker")
    func gluedToWord() throws {
        let marker = try only("Dextrose raises collagen3, then tendons heal.")
        #expect(marker.kind == .glued)
        #expect(marker.numbers == [3])
    }

    @Test("digits after the sentence's period and a space are a marker of that sentence")
    func spaced() throws {
        let analysis = Fixtures.analyze(prose: "It builds cartilage. 7,8,9.10 Also it heals. 9", references: 10)
        #expect(analysis.markers.map(\.kind) == [.spaced, .spaced])
        #expect(analysis.markers.map(\.numbers) == [[7, 8, 9, 10], [9]])
        #expect(analysis.claims.map(\.text) == ["It builds cartilage.", "Also it heals."])
        #expect(analysis.claims.map(\.citations) == [[7, 8, 9, 10], [9]])
    }

    @Test("a range glued to punctuation is expanded, with hyphen or en dash")
    func gluedRange() throws {
        #expect(try only("Pain fell.7-9 Then it rose.").numbers == [7, 8, 9])
        #expect(try only("Pain fell.7–9 Then it rose.").numbers == [7, 8, 9])
    }

    @Test("<sup> content is an explicit superscript marker")
    func superscriptTag() throws {
        let marker = try only("Pain fell<sup>2,3</sup> in most trials.", format: .html)
        #expect(marker.kind == .superscriptTag)
        #expect(marker.numbers == [2, 3])
        #expect(marker.explicit)
        #expect(marker.location == SourceLocation(line: 1, column: 18))
    }

    @Test("a <sup> holding a bracket list or a link is a marker")
    func superscriptWrappers() throws {
        #expect(try only("Pain fell<sup>[4]</sup>.", format: .html).numbers == [4])
        #expect(try only("Pain fell<sup><a href=\"#r5\">5</a></sup>.", format: .html).numbers == [5])
        #expect(try only("Pain fell<sup>1&ndash;3</sup>.", format: .html).numbers == [1, 2, 3])
    }

    @Test("Unicode superscript digits, with ⁻ ranges and commas, are explicit markers")
    func unicodeSuperscript() throws {
        let analysis = Fixtures.analyze(prose: "Pain fell¹ and rose²⁻⁴ then settled¹,⁵.")
        #expect(analysis.markers.map(\.kind) == [.unicodeSuperscript, .unicodeSuperscript, .unicodeSuperscript])
        #expect(analysis.markers.map(\.numbers) == [[1], [2, 3, 4], [1, 5]])
        #expect(analysis.markers.allSatisfy { $0.explicit })
    }

    @Test("brackets: single, range, list with space, en-dash range")
    func brackets() throws {
        let analysis = Fixtures.analyze(prose: "A [1]. B [1-3]. C [1, 4]. D [1–3]. E [2,3].")
        #expect(analysis.markers.map(\.kind) == Array(repeating: .bracket, count: 5))
        #expect(analysis.markers.map(\.raw) == ["1", "1-3", "1, 4", "1–3", "2,3"])
        #expect(analysis.markers.map(\.numbers) == [[1], [1, 2, 3], [1, 4], [1, 2, 3], [2, 3]])
        #expect(analysis.claims.map(\.text) == ["A.", "B.", "C.", "D.", "E."])
    }

    @Test("parentheses are markers on a page that uses that style")
    func parentheses() throws {
        let analysis = Fixtures.analyze(prose: "Exercise helps (1, 2). Yoga helps too (3).")
        #expect(analysis.markers.map(\.kind) == [.parenthesis, .parenthesis])
        #expect(analysis.markers.map(\.numbers) == [[1, 2], [3]])
        #expect(analysis.markers.allSatisfy { !$0.explicit })
    }

    @Test("parentheses are not markers on a page that cites with brackets")
    func parenthesesNotTheStyle() throws {
        let analysis = Fixtures.analyze(prose: "Exercise helps [1]. Both groups (2) improved (3).")
        #expect(analysis.markers.map(\.raw) == ["1"])
    }

    @Test("Markdown footnote references are explicit markers")
    func footnote() throws {
        let source = "Sleep helps memory.[^2] Naps help[^1].\n\n[^1]: Doe J. Naps. J Sleep. 2001;1:1-2.\n[^2]: Roe R. Memory. J Sleep. 2002;2:3-4.\n"
        let analysis = CitationAnalyzer.analyze(Document(source: source, format: .markdown, path: "notes.md"))
        #expect(analysis.markers.map(\.kind) == [.footnote, .footnote])
        #expect(analysis.markers.map(\.numbers) == [[2], [1]])
        #expect(analysis.claims.map(\.text) == ["Sleep helps memory.", "Naps help."])
        #expect(analysis.references.map(\.number) == [1, 2])
    }

    @Test("several markers of one sentence make one claim with each number once")
    func severalMarkersOneClaim() throws {
        let analysis = Fixtures.analyze(prose: "Collagen rises [1, 2] and elastin falls [2, 3].")
        #expect(analysis.claims.count == 1)
        #expect(analysis.claims.first?.citations == [1, 2, 3])
        #expect(analysis.claims.first?.markers.count == 2)
        #expect(analysis.claims.first?.text == "Collagen rises and elastin falls.")
    }
}
