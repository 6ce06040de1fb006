import Foundation

/// The output of a batch conversion could not be written. Nothing is left at the output path,
/// and no temporary file or folder is left beside it.
public struct PubMedOutputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The output path as given, or `<stdout>`.
    public var output: String
    /// Why, in words (for example "the folder out does not exist").
    public var reason: String
    /// What was read before the output failed (empty when it failed before reading); its input
    /// errors still deserve reporting.
    public var outcome: PubMedBatchOutcome

    public init(output: String, reason: String, outcome: PubMedBatchOutcome = PubMedBatchOutcome()) {
        self.output = output
        self.reason = reason
        self.outcome = outcome
    }

    /// `output: error: cannot write the output: reason`, one line.
    public var description: String { "\(output): error: cannot write the output: \(reason)" }

    /// A system error in words: `strerror` for POSIX errors, else the localized description.
    static func words(_ error: any Error) -> String {
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        return error.localizedDescription
    }
}
