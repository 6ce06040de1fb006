/// A claims file that cannot be read as claims.
public enum ClaimQueryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A line is not `{"id": ..., "claim": "..."}`.
    case malformed(file: String, line: Int, reason: String)

    /// `file:line: reason`.
    public var description: String {
        switch self {
        case .malformed(let file, let line, let reason): "\(file):\(line): \(reason)"
        }
    }
}
