import Foundation

/// A failure the server plays instead of a normal answer, once per matching request.
public enum Fault: Sendable, Hashable {
    /// An HTTP status with NCBI's or Crossref's error body, and `Retry-After` when given.
    case status(Int, retryAfter: String?)
    /// The answer arrives after this many seconds.
    case slow(Double)
    /// The connection closes before any byte of the body.
    case reset
    /// Half of the body, then the connection closes.
    case truncated
    /// HTTP 200 with an HTML error page (an outage or proxy page).
    case htmlPage
    /// HTTP 200 with XML that is not well-formed.
    case invalidXML
    /// HTTP 200 with an empty body.
    case empty
}

/// Which requests a fault applies to.
public enum Route: String, Sendable, Hashable, CaseIterable {
    case efetch, esearch, ecitmatch, crossrefWork = "crossref-work", crossrefQuery = "crossref-query", other
}
