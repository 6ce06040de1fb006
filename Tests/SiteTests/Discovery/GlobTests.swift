import Site
import Testing

@Suite struct GlobTests {
    @Test func starStaysInsideOneSegment() {
        #expect(Glob("*.md").matches("index.md"))
        #expect(!Glob("*.md").matches("guides/sleep.md"))
        #expect(!Glob("*.md").matches("index.html"))
    }

    @Test func doubleStarCrossesZeroOrMoreSegments() {
        let glob = Glob("**/*.md")
        #expect(glob.matches("index.md"))
        #expect(glob.matches("guides/sleep.md"))
        #expect(glob.matches("a/b/c/d.md"))
        #expect(Glob("drafts/**").matches("drafts/wip.md"))
        #expect(Glob("drafts/**").matches("drafts/old/x.html"))
        #expect(!Glob("drafts/**").matches("guides/drafts.md"))
        #expect(Glob("guides/**/notes.*").matches("guides/notes.md"))
        #expect(Glob("guides/**/notes.*").matches("guides/bones/notes.markdown"))
    }

    @Test func questionMarkClassesAndBraces() {
        #expect(Glob("page?.md").matches("page1.md"))
        #expect(!Glob("page?.md").matches("page10.md"))
        #expect(Glob("[a-c]*.txt").matches("about.txt"))
        #expect(!Glob("[!a]*.txt").matches("about.txt"))
        #expect(Glob("**/*.{md,html}").matches("x/y.html"))
        #expect(Glob("**/*.{md,html}").matches("y.md"))
        #expect(!Glob("**/*.{md,html}").matches("y.txt"))
    }

    @Test func leadingDotSlashAndTrailingSlash() {
        #expect(Glob("./drafts/").matches("drafts/a/b.md"))
        #expect(Glob("/index.md").matches("index.md"))
    }

    @Test func starBacktracks() {
        #expect(Glob("*a*b*c").matches("xaxxbxxc"))
        #expect(!Glob("*a*b*c").matches("xaxxcxxb"))
    }
}
