import CiteKit
import Foundation
@testable import HTMLReport
import Site
import Testing

/// What one page's file says, on a report built in code.
@Suite struct PageRenderingTests {
    static func render(_ report: Report = ReportSamples.correctedPage(), source: String? = ReportSamples.correctedSource) throws -> (index: String, page: String) {
        let result = PageResult(path: report.document, status: .checked, report: report)
        let files = try EvidenceReport(pages: [ReportPage(result: result, source: source)]).files()
        #expect(files.map(\.path) == ["index.html", "pages/pain.md.html"])
        return (files[0].contents, files[1].contents)
    }

    @Test("retractions and errata are announced at the top and mark their references' rows")
    func retractionsAndErrata() throws {
        let page = try Self.render().page
        let alerts = try #require(page.range(of: #"<section class="alerts"[\s\S]*?</section>"#, options: .regularExpression).map { String(page[$0]) })
        #expect(alerts.contains(##"<span class="badge flag-retracted">Retracted</span> <a href="#ref-1">Reference 1</a>: reference 1: record pmid:100 has been retracted"##))
        #expect(alerts.contains(##"<span class="badge flag-erratum">Erratum</span> <a href="#ref-2">Reference 2</a>"##))
        #expect(page.contains(#"<tr id="ref-1" class="retracted">"#))
        #expect(page.contains(#"<tr id="ref-2" class="erratum">"#))
    }

    @Test("design and level badges, record links and the match score")
    func badgesAndRecords() throws {
        let page = try Self.render().page
        #expect(page.contains(#"<span class="badge design"><span class="sr-only">Study design: </span>randomized trial</span>"#))
        #expect(page.contains(#"<span class="badge level-2"><span class="sr-only">Oxford CEBM evidence </span>Level 2</span>"#))
        #expect(page.contains(#"<span class="badge level-5"><span class="sr-only">Oxford CEBM evidence </span>Level 5</span>"#))
        #expect(page.contains(#"<a href="https://pubmed.ncbi.nlm.nih.gov/100/">pmid:100</a><br><span class="meta">match 0.95</span>"#))
        #expect(page.contains(#"<a href="https://doi.org/10.1000/xyz">doi:10.1000/xyz</a>"#))
    }

    @Test("a discrepancy is a diff: the cited value deleted, the record's inserted, with words for screen readers")
    func discrepancyDiff() throws {
        let page = try Self.render().page
        #expect(page.contains(#"<th scope="row">volume</th>"# + "\n" +
            #"<td class="diff"><del><span class="sr-only">[as cited: </span>2<span class="sr-only">]</span></del><ins><span class="sr-only">[in the record: </span>12<span class="sr-only">]</span></ins></td>"#))
    }

    @Test("the page's text is escaped: markup in a reference or claim id is shown, never run")
    func escaping() throws {
        let page = try Self.render().page
        #expect(!page.contains("<script>"))
        #expect(page.contains("Pain &lt;script&gt;alert(1)&lt;/script&gt; trial."))
        #expect(page.contains(#"<h3 id="claim-pain--relief--title">Claim pain &lt;relief&gt;</h3>"#))
        #expect(page.contains("Knee &amp; hip."))
    }

    @Test("a claim lists each cited reference once, a number missing from the list included, with the subject verdict")
    func claimReferences() throws {
        let page = try Self.render().page
        let claim = try #require(page.range(of: #"<section class="claim"[\s\S]*?</section>"#, options: .regularExpression).map { String(page[$0]) })
        let numbers = claim.matches(of: #/<th scope="row"><a href="#[^"]+">(\d+)<\/a><\/th>/#).map { Int($0.1) }
        #expect(numbers == [1, 2, 3])
        #expect(claim.contains("<td>yes: pain</td>"))
        #expect(claim.contains("<td>no</td>"))
        #expect(claim.contains("not in the reference list"))
    }

    @Test("findings link to their line in the source listing; lines with findings are marked by their worst severity and link back")
    func findingsLinkToLines() throws {
        let page = try Self.render().page
        #expect(page.contains(#"<tr id="finding-1" data-code="unresolved-marker" data-severity="error">"# + "\n" + ##"<th scope="row"><a href="#L2">2:40</a></th>"##))
        #expect(page.contains(##"<tr id="L5" class="marked line-error"><th scope="row">5</th><td>1. Doe J. Pain trial.</td><td><a href="#finding-2">1 finding</a></td></tr>"##))
        #expect(page.contains(#"<tr id="L6" class="marked line-warning">"#))
        #expect(page.contains(#"<tr id="L1"><th scope="row">1</th><td># Pain</td><td></td></tr>"#))
        // The claim a finding concerns is linked by its anchor.
        #expect(page.contains(##"<a href="#claim-pain--relief-">claim pain &lt;relief&gt;</a>"##))
    }

    @Test("without the page's text, findings show their position without a link and there is no source section")
    func withoutSource() throws {
        let page = try Self.render(source: nil).page
        #expect(page.contains(#"<th scope="row">2:40</th>"#))
        #expect(!page.contains(#"id="source""#))
        #expect(!page.contains(##"href="#L"##))
    }

    @Test("the index counts findings by severity, retractions and references by level")
    func indexCounts() throws {
        let index = try Self.render().index
        let row = try #require(index.range(of: #"<tr class="retracted">[\s\S]*?</tr>"#, options: .regularExpression).map { String(index[$0]) })
        #expect(row.contains(#"<a href="pages/pain.md.html">site/pain.md</a>"#))
        let values = row.matches(of: /<td class="[^"]*">(\d+)<\/td>/).map { Int($0.1) ?? -1 }
        // references, claims, errors, warnings, info, silenced, retracted, L1...L5, no level
        #expect(values == [2, 1, 2, 1, 0, 0, 1, 0, 1, 0, 0, 1, 0])
    }

    @Test("self-contained: no script, no external stylesheet, font or image, and a policy that forbids fetching")
    func selfContained() throws {
        let (index, page) = try Self.render()
        for html in [index, page] {
            #expect(!html.contains("<script"))
            #expect(!html.contains("<link"))
            #expect(!html.contains("@import"))
            #expect(!html.contains("url("))
            #expect(!html.contains("<img"))
            #expect(html.contains(#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"#))
            #expect(html.contains("@media print"))
            #expect(html.contains(##"<a class="skip" href="#main">"##))
        }
    }

    @Test("the output is the same on every run, and a time appears only when asked for")
    func deterministic() throws {
        let pages = [ReportPage(result: PageResult(path: "site/pain.md", status: .checked, report: ReportSamples.correctedPage()), source: nil)]
        #expect(try EvidenceReport(pages: pages).files() == (try EvidenceReport(pages: pages).files()))
        let stamped = try EvidenceReport(pages: pages, options: ReportOptions(generatedAt: "2026-12-07T04:00:00Z")).files()
        #expect(stamped.allSatisfy { $0.contents.contains("Generated by CiteKit cite report on 2026-12-07T04:00:00Z.") })
    }
}
