import Foundation

/// Finds bundled styles and locales (`References/styles`, `References/locales`).
public enum StyleLibrary {
    /// The `References` directories searched, in order: `$CITEKIT_REFERENCES`, `./References`,
    /// and the source checkout's `References` (found from this file's path).
    public static func referenceDirectories() -> [URL] {
        var dirs: [URL] = []
        if let env = ProcessInfo.processInfo.environment["CITEKIT_REFERENCES"], !env.isEmpty {
            dirs.append(URL(fileURLWithPath: env))
        }
        dirs.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("References"))
        var source = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { source.deleteLastPathComponent() }
        dirs.append(source.appendingPathComponent("References"))
        return dirs
    }

    /// A style file for a bundled style name ("vancouver", "apa") or a path to a `.csl` file.
    /// - Throws: ``CSLError/styleNotFound(name:searched:)`` naming the places searched.
    public static func resolve(nameOrPath: String) throws -> URL {
        let fm = FileManager.default
        if nameOrPath.hasSuffix(".csl") || nameOrPath.contains("/") {
            if fm.fileExists(atPath: nameOrPath) { return URL(fileURLWithPath: nameOrPath) }
        }
        let name = nameOrPath.hasSuffix(".csl") ? String(nameOrPath.dropLast(4)) : nameOrPath
        var searched: [String] = []
        for dir in referenceDirectories() {
            let url = dir.appendingPathComponent("styles").appendingPathComponent(name + ".csl")
            searched.append(url.deletingLastPathComponent().path)
            if fm.fileExists(atPath: url.path) { return url }
        }
        throw CSLError.styleNotFound(name: nameOrPath, searched: searched)
    }

    /// The bundled locales directory (the first `References/locales` that exists).
    public static func localesDirectory() -> URL? {
        for dir in referenceDirectories() {
            let url = dir.appendingPathComponent("locales")
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("locales-en-US.xml").path) { return url }
        }
        return nil
    }
}

extension StyleLibrary {
    /// The locale store used when none is given: the bundled `References/locales`, or the CSL locales
    /// checkout beside the package (`../shared/csl/locales`) when present, which has every language.
    public static func defaultLocaleStore() -> LocaleStore? {
        for dir in referenceDirectories() {
            let shared = dir.deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("shared/csl/locales")
            if FileManager.default.fileExists(atPath: shared.appendingPathComponent("locales-en-US.xml").path) {
                return LocaleStore(directory: shared)
            }
        }
        return localesDirectory().map { LocaleStore(directory: $0) }
    }
}
