import Foundation
@testable import Site
import Testing

/// Golden files: `Fixtures/site/expected/check.*` are `cite check pages --format …` run in `Fixtures/site`.
@Suite struct OutputFormatTests {
    @Test func textGroupsByFileInCompilerForm() throws {
        #expect(try SiteFixture.report().text() == SiteFixture.expected("check.text"))
    }

    @Test func jsonHoldsOneReportPerPageAndTheSummary() throws {
        let data = try SiteFixture.report().jsonData()
        #expect(String(decoding: data, as: UTF8.self) == (try SiteFixture.expected("check.json")))
        let decoded = try JSONDecoder().decode(SiteReport.self, from: data)
        #expect(decoded == (try SiteFixture.report()))
    }

    @Test func githubAnnotationsOnePerFinding() throws {
        let text = try SiteFixture.report().githubAnnotations()
        #expect(text == (try SiteFixture.expected("check.github")))
        let lines = text.split(separator: "\n")
        #expect(lines.first == "::warning file=pages/guides/bones/vitamin-d.html,line=10,col=56,title=out-of-order::reference 1 is first cited after reference 2; number references 1, 2, 3, … in the order they are first cited (Vancouver/AMA) and renumber the list")
        #expect(lines.filter { $0.hasPrefix("::") }.count == 8)
    }

    @Test func githubEscapesPropertiesAndMessages() throws {
        var report = try SiteFixture.report()
        report.pages = [PageResult(path: "a,b:c.md", status: .failed, error: "50% broken\nsecond line")]
        #expect(report.githubAnnotations().hasPrefix("::error file=a%2Cb%3Ac.md,title=unreadable::50%25 broken%0Asecond line\n"))
    }

    @Test func sarifMatchesItsGoldenFile() throws {
        let data = try SiteFixture.report().sarifData()
        #expect(String(decoding: data, as: UTF8.self) == (try SiteFixture.expected("check.sarif")))
    }

    @Test func sarifHasOneRulePerCodeAndSuppressedResults() throws {
        let data = try SiteFixture.report().sarifData()
        let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == [
            "field-mismatch", "marker-style", "orphan-reference", "out-of-order", "reference-punctuation", "unresolved-marker",
        ])
        #expect((rules[0]["help"] as? [String: Any])?["text"] as? String
            == "Correct the field from the record; the message gives the record's value.")
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        #expect(results.count == 9)
        let suppressed = results.filter { $0["suppressions"] != nil }
        #expect(suppressed.count == 1)
        #expect(suppressed.first?["ruleId"] as? String == "unresolved-marker")
        // Every result's rule index points at its rule.
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
    }

    @Test func sarifURIsAreRelativeAndEscaped() {
        #expect(SiteReport.uri("guides/a b.md") == "guides/a%20b.md")
        #expect(SiteReport.uri("/srv/site/x#1.md") == "file:///srv/site/x%231.md")
    }
}
