import Foundation

/// Errors reading CSL styles and locales.
public enum CSLError: Error, Sendable, CustomStringConvertible {
    /// The file is not well-formed XML.
    case malformedXML(file: String, line: Int, reason: String)
    /// The XML is well-formed but not a CSL style or locale.
    case invalidStyle(file: String, reason: String)
    /// A file could not be read.
    case unreadable(file: String, reason: String)
    /// A style name could not be resolved to a file.
    case styleNotFound(name: String, searched: [String])
    /// A dependent style's parent could not be found.
    case parentNotFound(file: String, parent: String)

    /// A one-line message naming the file and the problem.
    public var description: String {
        switch self {
        case .malformedXML(let file, let line, let reason):
            return "\(file):\(line): not well-formed XML: \(reason)"
        case .invalidStyle(let file, let reason):
            return "\(file): not a valid CSL file: \(reason)"
        case .unreadable(let file, let reason):
            return "\(file): cannot read: \(reason)"
        case .styleNotFound(let name, let searched):
            return "style '\(name)' not found; looked in \(searched.joined(separator: ", ")); pass a .csl path or a bundled style name"
        case .parentNotFound(let file, let parent):
            return "\(file): dependent style's parent \(parent) is not available; add it to References/styles"
        }
    }
}
