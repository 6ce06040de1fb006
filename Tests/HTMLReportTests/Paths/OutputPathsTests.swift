@testable import HTMLReport
import Testing

@Suite struct OutputPathsTests {
    @Test("pages mirror their paths below the folder they all share")
    func mirrorsPaths() {
        let paths = OutputPaths(pagePaths: ["site/index.md", "site/guides/sleep.md", "site/guides/bones/vitamin-d.html"])
        #expect(paths.files["site/index.md"] == "pages/index.md.html")
        #expect(paths.files["site/guides/sleep.md"] == "pages/guides/sleep.md.html")
        #expect(paths.files["site/guides/bones/vitamin-d.html"] == "pages/guides/bones/vitamin-d.html.html")
    }

    @Test("one page keeps its file name; absolute paths and .. steps stay inside the folder")
    func singleAndOutside() {
        #expect(OutputPaths(pagePaths: ["References/prolotherapy/page.txt"]).files["References/prolotherapy/page.txt"] == "pages/page.txt.html")
        let paths = OutputPaths(pagePaths: ["../a/x.md", "/abs/y.md"])
        #expect(paths.files["../a/x.md"] == "pages/up/a/x.md.html")
        #expect(paths.files["/abs/y.md"] == "pages/abs/y.md.html")
    }

    @Test("two spellings of one path get two files")
    func collisions() {
        let paths = OutputPaths(pagePaths: ["a/./b.md", "a/b.md"])
        #expect(Set(paths.files.values) == ["pages/b.md.html", "pages/b.md-2.html"])
    }

    @Test("links are percent-encoded and find their way back to the index")
    func links() {
        #expect(OutputPaths.href(toFile: "pages/my page #1.md.html") == "pages/my%20page%20%231.md.html")
        #expect(OutputPaths.indexHref(fromFile: "pages/guides/sleep.md.html") == "../../index.html")
        #expect(OutputPaths.indexHref(fromFile: "pages/x.html") == "../index.html")
        #expect(OutputPaths.anchor("claim", "pain relief (knee)") == "claim-pain-relief--knee-")
    }
}
