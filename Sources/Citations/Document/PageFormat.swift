/// The markup a page is written in; it decides how a `Document` turns the source into text.
public enum PageFormat: String, Sendable, Codable, CaseIterable {
    case text
    case html
    case markdown

    /// The format a file extension names (`txt`, `html`, `htm`, `xhtml`, `md`, `markdown`...), or nil when unknown.
    public init?(pathExtension: String) {
        switch pathExtension.lowercased() {
        case "txt", "text": self = .text
        case "html", "htm", "xhtml", "shtml": self = .html
        case "md", "markdown", "mdown", "mkd", "mkdn": self = .markdown
        default: return nil
        }
    }
}
