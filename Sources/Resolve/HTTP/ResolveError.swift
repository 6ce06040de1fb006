import Foundation

/// Why a request to a bibliographic service gave no usable answer. Each case names the URL.
public enum ResolveError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No answer arrived: a timeout, a refused or dropped connection, a truncated body.
    case transport(url: String, reason: String)
    /// The service answered with an HTTP status that is not an answer.
    case badStatus(url: String, status: Int, detail: String)
    /// The service kept refusing for exceeding its rate limit.
    case rateLimited(url: String)
    /// The body is not what the service documents: an HTML error page, empty, truncated, another format.
    case invalidAnswer(url: String, reason: String)
    /// The service reported an error inside a well-formed answer (E-utilities' `<ERROR>`).
    case serviceError(url: String, message: String)
    /// The overall deadline passed before an answer.
    case deadlineExceeded(url: String)
    /// `--offline` forbids requests.
    case offline(url: String)

    /// Whether another attempt may succeed.
    var isRetryable: Bool {
        switch self {
        case .transport, .rateLimited, .invalidAnswer, .serviceError: return true
        case .badStatus(_, let status, _): return RetryPolicy.isTransient(status: status)
        case .deadlineExceeded, .offline: return false
        }
    }

    /// The URL the error is about.
    public var url: String {
        switch self {
        case .transport(let url, _), .badStatus(let url, _, _), .rateLimited(let url), .invalidAnswer(let url, _),
            .serviceError(let url, _), .deadlineExceeded(let url), .offline(let url):
            return url
        }
    }

    public var description: String {
        switch self {
        case .transport(let url, let reason): return "\(url): no answer: \(reason)"
        case .badStatus(let url, let status, let detail):
            return "\(url): HTTP \(status)" + (detail.isEmpty ? "" : ": \(detail)")
        case .rateLimited(let url): return "\(url): rate limit exceeded (HTTP 429) after every retry; try again later or use an API key"
        case .invalidAnswer(let url, let reason): return "\(url): unexpected answer: \(reason)"
        case .serviceError(let url, let message): return "\(url): the service reported an error: \(message)"
        case .deadlineExceeded(let url): return "\(url): the overall deadline passed before an answer"
        case .offline(let url): return "\(url): not requested: --offline forbids network access"
        }
    }
}
