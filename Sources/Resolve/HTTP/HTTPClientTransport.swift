import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// The transport on AsyncHTTPClient (SwiftNIO, TLS built in). Chosen over Foundation's
/// `URLSession`, whose Linux library loads libcurl and about 30 shared libraries into every
/// `cite` process at start-up, network or not; this one costs nothing until a request is sent.
public struct HTTPClientTransport: HTTPTransport {
    /// The transport with the environment's proxy settings (its event loops start with the first request).
    public static let shared = HTTPClientTransport()

    /// The largest body accepted: far above any E-utilities or Crossref answer the resolvers ask for.
    public static let maximumBody = 256 * 1024 * 1024

    /// Clients live as long as the process; a proxied one is made only when the environment names a proxy.
    private static let direct = HTTPClient(eventLoopGroupProvider: .singleton)
    private static let proxied: [ProxySettings.Server: HTTPClient] = {
        let settings = ProxySettings()
        var clients: [ProxySettings.Server: HTTPClient] = [:]
        for server in [settings.https, settings.http].compactMap({ $0 }) where clients[server] == nil {
            var configuration = HTTPClient.Configuration()
            configuration.proxy = .server(host: server.host, port: server.port)
            clients[server] = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        }
        return clients
    }()

    private let proxies: ProxySettings

    private init(proxies: ProxySettings = ProxySettings()) {
        self.proxies = proxies
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPAnswer {
        guard let host = request.url.host, !host.isEmpty,
            let scheme = request.url.scheme?.lowercased(), scheme == "http" || scheme == "https"
        else { throw TransportError.badURL(request.url.absoluteString) }
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = .GET
        for (name, value) in request.headers.sorted(by: { $0.key < $1.key }) {
            outgoing.headers.add(name: name, value: value)
        }
        let deadline = NIODeadline.now() + .nanoseconds(Int64(max(request.timeout, 0.001) * 1e9))
        do {
            let client = proxies.server(for: request.url).flatMap { Self.proxied[$0] } ?? Self.direct
            let response = try await client.execute(outgoing, deadline: deadline)
            let body = try await response.body.collect(upTo: Self.maximumBody)
            var headers: [String: String] = [:]
            for field in response.headers {
                // Repeated headers are joined as RFC 9110 §5.3 allows.
                headers[field.name.lowercased()] = headers[field.name.lowercased()].map { "\($0), \(field.value)" } ?? field.value
            }
            return HTTPAnswer(url: request.url, status: Int(response.status.code), headers: headers, body: Data(body.readableBytesView))
        } catch let error as CancellationError {
            throw error
        } catch {
            throw Self.transportError(error)
        }
    }

    /// What a failure from the client means to a caller deciding whether to retry.
    static func transportError(_ error: any Error) -> TransportError {
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout, .tlsHandshakeTimeout,
                .httpProxyHandshakeTimeout, .getConnectionFromPoolTimeout:
                return .timedOut
            case .remoteConnectionClosed, .cancelled, .bodyLengthMismatch: return .connectionLost
            case .invalidURL, .emptyHost, .emptyScheme: return .badURL(String(describing: error))
            default: return .other(String(describing: error))
            }
        }
        if error is NIOConnectionError || error is IOError { return .cannotConnect(reason: String(describing: error)) }
        if error is HTTPParserError || error is NIOTooManyBytesError { return .connectionLost }
        if let error = error as? ChannelError, case .connectTimeout = error { return .timedOut }
        return .other(String(describing: error))
    }
}
