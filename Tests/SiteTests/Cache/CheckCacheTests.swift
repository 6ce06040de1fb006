import Bibliography
import Foundation
import Library
@testable import Site
import Testing

@Suite struct CheckCacheTests {
    @Test func cacheDigestIsSHA256OfTheBytesFedInPieces() {
        var empty = CacheDigest()
        empty.update([])
        #expect(empty.hexDigest() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        var abc = CacheDigest()
        abc.update(Array("abc".utf8))
        #expect(abc.hexDigest() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // Two blocks, fed in pieces that straddle the block boundary.
        var long = CacheDigest()
        let text = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        long.update(Array(text[0..<30]))
        long.update(Array(text[30...]))
        #expect(long.hexDigest() == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func warmRunIsAnsweredFromTheCacheWithIdenticalOutput() throws {
        let folder = try SiteFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cold = CheckCache(folder: folder)
        let coldReport = try SiteFixture.report(cache: cold)
        #expect(cold.statistics.hits == 0 && cold.statistics.misses == 5)
        let warm = CheckCache(folder: folder)
        let warmReport = try SiteFixture.report(cache: warm)
        #expect(warm.statistics.hits == 5 && warm.statistics.misses == 0)
        #expect(try warmReport.jsonData() == coldReport.jsonData())
        #expect(try warmReport.sarifData() == coldReport.sarifData())
        #expect(warmReport.text() == coldReport.text())
    }

    @Test func aChangedPageOrRecordFileOrConfigurationIsCheckedAgain() throws {
        let site = try SiteFixture.copy()
        let cacheFolder = try SiteFixture.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: site)
            try? FileManager.default.removeItem(at: cacheFolder)
        }
        let pages = site.appendingPathComponent("pages")
        func run(_ configure: (inout SiteConfiguration) -> Void = { _ in }) throws -> (SiteReport, CheckCache) {
            var configuration = try SiteConfiguration.find(for: pages)
            configure(&configuration)
            let cache = CheckCache(folder: cacheFolder)
            let report = try SiteChecker(configuration: configuration, cache: cache)
                .check(PageDiscovery.pages(["pages"], configuration: configuration, workingDirectory: site))
            return (report, cache)
        }
        _ = try run()
        // The page's text: only that page is checked again.
        let sleep = pages.appendingPathComponent("guides/sleep.md")
        try (String(contentsOf: sleep, encoding: .utf8) + "\nOne more line.\n").write(to: sleep, atomically: true, encoding: .utf8)
        #expect(try run().1.statistics.misses == 1)
        // A record file named in front matter: the page naming it is checked again, and sees the change.
        let records = pages.appendingPathComponent("records/vitamin-d.json")
        let fixed = try String(contentsOf: records, encoding: .utf8).replacingOccurrences(of: #""issue": "18""#, with: #""issue": "17""#)
        try fixed.write(to: records, atomically: true, encoding: .utf8)
        let (afterRecords, cache) = try run()
        #expect(cache.statistics.misses == 1)
        #expect(afterRecords.pages.first { $0.path == "pages/index.md" }?.findings.map(\.code) == [.unresolvedMarker])
        // A configuration setting: every page.
        #expect(try run { $0.disable.append(.orphanReference) }.1.statistics.misses == 5)
    }

    @Test func addingARecordToTheLibraryChangesTheKeys() throws {
        let folder = try SiteFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let library = try RecordLibrary(path: folder.appendingPathComponent("library.sqlite").path)
        let before = CacheContext.libraryStamp(library)
        // Reading the library (as every check does) leaves the stamp as it was.
        _ = try library.candidates(for: Item(id: "x", type: .articleJournal), limit: 10)
        #expect(CacheContext.libraryStamp(library) == before)
        var item = Item(id: "pmid:1", type: .articleJournal)
        item.setString("title", "A trial of vitamin D")
        item.setString("PMID", "1")
        _ = try library.add([StoredRecord(record: Record(item: item), source: RecordSource(kind: "csl-json", origin: "test"))])
        let after = CacheContext.libraryStamp(library)
        #expect(after != before)
        #expect(after.contains("records=1"))
    }

    @Test func aWholeSiteRunRemovesTheEntriesOfItsConfigurationThatItDidNotUse() throws {
        let site = try SiteFixture.copy()
        let cacheFolder = try SiteFixture.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: site)
            try? FileManager.default.removeItem(at: cacheFolder)
        }
        let pages = site.appendingPathComponent("pages")
        func run(pruning: Bool = true, _ configure: (inout SiteConfiguration) -> Void = { _ in }) throws {
            var configuration = try SiteConfiguration.find(for: pages)
            configure(&configuration)
            _ = try SiteChecker(configuration: configuration, cache: CheckCache(folder: cacheFolder))
                .check(PageDiscovery.pages(["pages"], configuration: configuration, workingDirectory: site), pruningCache: pruning)
        }
        func entries() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: cacheFolder.path).sorted() }
        try run()
        let first = try entries()
        #expect(first.count == 5)
        // An entry of the earlier format is removed too.
        let legacy = String(repeating: "0", count: 64) + ".json"
        try Data("{}".utf8).write(to: cacheFolder.appendingPathComponent(legacy))
        // Another configuration's entries stay.
        try run { $0.disable.append(.orphanReference) }
        #expect(try entries().count == 10)
        // A changed page: its old entry goes, the new one stays, the other pages' entries stay.
        let sleep = pages.appendingPathComponent("guides/sleep.md")
        try (String(contentsOf: sleep, encoding: .utf8) + "\nOne more line.\n").write(to: sleep, atomically: true, encoding: .utf8)
        try run()
        let after = try entries()
        #expect(after.count == 10)
        #expect(!after.contains(legacy))
        #expect(Set(first).subtracting(after).count == 1)
        // A run over part of the site (no pruning) removes nothing.
        try (String(contentsOf: sleep, encoding: .utf8) + "\nAnd another.\n").write(to: sleep, atomically: true, encoding: .utf8)
        try run(pruning: false)
        #expect(try entries().count == 11)
    }

    @Test func theJSONOutputIsJSONEncodersWholeReport() throws {
        let folder = try SiteFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for report in [try SiteFixture.report(), try SiteFixture.report(cache: CheckCache(folder: folder)), SiteReport(pages: [])] {
            var whole = try encoder.encode(report)
            whole.append(UInt8(ascii: "\n"))
            #expect(try report.jsonData() == whole)
        }
        // Answered from the cache: the page outputs are not decoded, and still the same bytes.
        let warm = try SiteFixture.report(cache: CheckCache(folder: folder))
        #expect(warm.entries.allSatisfy { $0.isCached })
        var whole = try encoder.encode(warm)
        whole.append(UInt8(ascii: "\n"))
        #expect(try warm.jsonData() == whole)
        #expect(try warm.jsonData() == SiteFixture.report().jsonData())
        #expect(warm.githubAnnotations() == (try SiteFixture.report()).githubAnnotations())
    }
}
