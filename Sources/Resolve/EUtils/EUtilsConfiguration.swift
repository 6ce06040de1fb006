import Foundation

/// How CiteKit addresses NCBI's E-utilities: the base URL, and the `tool`, `email` and `api_key`
/// parameters NCBI asks for on every request (NBK25499, "General Usage Guidelines").
public struct EUtilsConfiguration: Sendable, Hashable {
    /// The E-utilities base URL, ending in `/eutils/`.
    public var baseURL: URL
    /// The software's name, without spaces.
    public var tool: String
    /// The contact address NCBI writes to before blocking a tool.
    public var email: String
    /// An NCBI API key: allows 10 requests a second instead of 3.
    public var apiKey: String?

    /// NCBI's public endpoint.
    public static let publicBaseURL = QueryString.constant("https://eutils.ncbi.nlm.nih.gov/entrez/eutils/")

    /// A configuration.
    public init(baseURL: URL = EUtilsConfiguration.publicBaseURL, tool: String = "citekit",
                email: String = EUtilsConfiguration.defaultEmail, apiKey: String? = nil) {
        self.baseURL = baseURL
        self.tool = tool.replacingOccurrences(of: " ", with: "_")
        self.email = email
        self.apiKey = apiKey.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The contact used when none is configured (`--email` or `CITEKIT_EMAIL` set one).
    public static let defaultEmail = "citekit-users@users.noreply.github.com"

    /// The URL of `utility` (`efetch.fcgi`, `ecitmatch.cgi`) with `parameters` plus tool, email and key.
    func url(_ utility: String, _ parameters: [(String, String)]) -> URL {
        var all = parameters
        all.append(("tool", tool))
        all.append(("email", email))
        if let apiKey { all.append(("api_key", apiKey)) }
        return QueryString.url(baseURL.appendingPathComponent(utility), all)
    }
}

/// Builds query strings with every reserved character percent-encoded, as E-utilities and
/// Crossref expect (`|`, `[`, `]`, `"`, `#` and line breaks included).
enum QueryString {
    static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func encode(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? value
    }

    /// A URL written in the source; a literal that is valid by inspection.
    static func constant(_ text: String) -> URL {
        URL(string: text) ?? URL(fileURLWithPath: text)
    }

    static func url(_ base: URL, _ parameters: [(String, String)]) -> URL {
        let query = parameters.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
        return URL(string: base.absoluteString + (query.isEmpty ? "" : "?" + query)) ?? base
    }
}
