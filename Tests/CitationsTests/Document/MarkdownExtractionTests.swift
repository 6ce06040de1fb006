import Bibliography
import Testing
@testable import Citations

@Suite("Markdown documents")
struct MarkdownExtractionTests {
    private func markdown(_ source: String) -> String {
        Document(source: source, format: .markdown, path: "page.md").text
    }

    @Test("heading hashes go and a heading is a block of its own")
    func headings() {
        #expect(markdown("## What is it? ##\nIt is text.") == "What is it?\n\nIt is text.")
    }

    @Test("emphasis, code and escapes are removed; snake_case and a lone * stay")
    func inline() {
        #expect(markdown("**Bold** and *it* and `code` and \\[x\\] and snake_case and a * b") == "Bold and it and code and [x] and snake_case and a * b")
    }

    @Test("links keep their text, images their alt text, autolinks their address")
    func links() {
        #expect(markdown("See [the guide](https://example.org/a (title)) and ![chart](c.png) at <https://example.org>.")
            == "See the guide and chart at https://example.org.")
    }

    @Test("footnote references and definitions stay; link definitions and code blocks go")
    func footnotesAndDefinitions() {
        let text = markdown("Text.[^1]\n\n```\nx[^2]\n```\n[id]: https://example.org\n[^1]: Note.")
        #expect(text == "Text.[^1]\n\n\n\n\n\n[^1]: Note.")
    }

    @Test("inline HTML is handled: <sup> is marker evidence, entities decoded")
    func inlineHTML() throws {
        let document = Document(source: "Pain fell<sup>2</sup> &amp; rose.", format: .markdown, path: "page.md")
        #expect(document.text == "Pain fell2 & rose.")
        let two = try #require(Array(document.text).firstIndex(of: "2"))
        #expect(document.characters[two].superscript)
        #expect(document.location(atOffset: two) == SourceLocation(line: 1, column: 15))
    }
}
