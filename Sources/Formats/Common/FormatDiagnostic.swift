import Bibliography

/// A problem found while reading a bibliography file, with the file and position it concerns.
public struct FormatDiagnostic: Sendable, Hashable, Error, CustomStringConvertible {
    /// How serious the problem is: an `error` means an entry (or part of one) was skipped.
    public enum Severity: String, Sendable, Hashable { case error, warning }

    /// The file name as given to the reader.
    public var file: String
    /// Where the problem starts.
    public var location: SourceLocation
    /// `error` when data was skipped, `warning` when it was read with a guess.
    public var severity: Severity
    /// What is wrong, in words a user can act on.
    public var message: String

    /// A diagnostic from its parts.
    public init(file: String, location: SourceLocation, severity: Severity, message: String) {
        self.file = file
        self.location = location
        self.severity = severity
        self.message = message
    }

    /// `file:line:column: severity: message`, as compilers print it.
    public var description: String { "\(file):\(location.line):\(location.column): \(severity.rawValue): \(message)" }
}

/// The items read from one file and the problems met on the way.
public struct FormatReadResult: Sendable, Hashable {
    /// The items in file order.
    public var items: [Item]
    /// Errors (entries skipped) and warnings (entries read with a guess), in file order.
    public var diagnostics: [FormatDiagnostic]

    /// A result from its parts.
    public init(items: [Item] = [], diagnostics: [FormatDiagnostic] = []) {
        self.items = items
        self.diagnostics = diagnostics
    }

    /// The diagnostics that are errors.
    public var errors: [FormatDiagnostic] { diagnostics.filter { $0.severity == .error } }
}
