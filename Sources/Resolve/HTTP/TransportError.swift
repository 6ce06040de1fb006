/// Why a request got no answer. A transport throws these; ``PoliteClient`` retries them.
public enum TransportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No complete answer within the request's timeout.
    case timedOut
    /// The host refused the connection or could not be reached.
    case cannotConnect(reason: String)
    /// The connection closed before the answer was complete (a body shorter than its length).
    case connectionLost
    /// The URL cannot be sent (no host, an unsupported scheme).
    case badURL(String)
    /// Any other failure, with the transport's own words.
    case other(String)

    public var description: String {
        switch self {
        case .timedOut: return "timed out"
        case .cannotConnect(let reason): return "connection failed (\(reason))"
        case .connectionLost: return "the connection was dropped before the answer was complete"
        case .badURL(let url): return "cannot send to \(url)"
        case .other(let reason): return reason
        }
    }
}
