/// An error reading PubMed XML. Every case names the file and, when known, the line and column.
public enum PubMedError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file could not be opened or read.
    case unreadable(file: String, reason: String)
    /// The file holds no XML element at all (empty or whitespace only).
    case empty(file: String)
    /// libxml2 stopped at a well-formedness or resource-limit error (truncated file, invalid
    /// UTF-8, excessive nesting, huge text node, entity amplification...).
    case malformed(file: String, line: Int, column: Int, message: String)
    /// The document declares or references an entity; PubMed XML never does, and expanding one
    /// is how entity-expansion bombs and external-entity (XXE) attacks work.
    case forbiddenEntity(file: String, line: Int, column: Int, name: String)
    /// The root element is not one PubMed writes.
    case notPubMed(file: String, line: Int, column: Int, root: String)

    /// The file the error is about.
    public var file: String {
        switch self {
        case .unreadable(let file, _), .empty(let file): return file
        case .malformed(let file, _, _, _), .forbiddenEntity(let file, _, _, _), .notPubMed(let file, _, _, _):
            return file
        }
    }

    /// The line of the error, when known.
    public var line: Int? {
        switch self {
        case .unreadable, .empty: return nil
        case .malformed(_, let line, _, _), .forbiddenEntity(_, let line, _, _), .notPubMed(_, let line, _, _):
            return line
        }
    }

    /// The column of the error, when known.
    public var column: Int? {
        switch self {
        case .unreadable, .empty: return nil
        case .malformed(_, _, let column, _), .forbiddenEntity(_, _, let column, _), .notPubMed(_, _, let column, _):
            return column
        }
    }

    /// The reason, without the position.
    public var reason: String {
        switch self {
        case .unreadable(_, let reason): return "cannot read the file: \(reason)"
        case .empty: return "the file holds no XML element (empty input)"
        case .malformed(_, _, _, let message): return message
        case .forbiddenEntity(_, _, _, let name):
            return "entity '\(name)' is declared or referenced; PubMed XML uses none, so the file is refused "
                + "(entity expansion and external entities are never processed)"
        case .notPubMed(_, _, _, let root):
            return "root element <\(root)> is not PubMed XML (expected PubmedArticleSet, MedlineCitationSet, "
                + "PubmedBookArticleSet, BookDocumentSet or a single record)"
        }
    }

    /// `file:line:column: error: reason`, the compiler convention editors and CI understand.
    public var description: String {
        var position = file
        if let line { position += ":\(line)" }
        if let column { position += ":\(column)" }
        return "\(position): error: \(reason)"
    }
}
