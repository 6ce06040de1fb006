import Foundation

/// One HTTP answer as received: the status, the headers (names lowercased) and the body.
public struct HTTPAnswer: Sendable, Hashable {
    /// The URL that was requested.
    public var url: URL
    /// The HTTP status code.
    public var status: Int
    /// Header values by lowercased name.
    public var headers: [String: String]
    /// The body bytes.
    public var body: Data

    /// An answer from its parts; header names are lowercased.
    public init(url: URL, status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.url = url
        self.status = status
        var lowered: [String: String] = [:]
        for (name, value) in headers { lowered[name.lowercased()] = value }
        self.headers = lowered
        self.body = body
    }

    /// A header's value by case-insensitive name.
    public func header(_ name: String) -> String? { headers[name.lowercased()] }

    /// The body as UTF-8 text (invalid bytes replaced).
    public var text: String { String(decoding: body, as: UTF8.self) }
}
