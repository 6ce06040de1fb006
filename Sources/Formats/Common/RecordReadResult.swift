import Bibliography

/// The records (item and indexing metadata) read from one file, and the problems met on the way.
public struct RecordReadResult: Sendable, Hashable {
    /// The records in file order.
    public var records: [Record]
    /// Errors (entries or lines skipped) and warnings (read with a guess), in file order.
    public var diagnostics: [FormatDiagnostic]

    /// A result from its parts.
    public init(records: [Record] = [], diagnostics: [FormatDiagnostic] = []) {
        self.records = records
        self.diagnostics = diagnostics
    }

    /// The items alone, as ``FormatReadResult``.
    public var itemResult: FormatReadResult { FormatReadResult(items: records.map(\.item), diagnostics: diagnostics) }

    /// The diagnostics that are errors.
    public var errors: [FormatDiagnostic] { diagnostics.filter { $0.severity == .error } }
}
