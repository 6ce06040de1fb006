/// Errors reading bibliographic data.
public enum BibliographyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file is not valid CSL-JSON. `line` is 1-based; the reason starts with the column when it is known.
    case malformed(file: String, line: Int?, reason: String)

    /// `file:line: not valid CSL-JSON: reason`, in the compiler convention.
    public var description: String {
        switch self {
        case .malformed(let file, let line, let reason):
            let position = line.map { ":\($0)" } ?? ""
            return "\(file)\(position): not valid CSL-JSON: \(reason)"
        }
    }
}
