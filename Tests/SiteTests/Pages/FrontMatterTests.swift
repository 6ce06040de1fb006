import CiteKit
import Site
import Testing

@Suite struct FrontMatterTests {
    @Test func claimsAndRecordsAreReadAndTheBodyKeepsItsLineNumbers() throws {
        let page = """
            ---
            title: Vitamin D
            claims:
              - id: falls
                match: "reduce the rate of falls"
                subject: [falls]
            records: [records/a.json, b.xml]
            ---
            # Vitamin D
            Text [1].
            """
        let front = try FrontMatter(page: page, file: "index.md")
        #expect(front.claims?.claims.map(\.id) == ["falls"])
        #expect(front.claims?.claims.first?.match == "reduce the rate of falls")
        #expect(front.claims?.claims.first?.subject == ["falls"])
        #expect(front.records == ["records/a.json", "b.xml"])
        #expect(front.body == String(repeating: "\n", count: 8) + "# Vitamin D\nText [1].")
    }

    @Test func aPageWithoutFrontMatterIsAllBody() throws {
        let page = "# Title\n\n---\nnot: front matter\n---\n"
        let front = try FrontMatter(page: page, file: "a.md")
        #expect(front.body == page && front.claims == nil && front.records.isEmpty)
    }

    @Test func oneRecordFileMayBeAString() throws {
        let front = try FrontMatter(page: "---\nrecords: r.json\n---\nx\n", file: "a.md")
        #expect(front.records == ["r.json"])
        #expect(front.claims == nil)
        #expect(front.body == "\n\n\nx\n")
    }

    @Test func invalidYAMLNamesThePageLine() throws {
        #expect(throws: SiteError.self) {
            try FrontMatter(page: "---\ntitle: x\nrecords: [a.json\n---\nbody\n", file: "a.md")
        }
        do {
            _ = try FrontMatter(page: "---\ntitle: x\nrecords: [a.json\n---\nbody\n", file: "a.md")
        } catch SiteError.invalidFrontMatter(let file, let line, _, _) {
            #expect(file == "a.md")
            // The error is found at the end of the block: line 4 of the page or the line after.
            #expect(line.map { $0 >= 3 && $0 <= 5 } == true)
        }
    }

    @Test func recordsOfTheWrongKindAreExplained() throws {
        #expect(throws: SiteError.invalidFrontMatter(
            file: "a.md", line: 2, column: 10,
            reason: "`records:` must be a file path or a list of file paths, relative to the page")) {
            try FrontMatter(page: "---\nrecords: {a: 1}\n---\n", file: "a.md")
        }
    }

    @Test func claimsFollowTheClaimsMapRulesWithPageLines() throws {
        #expect {
            try FrontMatter(page: "---\nclaims:\n  - id: a\n    subject: [x]\n---\n", file: "a.md")
        } throws: { error in
            guard case CheckError.invalidClaimsMap(let file, _, _, let reason) = error else { return false }
            return file == "a.md" && reason.contains("match")
        }
    }
}
