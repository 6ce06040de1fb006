import Foundation

/// The proxy the environment names, as curl and most Unix tools read it: `https_proxy` for
/// https URLs, `http_proxy` for http (either case), and `no_proxy` for hosts to reach directly.
public struct ProxySettings: Sendable, Hashable {
    /// A proxy server.
    public struct Server: Sendable, Hashable {
        public var host: String
        public var port: Int
    }

    /// The proxy for https URLs.
    public var https: Server?
    /// The proxy for http URLs.
    public var http: Server?
    /// Host names (and their subdomains) reached directly; `*` means every host.
    public var direct: [String]

    /// Reads the settings from environment variables.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        func value(_ name: String) -> String? {
            let found = environment[name] ?? environment[name.uppercased()]
            return found.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        }
        https = value("https_proxy").flatMap(Self.server(from:))
        http = value("http_proxy").flatMap(Self.server(from:))
        direct = (value("no_proxy") ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .map { $0.hasPrefix(".") ? String($0.dropFirst()) : $0 }
            .filter { !$0.isEmpty }
    }

    /// The proxy to use for `url`, or nil to connect directly. Loopback is always direct.
    public func server(for url: URL) -> Server? {
        guard let host = url.host?.lowercased() else { return nil }
        if host == "localhost" || host == "127.0.0.1" || host == "::1" || host == "[::1]" { return nil }
        if direct.contains(where: { $0 == "*" || host == $0 || host.hasSuffix("." + $0) }) { return nil }
        return url.scheme?.lowercased() == "https" ? https : http
    }

    /// `http://host:port`, `host:port` or `host` (port 1080 as curl assumes).
    static func server(from text: String) -> Server? {
        let withScheme = text.contains("://") ? text : "http://" + text
        guard let components = URLComponents(string: withScheme), let host = components.host, !host.isEmpty else { return nil }
        return Server(host: host, port: components.port ?? 1080)
    }
}
