/// Problems that stop a check: unreadable or invalid input. Each names the file and, where known, the position.
public enum CheckError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The page or folder does not exist.
    case fileNotFound(path: String)
    /// The file exists but cannot be read as a page (permissions, binary content, encoding).
    case unreadable(path: String, reason: String)
    /// A bundle folder holds no `page.*` file.
    case noPage(folder: String)
    /// A bundle folder holds more than one `page.*` file.
    case ambiguousPage(folder: String, candidates: [String])
    /// `claims.yaml` is not valid YAML or not a claims map.
    case invalidClaimsMap(file: String, line: Int?, column: Int?, reason: String)
    /// A record file could not be read as records.
    case invalidRecords(file: String, reason: String)
    /// A record file's own error, which already names the file and position.
    case invalidRecordFile(String)
    /// The CSL style could not be found or read.
    case style(name: String, reason: String)

    public var description: String {
        switch self {
        case .fileNotFound(let path):
            return "\(path): no such file or folder"
        case .unreadable(let path, let reason):
            return "\(path): cannot read: \(reason)"
        case .noPage(let folder):
            return "\(folder): no page found; expected a file named page.txt, page.html or page.md in the bundle folder"
        case .ambiguousPage(let folder, let candidates):
            return "\(folder): more than one page (\(candidates.joined(separator: ", "))); keep one page.* file in the bundle"
        case .invalidClaimsMap(let file, let line, let column, let reason):
            let position = [line, column].compactMap { $0 }.map(String.init).joined(separator: ":")
            return "\(file)\(position.isEmpty ? "" : ":" + position): invalid claims map: \(reason)"
        case .invalidRecords(let file, let reason):
            return "\(file): invalid records: \(reason)"
        case .invalidRecordFile(let message):
            return message
        case .style(_, let reason):
            return reason
        }
    }
}
