/// The markup a page is written in; it decides how a `Document` turns the source into text.
public enum PageFormat: String, Sendable, Codable, CaseIterable {
    /// Plain text (superscripts flattened into digits, as copied from a web page).
    case text
    /// HTML: tags stripped for positions, entities decoded, `<sup>` kept as marker evidence.
    case html
    /// Markdown: footnotes, `<sup>` and bracket markers.
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
