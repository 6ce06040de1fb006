import Foundation
import Library
import Site

/// What the commands that take a page or a site (`check`, `report`, `render`) read the same way.
enum SiteInput {
    /// One page file or one article bundle folder is a single page; anything else is a site.
    static func isSinglePage(_ paths: [String]) -> Bool {
        guard paths.count == 1, let path = paths.first else { return false }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return false }
        return !isDirectory.boolValue || PageDiscovery.isArticleBundle(path)
    }

    /// The nearest `citekit.yaml` above the first path, with the command line's style and locale over it.
    /// - Throws: ``SiteError`` when the configuration file is invalid.
    static func configuration(for paths: [String], style: String?, locale: String?) throws -> SiteConfiguration {
        var configuration = try SiteConfiguration.find(for: URL(fileURLWithPath: PageDiscovery.anchor(of: paths[0])))
        if let style { configuration.style = style }
        if let locale { configuration.locale = locale }
        return configuration
    }

    /// The library named on the command line, else by the configuration, else the default one, when
    /// its file exists: reading never creates a library.
    /// - Throws: ``CommandError`` when the file is not a library CiteKit can open.
    static func existingLibrary(_ path: String?, configuration: SiteConfiguration? = nil) throws -> RecordLibrary? {
        let path = path ?? configuration?.resolvedLibrary ?? RecordLibrary.defaultPath()
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            return try RecordLibrary(path: path)
        } catch let error as LibraryError {
            throw CommandError(error.description)
        }
    }
}
