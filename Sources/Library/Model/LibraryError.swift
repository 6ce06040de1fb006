/// An error of the library. Every case names the file (input or library) it is about.
public enum LibraryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// An input file cannot be opened or read.
    case unreadable(file: String, reason: String)
    /// An output file cannot be written; nothing is left at its path.
    case unwritable(file: String, reason: String)
    /// An input file is neither PubMed XML nor CSL-JSON.
    case unknownFormat(file: String, reason: String)
    /// An input file is malformed at a position. `stored` counts the whole records stored before
    /// the error (each in full; a record is never stored in part).
    case invalidInput(file: String, line: Int?, column: Int?, reason: String, stored: ImportSummary)
    /// The library file cannot be opened, migrated, read or written.
    case database(path: String, reason: String)
    /// A stored row cannot be decoded (written by another program or damaged).
    case corruptRecord(path: String, id: String, reason: String)
    /// An identifier that is not a PMID, DOI or PMCID.
    case invalidIdentifier(String)

    /// `file:line:column: error: reason`, the compiler convention.
    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): error: cannot read the file: \(reason)"
        case .unwritable(let file, let reason):
            return "\(file): error: cannot write the file: \(reason)"
        case .unknownFormat(let file, let reason):
            return "\(file): error: not PubMed XML or CSL-JSON: \(reason)"
        case .invalidInput(let file, let line, let column, let reason, let stored):
            var position = file
            if let line { position += ":\(line)" }
            if let column { position += ":\(column)" }
            let kept = stored.records > 0 ? " (\(stored.records) records before the error were stored: \(stored.description))" : ""
            return "\(position): error: \(reason)\(kept)"
        case .database(let path, let reason):
            return "\(path): error: library: \(reason)"
        case .corruptRecord(let path, let id, let reason):
            return "\(path): error: record \(id) cannot be read: \(reason)"
        case .invalidIdentifier(let text):
            return "error: '\(text)' is not a PMID, DOI or PMCID (expected pmid:N, doi:10.x/y or pmcid:PMCN)"
        }
    }
}
