import Foundation
import Testing
@testable import PubMed

/// Each test is named after the attack or damage it covers. Every one must end with an error
/// naming the file, line and column, keep the records read before it, and hand out no partial record.
@Suite("Hostile and damaged input")
struct HostileInputTests {
    static let goodRecord = """
        <PubmedArticle><MedlineCitation Status="MEDLINE"><PMID Version="1">111</PMID><Article>\
        <Journal><Title>J</Title></Journal><ArticleTitle>First record.</ArticleTitle></Article>\
        </MedlineCitation></PubmedArticle>
        """

    /// 40 whole records (line 3), then `body` on line 4: libxml2 parses ahead in 512-byte chunks,
    /// and records in the chunk that holds the error cannot be delivered.
    static func document(prolog: String = "", body: String) -> String {
        let good = (1...40).map { goodRecord.replacingOccurrences(of: ">111<", with: ">\($0)<") }.joined()
        return "<?xml version=\"1.0\"?>\n\(prolog)<PubmedArticleSet>\n\(good)\n\(body)\n</PubmedArticleSet>\n"
    }

    /// The records kept before an error are the first ones, in order, all whole.
    static func expectLeadingGoodRecords(_ result: PubMedReadResult, sourceLocation: SourceLocation = #_sourceLocation) {
        let pmids = result.records.compactMap(\.item.pmid)
        #expect(pmids.count >= 30, sourceLocation: sourceLocation)
        #expect(pmids == (1...40).prefix(pmids.count).map(String.init), sourceLocation: sourceLocation)
        #expect(result.records.allSatisfy { $0.item.title == "First record" }, sourceLocation: sourceLocation)
    }

    @Test("billion laughs: an entity-expansion bomb is refused with a position")
    func billionLaughs() throws {
        var entities = "<!ENTITY lol \"lol\">\n"
        for i in 1...9 {
            let prev = i == 1 ? "lol" : "lol\(i - 1)"
            entities += "<!ENTITY lol\(i) \"" + String(repeating: "&\(prev);", count: 10) + "\">\n"
        }
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE PubmedArticleSet [\n\(entities)]>\n<PubmedArticleSet>\n\(Self.goodRecord)\n"
            + "<PubmedArticle><MedlineCitation><PMID>222</PMID><Article><ArticleTitle>&lol9;</ArticleTitle></Article></MedlineCitation></PubmedArticle>\n</PubmedArticleSet>\n"
        let result = Fixtures.read(xml, name: "bomb.xml")
        let error = try #require(result.error)
        #expect(error.file == "bomb.xml")
        #expect((error.line ?? 0) > 0)
        #expect(result.records.allSatisfy { $0.item.title?.contains("lol") != true })
    }

    @Test("quadratic blowup: one large entity referenced many times is refused")
    func quadraticBlowup() {
        let big = String(repeating: "A", count: 50_000)
        let refs = String(repeating: "&a;", count: 2_000)
        let xml = Self.document(prolog: "<!DOCTYPE PubmedArticleSet [<!ENTITY a \"\(big)\">]>\n",
                                body: "<PubmedArticle><MedlineCitation><PMID>2</PMID><Article><ArticleTitle>\(refs)</ArticleTitle></Article></MedlineCitation></PubmedArticle>")
        let result = Fixtures.read(xml, name: "quadratic.xml")
        #expect(result.error != nil)
        #expect(result.records.allSatisfy { ($0.item.title?.count ?? 0) < 1000 })
    }

    @Test("XXE: an external entity naming a local file is never read")
    func externalEntityFile() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("citekit-xxe-secret-\(UUID().uuidString).txt")
        try "TOP-SECRET-CONTENT".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let xml = Self.document(
            prolog: "<!DOCTYPE PubmedArticleSet [<!ENTITY xxe SYSTEM \"file://\(secret.path)\">]>\n",
            body: "<PubmedArticle><MedlineCitation><PMID>3</PMID><Article><ArticleTitle>&xxe;</ArticleTitle></Article></MedlineCitation></PubmedArticle>")
        let result = Fixtures.read(xml, name: "xxe.xml")
        let error = try #require(result.error)
        guard case .forbiddenEntity(let file, let line, _, let name) = error else {
            Issue.record("expected forbiddenEntity, got \(error)")
            return
        }
        #expect(file == "xxe.xml")
        #expect(line >= 2)
        #expect(name == "xxe")
        #expect(result.records.isEmpty)
        #expect(!String(describing: result).contains("TOP-SECRET"))
    }

    @Test("XXE over the network: a parameter entity with an http URL is refused, nothing fetched")
    func externalParameterEntity() throws {
        let xml = Self.document(
            prolog: "<!DOCTYPE PubmedArticleSet [<!ENTITY % remote SYSTEM \"http://127.0.0.1:9/evil.dtd\"> %remote;]>\n",
            body: "")
        let result = Fixtures.read(xml, name: "xxe-net.xml")
        let error = try #require(result.error)
        #expect(error.file == "xxe-net.xml")
        #expect(error.line != nil)
        #expect(result.records.isEmpty)
    }

    @Test("huge text node: a text node past libxml2's 10 MB limit ends with an error, earlier records kept")
    func hugeTextNode() throws {
        let huge = String(repeating: "x", count: 11_000_000)
        let xml = Self.document(body: "<PubmedArticle><MedlineCitation><PMID>4</PMID><Article><Abstract><AbstractText>\(huge)</AbstractText></Abstract></Article></MedlineCitation></PubmedArticle>")
        let result = Fixtures.read(xml, name: "huge.xml")
        let error = try #require(result.error)
        #expect(error.file == "huge.xml")
        #expect(error.line == 4)
        Self.expectLeadingGoodRecords(result)
    }

    @Test("deep nesting: 10,000 nested elements end with an error, not a stack overflow")
    func deepNesting() throws {
        let depth = 10_000
        let body = "<PubmedArticle><MedlineCitation><PMID>5</PMID><Article><ArticleTitle>"
            + String(repeating: "<i>", count: depth) + "deep" + String(repeating: "</i>", count: depth)
            + "</ArticleTitle></Article></MedlineCitation></PubmedArticle>"
        let result = Fixtures.read(Self.document(body: body), name: "deep.xml")
        let error = try #require(result.error)
        #expect(error.line == 4)
        #expect((error.column ?? 0) > 0)
        Self.expectLeadingGoodRecords(result)
    }

    @Test("invalid UTF-8: a bad byte sequence ends with an error at its line")
    func invalidUTF8() throws {
        var data = Data(Self.document(body: "<PubmedArticle><MedlineCitation><PMID>6</PMID><Article><ArticleTitle>bad BYTES here</ArticleTitle></Article></MedlineCitation></PubmedArticle>").utf8)
        let marker = Data("BYTES".utf8)
        let range = try #require(data.range(of: marker))
        data.replaceSubrange(range, with: [0xC3, 0x28, 0xFF, 0xFE, 0x41])
        let result = PubMedReader.readAll(try PubMedReader(data: data, name: "utf8.xml"))
        let error = try #require(result.error)
        #expect(error.file == "utf8.xml")
        #expect(error.line == 4)
        Self.expectLeadingGoodRecords(result)
    }

    @Test("truncated file: records before the cut are kept, the cut record is not handed out")
    func truncatedFile() throws {
        let full = Self.document(body: "<PubmedArticle><MedlineCitation><PMID>7</PMID><Article><ArticleTitle>Cut here")
        let result = Fixtures.read(full, name: "truncated.xml")
        let error = try #require(result.error)
        #expect(error.file == "truncated.xml")
        #expect(error.line != nil)
        Self.expectLeadingGoodRecords(result)
    }

    @Test("truncated gzip: a real gzipped file cut in half ends with an error after whole records")
    func truncatedGzip() throws {
        let source = Fixtures.url("real/jcore-base/pubmedsample18n0001.xml.gz")
        let data = try Data(contentsOf: source)
        let cut = FileManager.default.temporaryDirectory.appendingPathComponent("citekit-cut-\(UUID().uuidString).xml.gz")
        try data.prefix(data.count / 2).write(to: cut)
        defer { try? FileManager.default.removeItem(at: cut) }
        let result = PubMedReader.read(contentsOf: cut)
        let error = try #require(result.error)
        #expect(error.file == cut.path)
        #expect(error.line != nil)
        #expect(result.records.count > 10)
        #expect(result.records.count < 177)
        // Every record handed out is whole: it has its journal and its PubmedData history.
        #expect(result.records.allSatisfy { $0.item.containerTitle != nil && !$0.metadata.history.isEmpty })
    }

    @Test("not PubMed: an HTML page is refused by its root element")
    func wrongRoot() throws {
        let result = Fixtures.read("<html><body>hello</body></html>", name: "page.html")
        let error = try #require(result.error)
        guard case .notPubMed(let file, let line, let column, let root) = error else {
            Issue.record("expected notPubMed, got \(error)")
            return
        }
        #expect(file == "page.html")
        #expect(line == 1)
        #expect(column > 0)
        #expect(root == "html")
    }

    @Test("empty input: a zero-byte file gives the empty-document error")
    func emptyFile() throws {
        let result = Fixtures.read("", name: "empty.xml")
        let error = try #require(result.error)
        #expect(error.file == "empty.xml")
        #expect(result.records.isEmpty)
    }

    @Test("missing file: names the file and the reason")
    func missingFile() throws {
        let result = PubMedReader.read(contentsOf: URL(fileURLWithPath: "/nonexistent/citekit.xml"))
        #expect(result.error == .unreadable(file: "/nonexistent/citekit.xml", reason: "No such file or directory"))
        #expect(result.error?.description == "/nonexistent/citekit.xml: error: cannot read the file: No such file or directory")
    }

    @Test("unknown elements are skipped, not fatal")
    func unknownElements() throws {
        let xml = Self.document(body: "<FutureElement><Nested a=\"1\">text</Nested></FutureElement>")
        let result = Fixtures.read(xml)
        #expect(result.error == nil)
        #expect(result.records.count == 40)
    }
}

@Suite("Hostile input to cite stats (SAX counting)")
struct HostileStatsTests {
    static func stats(_ xml: String) throws -> PubMedStats {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("citekit-stats-\(UUID().uuidString).xml")
        try xml.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        return PubMedStats.measure(contentsOf: url)
    }

    @Test("billion laughs: stats refuse the entity declarations")
    func billionLaughs() throws {
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE PubmedArticleSet [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>\n<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>&lol2;</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>"
        let stats = try Self.stats(xml)
        #expect(stats.errors.count == 1)
        #expect(stats.errors.first?.contains(":2:") == true)
        #expect(stats.errors.first?.contains("entity 'lol'") == true)
        #expect(stats.articles == 0)
    }

    @Test("XXE: stats refuse an external entity")
    func externalEntity() throws {
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE PubmedArticleSet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>&xxe;</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>"
        let stats = try Self.stats(xml)
        #expect(stats.errors.first?.contains("entity 'xxe'") == true)
        #expect(stats.articles == 0)
    }

    @Test("truncated file: stats count the whole records before the cut and report the error")
    func truncated() throws {
        let record = "<PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>T</ArticleTitle></Article></MedlineCitation></PubmedArticle>\n"
        let xml = "<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n" + String(repeating: record, count: 5) + "<PubmedArticle><MedlineCitation><PMID>9"
        let stats = try Self.stats(xml)
        #expect(stats.errors.count == 1)
        #expect(stats.articles == 5)
    }

    @Test("deep nesting: stats stop at libxml2's depth limit")
    func deepNesting() throws {
        let xml = "<PubmedArticleSet>" + String(repeating: "<a>", count: 5000) + String(repeating: "</a>", count: 5000) + "</PubmedArticleSet>"
        let stats = try Self.stats(xml)
        #expect(stats.errors.count == 1)
    }
}
