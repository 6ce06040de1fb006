import Citations
import Foundation

/// Finds a site's pages from the paths and globs given on the command line.
public enum PageDiscovery {
    /// Whether a folder is an article bundle (it holds `page.*`), which `cite check` reads as one page.
    public static func isArticleBundle(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
            let names = try? FileManager.default.contentsOfDirectory(atPath: path)
        else { return false }
        return names.contains { name in
            let url = URL(fileURLWithPath: name)
            return url.deletingPathExtension().lastPathComponent == "page" && pageFormat(of: name) != nil
        }
    }

    /// The pages named by `inputs`, sorted by their output path, each once.
    ///
    /// A folder gives every page under it that the configuration includes and does not exclude
    /// (hidden files and folders skipped); a file is taken as named; anything else is a glob
    /// relative to `workingDirectory`.
    /// - Throws: ``SiteError/noSuchPath(_:)`` when an input names nothing.
    public static func pages(
        _ inputs: [String], configuration: SiteConfiguration,
        workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    ) throws -> [SitePage] {
        var byFile: [String: SitePage] = [:]
        let filter = PageFilter(configuration)
        for input in inputs {
            let url = input.hasPrefix("/") ? URL(fileURLWithPath: input) : workingDirectory.appendingPathComponent(input)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
                if isDirectory.boolValue {
                    for relative in walk(url) {
                        let file = url.appendingPathComponent(relative)
                        let page = makePage(file, shownAs: join(input, relative), configuration: configuration)
                        if let page, filter.selects(page) { byFile[file.standardizedFileURL.path] = page }
                    }
                } else {
                    let page = makePage(url, shownAs: input, configuration: configuration)
                    guard let page else { throw SiteError.noSuchPath(input) }
                    byFile[url.standardizedFileURL.path] = page
                }
                continue
            }
            let matched = try globbed(input, workingDirectory: workingDirectory, configuration: configuration)
            guard !matched.isEmpty else { throw SiteError.noSuchPath(input) }
            for page in matched { byFile[page.url.standardizedFileURL.path] = page }
        }
        return byFile.values.sorted { $0.path < $1.path }
    }

    /// The existing path an input starts from: itself, or for a glob the folder before its first wildcard.
    public static func anchor(of input: String) -> String {
        let segments = input.split(separator: "/", omittingEmptySubsequences: false)
        guard let wildcard = segments.firstIndex(where: { $0.contains(where: { "*?[{".contains($0) }) }) else { return input }
        let literal = segments[..<wildcard].joined(separator: "/")
        return literal.isEmpty ? (input.hasPrefix("/") ? "/" : ".") : literal
    }

    /// The page format of a file name, when it is a page type a site holds.
    static func pageFormat(of name: String) -> PageFormat? {
        let ext = URL(fileURLWithPath: name).pathExtension.lowercased()
        guard SiteConfiguration.pageExtensions.contains(ext) else { return nil }
        return PageFormat(pathExtension: ext) ?? .text
    }

    private static func makePage(_ file: URL, shownAs path: String, configuration: SiteConfiguration) -> SitePage? {
        guard let format = pageFormat(of: file.lastPathComponent) else { return nil }
        let absolute = file.standardizedFileURL.path
        let rootPath = configuration.root.standardizedFileURL.path
        let prefix = rootPath.hasSuffix("/") ? rootPath : rootPath + "/"
        let relative = absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : path
        return SitePage(url: file.standardizedFileURL, path: normalized(path), relativePath: relative, format: format)
    }

    /// Files under a folder as relative paths, hidden entries skipped, in sorted order.
    static func walk(_ folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        // Paths as the enumerator builds them (under the folder as named); a symlinked page keeps
        // its name in the site rather than its target's.
        let base = folder.standardizedFileURL.path
        var files: [String] = []
        for case let url as URL in enumerator {
            // A symlink counts as the file it points to (a symlinked folder is not entered: no loops).
            let target = url.resolvingSymlinksInPath()
            guard (try? target.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base + "/") else { continue }
            files.append(String(path.dropFirst(base.count + 1)))
        }
        return files.sorted()
    }

    /// Pages matching a glob: the folder before its first wildcard is walked and every file matched.
    private static func globbed(_ pattern: String, workingDirectory: URL, configuration: SiteConfiguration) throws -> [SitePage] {
        let segments = pattern.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let wildcard = segments.firstIndex { $0.contains(where: { "*?[{".contains($0) }) } ?? segments.count
        // A path that does not exist and has no wildcard matches nothing.
        guard wildcard < segments.count else { return [] }
        let literal = segments[..<wildcard].joined(separator: "/")
        let base: URL
        if pattern.hasPrefix("/") {
            base = URL(fileURLWithPath: literal.isEmpty ? "/" : literal)
        } else {
            base = literal.isEmpty ? workingDirectory : workingDirectory.appendingPathComponent(literal)
        }
        let rest = Glob(segments[wildcard...].joined(separator: "/"))
        return walk(base).filter(rest.matches).compactMap { relative in
            makePage(base.appendingPathComponent(relative), shownAs: join(literal, relative), configuration: configuration)
        }
    }

    private static func join(_ folder: String, _ relative: String) -> String {
        if folder.isEmpty || folder == "." { return relative }
        return folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }

    private static func normalized(_ path: String) -> String {
        var text = Substring(path)
        while text.hasPrefix("./") { text = text.dropFirst(2) }
        return String(text)
    }
}

/// The configuration's include and exclude globs, compiled once.
struct PageFilter {
    let include: [Glob]?
    let exclude: [Glob]

    init(_ configuration: SiteConfiguration) {
        include = configuration.include?.map(Glob.init)
        exclude = configuration.exclude.map(Glob.init)
    }

    /// Whether a page is included and not excluded.
    func selects(_ page: SitePage) -> Bool {
        if let include, !include.contains(where: { $0.matches(page.relativePath) }) { return false }
        return !exclude.contains { $0.matches(page.relativePath) }
    }
}
