import Bibliography

/// The lowest severity that fails a check (`--fail-on`), or `never`.
public enum FailLevel: String, Sendable, CaseIterable {
    /// Fail on errors only (the default).
    case error
    /// Fail on warnings and errors.
    case warning
    /// Fail on any finding.
    case info
    /// Never fail on findings.
    case never

    /// The severity threshold, or `nil` for `never`.
    public var severity: Severity? {
        switch self {
        case .error: .error
        case .warning: .warning
        case .info: .info
        case .never: nil
        }
    }
}

extension Report {
    /// Whether the report has a finding at or above the level (a build step fails on it).
    public func fails(at level: FailLevel) -> Bool {
        guard let threshold = level.severity, let worst = worstSeverity else { return false }
        return worst >= threshold
    }
}
