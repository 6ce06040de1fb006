import Bibliography
import Testing
@testable import Citations

@Suite("HTML documents")
struct HTMLExtractionTests {
    private func html(_ source: String) -> Document {
        Document(source: source, format: .html, path: "page.html")
    }

    @Test("absurd <ol start> and <li value> numbers are ignored instead of overflowing the count")
    func hugeListNumbers() {
        let doc = html("<ol start=\"9223372036854775807\"><li>a</li><li value=\"9223372036854775807\">b</li><li>c</li></ol>")
        #expect(doc.text.contains("1. a"))
        #expect(doc.text.contains("2. b"))
        #expect(doc.text.contains("3. c"))
    }

    @Test("entities are decoded: named, decimal and hexadecimal")
    func entities() {
        let document = html("<p>A &amp; B &ndash; &#8220;C&#x201D; &copy;&nbsp;2019 &unknown; &#91;1&#93;</p>")
        #expect(document.text == "A & B – “C” © 2019 &unknown; [1]")
    }

    @Test("tags are removed, block elements become blank lines, whitespace collapses")
    func blocks() {
        let document = html("<h1>Title</h1>\n<p>One\n   two <b>three</b></p><p>Four<br>five</p>")
        #expect(document.text == "Title\n\nOne two three\n\nFour\nfive")
    }

    @Test("scripts, styles, titles and comments are not text")
    func skipped() {
        let document = html("<head><title>T 1</title><style>p{}</style></head><script>if (a < b) { x = 1; }</script><!-- c 2 --><p>Text</p>")
        #expect(document.text == "Text")
    }

    @Test("ordered list items are numbered, honouring start and value")
    func orderedLists() {
        let document = html("<ol><li>First</li><li><p>Second</p></li></ol><ol start=\"5\"><li>Fifth</li><li value=\"9\">Ninth</li></ol><ul><li>Bullet</li></ul>")
        #expect(document.text == "1. First\n\n2. Second\n\n5. Fifth\n\n9. Ninth\n\nBullet")
    }

    @Test("text positions map back to the source line and column")
    func locations() throws {
        let document = html("<p>Alpha</p>\n<p>Be&amp;ta <sup>3</sup></p>")
        let text = Array(document.text)
        let ampersand = try #require(text.firstIndex(of: "&"))
        #expect(document.location(atOffset: 0) == SourceLocation(line: 1, column: 4))
        #expect(document.location(atOffset: ampersand) == SourceLocation(line: 2, column: 6))
        let three = try #require(text.firstIndex(of: "3"))
        #expect(document.location(atOffset: three) == SourceLocation(line: 2, column: 19))
        #expect(document.characters[three].superscript)
        #expect(!document.characters[ampersand].superscript)
    }

    @Test("a '<' that opens no tag is text")
    func lessThan() {
        #expect(html("<p>a < b and 3 <4</p>").text == "a < b and 3 <4")
    }

    @Test("zero-width spaces and soft hyphens are dropped")
    func invisibles() {
        #expect(html("<p>2012;50(4):&#8203;870-876 gluco&shy;se</p>").text == "2012;50(4):870-876 glucose")
    }
}
