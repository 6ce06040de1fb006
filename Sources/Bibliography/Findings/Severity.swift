/// How serious a finding is. Ordered: `info` < `warning` < `error`.
public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    /// Worth knowing; never fails a build by default.
    case info
    /// Probably wrong; should be fixed.
    case warning
    /// Wrong; fails `cite check` by default.
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    /// Less serious first.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
