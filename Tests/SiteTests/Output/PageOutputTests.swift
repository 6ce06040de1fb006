import Bibliography
import Foundation
@testable import Site
import Testing

@Suite struct PageOutputTests {
    @Test func eachPagesJSONIsTheBytesJSONEncoderWritesForItsResult() throws {
        let report = try SiteFixture.report()
        #expect(report.pages.count > 1)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for page in report.pages {
            let written = try PageOutput(page).json
            #expect(String(decoding: written, as: UTF8.self) == String(decoding: try encoder.encode(page), as: UTF8.self), "\(page.path)")
        }
        let failed = PageResult(path: "broken.md", status: .failed, error: "broken.md:3:1: expected a closing ---")
        #expect(try PageOutput.json(of: failed) == (try encoder.encode(failed)))
    }

    @Test func theCacheFileKeepsEachPagesSARIFFindingsInPageOrderWithTheSilencedOnes() throws {
        let report = try SiteFixture.report()
        let page = try #require(report.pages.first { !$0.silenced.isEmpty })
        let output = try PageOutput(page)
        let read = try #require(PageOutput(fileData: try output.fileData()))
        #expect(read == output)
        let sarif = try read.sarifPage()
        #expect(sarif.findings.count == page.findings.count + page.silenced.count)
        #expect(sarif.findings.filter(\.silenced).map(\.message) == page.silenced.map(\.message))
        let located = sarif.findings.compactMap(\.location)
        #expect(located == located.sorted())
        #expect(sarif.error == nil)
    }

    @Test func aCacheFileOfTheEarlierFormatIsAMiss() throws {
        let page = try #require(try SiteFixture.report().pages.first)
        let output = try PageOutput(page)
        var data = try output.fileData()
        // The first format: three parts, its own magic line.
        let current = Data("citekit-page-output 2\n".utf8)
        #expect(data.starts(with: current))
        data.replaceSubrange(0..<current.count, with: Data("citekit-page-output 1\n".utf8))
        #expect(PageOutput(fileData: data) == nil)
    }

    @Test func aWarmSARIFRunReadsThePagesSARIFPartsNotTheirResults() throws {
        let folder = try SiteFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cold = try SiteFixture.report(cache: CheckCache(folder: folder))
        let warm = try SiteFixture.report(cache: CheckCache(folder: folder))
        #expect(warm.entries.allSatisfy { $0.isCached })
        // Each cached page's SARIF part says what its decoded result says.
        for entry in warm.entries {
            #expect(try #require(entry.output).sarifPage() == SARIFPage(entry.result))
        }
        #expect(try warm.sarifData() == cold.sarifData())
        #expect(try warm.sarifData() == SiteFixture.report().sarifData())
    }
}
