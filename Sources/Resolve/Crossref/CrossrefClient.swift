import Bibliography
import Foundation

/// Crossref's REST API: works by DOI and bibliographic reference matching, in the polite pool.
public struct CrossrefClient: Sendable {
    /// Candidates asked for per reference; enough to see a tie (CR-TIPS).
    public static let rows = 5

    public var configuration: CrossrefConfiguration
    public var client: PoliteClient
    let service: Service

    /// A client; its rate limit is shared with other processes through `slots` when given.
    public init(configuration: CrossrefConfiguration, client: PoliteClient, slots: SharedSlots? = nil) {
        self.configuration = configuration
        self.client = client
        service = .crossref(shared: slots)
    }

    /// The work registered under `doi`, or nil when Crossref does not know it.
    public func work(doi: String) async throws -> (item: Item, raw: Data, url: String)? {
        let url = configuration.workURL(doi: doi)
        return try await client.send(request(url), to: service) { answer in
            try CrossrefAnswer.work(answer).map { ($0.item, $0.raw, answer.url.absoluteString) }
        }
    }

    /// The works best matching a reference string, best first.
    public func match(bibliographic text: String) async throws -> (works: [(item: Item, score: Double, raw: Data)], url: String) {
        let url = configuration.queryURL(bibliographic: text, rows: Self.rows)
        return try await client.send(request(url), to: service) { answer in
            (try CrossrefAnswer.works(answer), answer.url.absoluteString)
        }
    }

    private func request(_ url: URL) -> HTTPRequest {
        HTTPRequest(url: url, headers: ["User-Agent": configuration.userAgent])
    }
}
