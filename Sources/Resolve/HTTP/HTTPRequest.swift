import Foundation

/// One GET request as the resolvers send it: the URL, its headers and how long to wait.
public struct HTTPRequest: Sendable, Hashable {
    /// Where the request goes.
    public var url: URL
    /// Header values by name.
    public var headers: [String: String]
    /// Seconds to wait for the whole answer.
    public var timeout: Double

    /// A request; `timeout` is replaced by the client's policy when sent through ``PoliteClient``.
    public init(url: URL, headers: [String: String] = [:], timeout: Double = 30) {
        self.url = url
        self.headers = headers
        self.timeout = timeout
    }
}
