import Bibliography
import Foundation
@testable import Resolve
import TestSupport
import Testing

/// The answer readers on the services' real recorded answers (`shared/eutils`), and on the
/// documented forms that no recording holds (said where so).
@Suite("E-utilities and Crossref answers")
struct AnswerParsingTests {
    static func recorded(_ path: String) throws -> Data {
        let shared = try #require(PackagePaths.shared)
        return try Data(contentsOf: shared.appendingPathComponent("eutils").appendingPathComponent(path))
    }

    @Test("ECitMatch: the recorded answer gives the PMID by key", .enabled(if: PackagePaths.shared != nil))
    func citationMatchRecorded() throws {
        let text = String(decoding: try Self.recorded("eutils/ecitmatch/ecitmatch_two_citations.doc-example.txt"), as: UTF8.self)
        let results = try CitationMatchResult.parse(text, url: "u")
        #expect(results == ["Art1": .found(pmid: "2014248"), "Art2": .found(pmid: "3026048")])
    }

    @Test("ECitMatch: NOT_FOUND and AMBIGUOUS forms (reported by clients; no recording exists)")
    func citationMatchMisses() throws {
        let text = "a|1990|1|1|x y|k1|NOT_FOUND;INVALID_JOURNAL\nb|1991|2|2|z|k2|AMBIGUOUS 26315901,25768914\nc|||||k3|AMBIGUOUS (783 citations)\n"
        let results = try CitationMatchResult.parse(text, url: "u")
        #expect(results == ["k1": .notFound, "k2": .ambiguous(pmids: ["26315901", "25768914"]), "k3": .ambiguous(pmids: [])])
        #expect(throws: ResolveError.self) { try CitationMatchResult.parse("<html>outage</html>", url: "u") }
    }

    @Test("an ECitMatch line from a parsed reference: abbreviation, year, volume, first page, family name and initials")
    func citationMatchLine() throws {
        var item = Item(id: "r")
        item.setString("container-title-short", "Proc Natl Acad Sci U S A")
        item.setString("volume", "88")
        item.setString("page", "3248-52")
        item.dates["issued"] = DateValue(year: 1991)
        item.names["author"] = [Name(family: "Mann", given: "B. J.")]
        let query = try #require(CitationMatchQuery(item: item, key: "ref1"))
        #expect(query.line == "Proc Natl Acad Sci U S A|1991|88|3248|mann bj|ref1|")
        #expect(CitationMatchQuery(item: Item(id: "bare"), key: "k") == nil)
    }

    @Test("ESearch: count and ids of a recorded answer; its empty and <ERROR> forms", .enabled(if: PackagePaths.shared != nil))
    func searchAnswers() throws {
        let answer = try SearchAnswer.parse(try Self.recorded("eutils/esearch/esearch_pubmed_biopython.xml"), url: "u")
        #expect(answer.count == 63)
        #expect(answer.ids.count == 20)
        #expect(answer.ids.first == "41282813")
        let none = try SearchAnswer.parse(try Self.recorded("eutils/errors/esearch_no_items_found_phrasenotfound.xml"), url: "u")
        #expect(none.count == 0 && none.ids.isEmpty)
        #expect(throws: ResolveError.serviceError(url: "u", message: "Search Backend failed: Unable to open connection to #PMQuerySrv?dbaf=taxonomy")) {
            try SearchAnswer.parse(try Self.recorded("eutils/errors/esearch_http200_ERROR_search_backend_failed.from-issue.xml"), url: "u")
        }
        #expect(throws: ResolveError.self) { try SearchAnswer.parse(Data("<html><body>502</body></html>".utf8), url: "u") }
    }

    @Test("EFetch: a recorded set gives its record with the article's own bytes; HTML and cut-off answers are errors", .enabled(if: PackagePaths.shared != nil))
    func fetchAnswers() throws {
        let fetched = try FetchedArticles.parse(try Self.recorded("eutils/efetch/efetch_pubmed_23121403_POST_with_headers.xml"), url: "u")
        #expect(fetched.records.map(\.record.item.pmid) == ["23121403"])
        let raw = try #require(fetched.records.first?.raw)
        let text = String(decoding: raw, as: UTF8.self)
        #expect(text.hasPrefix("<PubmedArticle>") && text.hasSuffix("</PubmedArticle>"))
        #expect(throws: ResolveError.self) { try FetchedArticles.parse(try Self.recorded("eutils/efetch/efetch_pubmed_19304878_default_html.html"), url: "u") }
        let whole = try Self.recorded("eutils/efetch/efetch_pubmed_23121403_POST_with_headers.xml")
        #expect(throws: ResolveError.self) { try FetchedArticles.parse(whole.prefix(whole.count / 2), url: "u") }
        #expect(throws: ResolveError.self) { try FetchedArticles.parse(Data(), url: "u") }
    }

    @Test("Crossref: a recorded work maps to CSL-JSON; a 404 is no work", .enabled(if: PackagePaths.shared != nil))
    func crossrefWork() throws {
        let url = URL(string: "https://api.crossref.org/works/10.1038/srep16696")!
        let answer = HTTPAnswer(url: url, status: 200, body: try Self.recorded("crossref/works/works_10.1038_srep16696_journal-article.json"))
        let work = try #require(try CrossrefAnswer.work(answer))
        #expect(work.item.doi == "10.1038/srep16696")
        #expect(work.item.type == .articleJournal)
        #expect(work.item.containerTitle == "Scientific Reports")
        #expect(work.item.year == 2015)
        #expect(!(work.item.title ?? "").isEmpty)
        let missing = HTTPAnswer(url: url, status: 404, body: try Self.recorded("crossref/errors/works_404_unknown_doi_public-pool.txt"))
        #expect(try CrossrefAnswer.work(missing) == nil)
    }

    @Test("Crossref: a recorded bibliographic query lists works by score", .enabled(if: PackagePaths.shared != nil))
    func crossrefQuery() throws {
        let url = URL(string: "https://api.crossref.org/works?rows=5")!
        let answer = HTTPAnswer(url: url, status: 200, body: try Self.recorded("crossref/query/query_bibliographic_unstructured_ref_CERMINE_match_rows5.json"))
        let works = try CrossrefAnswer.works(answer)
        #expect(works.count == 5)
        #expect(works.first?.item.doi == "10.1007/s10032-015-0249-8")
        #expect(works.map(\.score) == works.map(\.score).sorted(by: >))
    }

    @Test("Retry-After: seconds or an HTTP date; backoff stays within its bounds")
    func retryPolicy() {
        #expect(RetryPolicy.retryAfter("3") == 3)
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(RetryPolicy.retryAfter("Tue, 14 Nov 2023 22:13:30 GMT", now: now) == 10)
        #expect(RetryPolicy.retryAfter("soon") == nil)
        let policy = RetryPolicy(baseDelay: 0.5, maxDelay: 4)
        #expect(policy.delay(afterAttempt: 1, retryAfter: nil, random: 0) == 0.25)
        #expect(policy.delay(afterAttempt: 3, retryAfter: nil, random: 1) == 2)
        #expect(policy.delay(afterAttempt: 10, retryAfter: nil, random: 1) == 4)
        #expect(policy.delay(afterAttempt: 1, retryAfter: 9, random: 0) == 4)
    }

    @Test("a fielded search term: title words with author or year, or the journal citation")
    func searchTerm() {
        var item = Item(id: "r")
        item.setString("title", "Morphological and biomechanical effects of sodium morrhuate on tendons")
        item.setString("container-title-short", "J Orthop Res")
        item.setString("volume", "3")
        item.setString("page", "236-248")
        item.dates["issued"] = DateValue(year: 1985)
        item.names["author"] = [Name(family: "Maynard", given: "J")]
        #expect(SearchTerm.term(for: item) == #"(morphological[ti] AND biomechanical[ti] AND sodium[ti] AND morrhuate[ti] AND tendons[ti] AND ("maynard j"[au] OR 1985[dp])) OR ("J Orthop Res"[ta] AND 3[vi] AND 236[pg])"#)
    }

    @Test("request URLs: every NCBI request carries tool, email and the key; reserved characters are percent-encoded")
    func requestURLs() {
        let eutils = EUtilsConfiguration(baseURL: URL(string: "http://127.0.0.1:9/entrez/eutils/")!, email: "a@b.org", apiKey: "K")
        let url = eutils.url("ecitmatch.cgi", [("db", "pubmed"), ("bdata", "j|1991|88|3248|mann bj|k1|\rscience|1987|235|182|x|k2|")])
        #expect(url.absoluteString == "http://127.0.0.1:9/entrez/eutils/ecitmatch.cgi?db=pubmed&bdata=j%7C1991%7C88%7C3248%7Cmann%20bj%7Ck1%7C%0Dscience%7C1987%7C235%7C182%7Cx%7Ck2%7C&tool=citekit&email=a%40b.org&api_key=K")
        let crossref = CrossrefConfiguration(baseURL: URL(string: "http://127.0.0.1:9/crossref/")!, mailto: "a@b.org")
        #expect(crossref.queryURL(bibliographic: "Smith J. A title [x]. 2001;3:4.", rows: 5).absoluteString
            == "http://127.0.0.1:9/crossref/works?query.bibliographic=Smith%20J.%20A%20title%20%5Bx%5D.%202001%3B3%3A4.&rows=5&mailto=a%40b.org")
        #expect(crossref.workURL(doi: "10.1038/srep16696").absoluteString == "http://127.0.0.1:9/crossref/works/10.1038/srep16696?mailto=a%40b.org")
    }
}
