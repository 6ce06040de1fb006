import Citations
import Foundation

/// A page found under a site: where it is, how it is named in output, and its format.
public struct SitePage: Sendable, Hashable {
    /// The file.
    public var url: URL
    /// The path shown in output: the path given on the command line joined with the page's path under it.
    public var path: String
    /// The page's path relative to the configuration root, which include and exclude globs match.
    public var relativePath: String
    /// The page format, from the extension.
    public var format: PageFormat

    /// A page from its file and the names it goes by.
    public init(url: URL, path: String, relativePath: String, format: PageFormat) {
        self.url = url
        self.path = path
        self.relativePath = relativePath
        self.format = format
    }
}
