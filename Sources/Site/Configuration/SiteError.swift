/// Problems that stop a site check before any page is read: a bad configuration, a bad path or glob.
public enum SiteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A path or glob given on the command line matched nothing.
    case noSuchPath(String)
    /// `citekit.yaml` is not valid YAML or has a value of the wrong kind.
    case invalidConfiguration(file: String, line: Int?, column: Int?, reason: String)
    /// A page's front matter is not valid YAML or has a value of the wrong kind.
    case invalidFrontMatter(file: String, line: Int?, column: Int?, reason: String)
    /// A page's front matter names a record file that does not exist.
    case missingRecordFile(page: String, file: String)
    /// A cache entry or folder could not be written.
    case cache(path: String, reason: String)
    /// `cite render` only rewrites UTF-8 pages.
    case notUTF8(page: String)
    /// A rendered page could not be written.
    case unwritable(path: String, reason: String)

    public var description: String {
        switch self {
        case .noSuchPath(let path):
            // Only a pattern is a glob; a plain path is just missing.
            let isGlob = path.contains { "*?[{".contains($0) }
            return "\(path): no such file or folder" + (isGlob ? ", and no page matches it as a glob" : "")
        case .invalidConfiguration(let file, let line, let column, let reason):
            return "\(file)\(Self.position(line, column)): invalid site configuration: \(reason)"
        case .invalidFrontMatter(let file, let line, let column, let reason):
            return "\(file)\(Self.position(line, column)): invalid front matter: \(reason)"
        case .missingRecordFile(let page, let file):
            return "\(page): front matter names the record file '\(file)', which does not exist (paths are relative to the page)"
        case .cache(let path, let reason):
            return "\(path): cache: \(reason)"
        case .notUTF8(let page):
            return "\(page): not UTF-8 text; cite render rewrites UTF-8 pages only (convert it to UTF-8 first)"
        case .unwritable(let path, let reason):
            return "\(path): cannot write the rendered page: \(reason)"
        }
    }

    private static func position(_ line: Int?, _ column: Int?) -> String {
        let text = [line, column].compactMap { $0 }.map(String.init).joined(separator: ":")
        return text.isEmpty ? "" : ":" + text
    }
}
