import Bibliography
import Citations
import Foundation

/// What `cite check` reads: a page, and in a bundle folder also record files and a claims map.
public struct ArticleBundle: Sendable {
    /// The page's path as the user named it (used in messages).
    public var pagePath: String
    /// The page's text.
    public var pageSource: String
    /// The page's format.
    public var format: PageFormat
    /// Record files (PubMed XML, CSL-JSON, BibTeX, RIS, MEDLINE, EndNote XML, CSL-YAML) found beside the page.
    public var recordFiles: [URL]
    /// The claims map, when the bundle has one.
    public var claims: ClaimsMap?

    /// Creates a bundle from a page already read.
    public init(pagePath: String, pageSource: String, format: PageFormat, recordFiles: [URL] = [], claims: ClaimsMap? = nil) {
        self.pagePath = pagePath
        self.pageSource = pageSource
        self.format = format
        self.recordFiles = recordFiles
        self.claims = claims
    }

    static let pageExtensions = ["txt", "text", "html", "htm", "xhtml", "md", "markdown"]
    static let claimsNames = ["claims.yaml", "claims.yml"]
    /// Endings of record files; `claims.yaml` and `citekit.yaml` are not records.
    static let recordEndings = [".xml", ".xml.gz", ".json", ".jsonl", ".bib", ".bibtex", ".ris", ".nbib", ".medline", ".yaml", ".yml"]
    static let configurationNames = ["citekit.yaml", "citekit.yml"]

    /// Loads a page file, or a bundle folder holding `page.*`, record files and `claims.yaml`.
    ///
    /// Record files are the bundle's `*.xml`, `*.xml.gz`, `*.json`, `*.jsonl`, `*.bib`, `*.ris`, `*.nbib`
    /// and CSL-YAML `*.yaml` files (not `claims.yaml` or `citekit.yaml`); hidden files are skipped.
    /// - Parameters:
    ///   - path: a page file or a bundle folder.
    ///   - format: the page format; inferred from the extension when `nil`.
    ///   - readingBundleFiles: whether to look for records and the claims map beside the page.
    /// - Throws: ``CheckError`` when the path is missing, unreadable, or the bundle is incomplete.
    public static func load(path: String, format: PageFormat? = nil, readingBundleFiles: Bool = true) throws -> ArticleBundle {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { throw CheckError.fileNotFound(path: path) }
        guard isDirectory.boolValue else {
            return try ArticleBundle(pagePath: path, pageSource: readText(path), format: format ?? inferFormat(path))
        }
        let names: [String]
        do {
            names = try fm.contentsOfDirectory(atPath: path).sorted()
        } catch {
            throw CheckError.unreadable(path: path, reason: error.localizedDescription)
        }
        let pages = names.filter { name in
            let url = URL(fileURLWithPath: name)
            return url.deletingPathExtension().lastPathComponent == "page" && pageExtensions.contains(url.pathExtension.lowercased())
        }
        guard let pageName = pages.first else { throw CheckError.noPage(folder: path) }
        guard pages.count == 1 else { throw CheckError.ambiguousPage(folder: path, candidates: pages) }
        let pagePath = (path as NSString).appendingPathComponent(pageName)
        guard readingBundleFiles else {
            return try ArticleBundle(pagePath: pagePath, pageSource: readText(pagePath), format: format ?? inferFormat(pagePath))
        }

        let recordFiles = names.filter { name in
            let lower = name.lowercased()
            guard !lower.hasPrefix("."), !claimsNames.contains(lower), !configurationNames.contains(lower) else { return false }
            return recordEndings.contains { lower.hasSuffix($0) }
        }.map { URL(fileURLWithPath: (path as NSString).appendingPathComponent($0)) }

        var claims: ClaimsMap?
        if let claimsName = names.first(where: { claimsNames.contains($0.lowercased()) }) {
            let claimsPath = (path as NSString).appendingPathComponent(claimsName)
            claims = try ClaimsMap(yaml: readText(claimsPath), file: claimsPath)
        }
        return try ArticleBundle(
            pagePath: pagePath, pageSource: readText(pagePath), format: format ?? inferFormat(pagePath),
            recordFiles: recordFiles, claims: claims)
    }

    static func inferFormat(_ path: String) -> PageFormat {
        PageFormat(pathExtension: URL(fileURLWithPath: path).pathExtension.lowercased()) ?? .text
    }

    static func readText(_ path: String) throws -> String {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CheckError.unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        // UTF-16 pages announce themselves with a byte-order mark.
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]), let text = String(data: data, encoding: .utf16) {
            return text
        }
        if let index = data.firstIndex(of: 0) {
            throw CheckError.unreadable(path: path, reason: "byte \(index - data.startIndex) is NUL: this is a binary file, expected a text, HTML or Markdown page")
        }
        if let text = String(data: data, encoding: .utf8) { return text }
        // Pages saved in Windows-1252 are common; read them rather than fail.
        if let text = String(data: data, encoding: .windowsCP1252) { return text }
        throw CheckError.unreadable(path: path, reason: "the text is neither UTF-8, UTF-16 nor Windows-1252")
    }
}
