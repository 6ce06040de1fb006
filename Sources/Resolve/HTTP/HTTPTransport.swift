import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends one HTTP request and returns its answer; the seam between the resolvers and the network.
public protocol HTTPTransport: Sendable {
    /// Sends `request`. Throws a `URLError` (or another error) when no answer arrives: a timeout,
    /// a refused or dropped connection, a truncated body.
    func send(_ request: URLRequest) async throws -> HTTPAnswer
}

/// The transport on Foundation's `URLSession` (libcurl on Linux): no extra dependency to build,
/// proxies and TLS as the system configures them.
public struct URLSessionTransport: HTTPTransport {
    private let session: URLSession

    /// A transport with its own ephemeral session (no cookies, no shared cache).
    public init() {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpShouldSetCookies = false
        session = URLSession(configuration: configuration)
    }

    public func send(_ request: URLRequest) async throws -> HTTPAnswer {
        let (data, response) = try await session.data(for: request)
        guard let http = response as? HTTPURLResponse else {
            throw URLError(.badServerResponse)
        }
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name] = value }
        }
        // A body shorter than its declared length is a dropped connection, not an answer.
        if let declared = headers.first(where: { $0.key.lowercased() == "content-length" }).flatMap({ Int($0.value) }),
            declared != data.count, request.httpMethod != "HEAD"
        {
            throw URLError(.networkConnectionLost)
        }
        return HTTPAnswer(url: request.url ?? URL(fileURLWithPath: "/"), status: http.statusCode, headers: headers, body: data)
    }
}
