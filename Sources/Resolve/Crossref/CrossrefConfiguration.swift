import Foundation

/// How CiteKit addresses Crossref's REST API: the base URL and the `mailto` that puts requests
/// in the polite pool (CR-README, "Etiquette").
public struct CrossrefConfiguration: Sendable, Hashable {
    /// The API base URL (`https://api.crossref.org/`).
    public var baseURL: URL
    /// A contact address, sent as `mailto` and in the User-Agent.
    public var mailto: String

    /// Crossref's public endpoint.
    public static let publicBaseURL = QueryString.constant("https://api.crossref.org/")

    /// A configuration.
    public init(baseURL: URL = CrossrefConfiguration.publicBaseURL, mailto: String = EUtilsConfiguration.defaultEmail) {
        self.baseURL = baseURL
        self.mailto = mailto
    }

    /// The User-Agent of the polite pool: the tool, its home and the contact.
    var userAgent: String { "CiteKit/1.0 (https://github.com/citekit/citekit; mailto:\(mailto))" }

    func workURL(doi: String) -> URL {
        QueryString.url(baseURL.appendingPathComponent("works").appendingPathComponent(doi), [("mailto", mailto)])
    }

    func queryURL(bibliographic: String, rows: Int) -> URL {
        QueryString.url(baseURL.appendingPathComponent("works"),
                        [("query.bibliographic", bibliographic), ("rows", String(rows)), ("mailto", mailto)])
    }
}
