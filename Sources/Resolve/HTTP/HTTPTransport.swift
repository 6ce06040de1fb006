import Foundation

/// Sends one HTTP request and returns its answer; the seam between the resolvers and the network.
public protocol HTTPTransport: Sendable {
    /// Sends `request`. Throws a ``TransportError`` when no answer arrives: a timeout, a refused
    /// or dropped connection, a truncated body.
    func send(_ request: HTTPRequest) async throws -> HTTPAnswer
}
