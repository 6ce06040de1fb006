/// Why the report could not be written.
public enum ReportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A template could not be rendered (a bug of this module, reported rather than crashing).
    case template(name: String)
    /// The output folder exists and is not a report this command wrote; it is left untouched.
    case outputNotAReport(path: String)
    /// A file or folder of the output could not be written.
    case unwritable(path: String, reason: String)

    public var description: String {
        switch self {
        case .template(let name):
            "the report template '\(name)' could not be rendered"
        case .outputNotAReport(let path):
            "\(path): the folder exists and is not an evidence report (no index.html written by cite report); choose an empty or new folder"
        case .unwritable(let path, let reason):
            "\(path): cannot write the report: \(reason)"
        }
    }
}
