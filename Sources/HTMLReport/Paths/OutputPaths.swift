import Foundation

/// Where each page's report goes inside the output folder, and the links between the files.
///
/// A page's file mirrors its path below the folder all pages share (`guides/sleep.md` →
/// `pages/guides/sleep.md.html`), so two pages never share a file; `..` steps become `up`.
struct OutputPaths: Sendable {
    /// The output file of each page path, relative to the output folder.
    private(set) var files: [String: String] = [:]

    init(pagePaths: [String]) {
        let split = pagePaths.map(OutputPaths.components)
        let shared = OutputPaths.sharedFolder(split)
        var used = Set<String>()
        for (path, parts) in zip(pagePaths, split) where files[path] == nil {
            let relative = parts.dropFirst(shared).map { $0 == ".." ? "up" : $0 }
            var file = (["pages"] + relative).joined(separator: "/") + ".html"
            var attempt = 2
            // Two spellings of one path (`a/./b`, `a/b`) would collide; keep both, numbered.
            while used.contains(file) {
                file = (["pages"] + relative).joined(separator: "/") + "-\(attempt).html"
                attempt += 1
            }
            used.insert(file)
            files[path] = file
        }
    }

    /// The components of a path, without empty and `.` steps.
    static func components(_ path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).map(String.init).filter { $0 != "." }
    }

    /// How many leading folders every path shares (never a path's own file name).
    static func sharedFolder(_ paths: [[String]]) -> Int {
        guard let first = paths.first else { return 0 }
        var count = 0
        while count < first.count - 1,
              paths.allSatisfy({ $0.count - 1 > count && $0[count] == first[count] && $0[count] != ".." }) {
            count += 1
        }
        return count
    }

    /// The link from `index.html` to a file.
    static func href(toFile file: String) -> String {
        file.split(separator: "/").map { percentEncoded(String($0)) }.joined(separator: "/")
    }

    /// The link from a file back to `index.html`.
    static func indexHref(fromFile file: String) -> String {
        String(repeating: "../", count: file.split(separator: "/").count - 1) + "index.html"
    }

    /// A path step as a URL path segment (spaces, `#`, `?` and `%` escaped).
    static func percentEncoded(_ segment: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#%;")
        return segment.addingPercentEncoding(withAllowedCharacters: allowed) ?? segment
    }

    /// An `id` made of letters, digits, `-` and `_` only, so it is safe in a fragment link.
    static func anchor(_ prefix: String, _ name: String) -> String {
        let cleaned = name.unicodeScalars.map { scalar -> String in
            (scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_")) ? String(scalar) : "-"
        }.joined()
        return prefix + "-" + cleaned
    }
}

extension OutputPaths {
    /// A DOI in a URL path: its `/` kept, everything a path may not hold escaped.
    static func percentEncodedDOI(_ doi: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%;")
        return doi.addingPercentEncoding(withAllowedCharacters: allowed) ?? doi
    }
}
