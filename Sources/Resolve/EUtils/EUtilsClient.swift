import Bibliography
import Foundation

/// PubMed through the E-utilities: EFetch, ESearch and ECitMatch, batched and polite.
public struct EUtilsClient: Sendable {
    /// Ids per EFetch request (NBK25499: above about 200, use POST).
    public static let fetchBatch = 200
    /// Lines per ECitMatch request, keeping the GET URL short.
    public static let citationMatchBatch = 50

    public var configuration: EUtilsConfiguration
    public var client: PoliteClient
    let service: Service

    /// A client; its rate limit follows from whether the configuration has an API key, and is
    /// shared with other processes through `slots` when given.
    public init(configuration: EUtilsConfiguration, client: PoliteClient, slots: SharedSlots? = nil) {
        self.configuration = configuration
        self.client = client
        service = .eutils(hasAPIKey: configuration.apiKey != nil, shared: slots)
    }

    /// The PubMed records of up to ``fetchBatch`` PMIDs (fewer come back for ids PubMed lacks).
    public func fetch(pmids: [String]) async throws -> FetchedArticles {
        let url = configuration.url("efetch.fcgi", [("db", "pubmed"), ("retmode", "xml"), ("id", pmids.joined(separator: ","))])
        return try await client.send(request(url), to: service) { answer in
            try FetchedArticles.parse(answer.body, url: answer.url.absoluteString)
        }
    }

    /// The PMIDs an ESearch term finds, best first.
    public func search(term: String, retmax: Int) async throws -> SearchAnswer {
        let url = configuration.url("esearch.fcgi", [("db", "pubmed"), ("term", term), ("retmax", String(retmax))])
        return try await client.send(request(url), to: service) { answer in
            try SearchAnswer.parse(answer.body, url: answer.url.absoluteString)
        }
    }

    /// ECitMatch's answer for each query, by the query's key.
    public func citationMatch(_ queries: [CitationMatchQuery]) async throws -> [String: CitationMatchResult] {
        let bdata = queries.map(\.line).joined(separator: "\r")
        let url = configuration.url("ecitmatch.cgi", [("db", "pubmed"), ("retmode", "xml"), ("bdata", bdata)])
        return try await client.send(request(url), to: service) { answer in
            let text = answer.text
            let head = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if head.isEmpty { throw ResolveError.invalidAnswer(url: answer.url.absoluteString, reason: "empty body where ECitMatch lines were expected") }
            if head.hasPrefix("<") { throw ResolveError.invalidAnswer(url: answer.url.absoluteString, reason: "an HTML or XML page where ECitMatch lines were expected") }
            let results = try CitationMatchResult.parse(text, url: answer.url.absoluteString)
            // Every line is answered; a shorter answer was cut off.
            let missing = queries.filter { results[$0.key] == nil }
            if !missing.isEmpty {
                throw ResolveError.invalidAnswer(url: answer.url.absoluteString, reason: "\(missing.count) of \(queries.count) ECitMatch lines unanswered")
            }
            return results
        }
    }

    private func request(_ url: URL) -> HTTPRequest {
        HTTPRequest(url: url, headers: ["User-Agent": "CiteKit/1.0 (\(configuration.tool); mailto:\(configuration.email))"])
    }
}
