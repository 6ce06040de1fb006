import Bibliography
import CiteKit
import Foundation
import Yams

/// A site's `citekit.yaml`: which pages to check and how (DESIGN.md, "Site configuration").
///
/// Globs are relative to ``root``, the folder holding the file. Command-line options win: set the
/// fields after loading.
public struct SiteConfiguration: Sendable, Equatable {
    /// The file's name, looked for from the checked path up to the file system's root.
    public static let fileName = "citekit.yaml"
    /// The page extensions checked when `include` is not given.
    public static let pageExtensions = ["md", "markdown", "html", "htm", "txt"]

    /// The folder globs are relative to: the folder holding the file, or the checked folder without one.
    public var root: URL
    /// The configuration file, when one was found.
    public var file: URL?
    /// Globs of pages to check; `nil` checks every page type.
    public var include: [String]?
    /// Globs of pages never checked.
    public var exclude: [String]
    /// The CSL style: a bundled name or a `.csl` path (relative to ``root``).
    public var style: String?
    /// The locale of the rendered reference lists.
    public var locale: String?
    /// The lowest severity that fails the build.
    public var failOn: FailLevel?
    /// Severity per finding code, replacing the checker's.
    public var severity: [FindingCode: Severity]
    /// Codes never reported.
    public var disable: [FindingCode]
    /// The record library's path (relative to ``root``).
    public var library: String?

    /// A configuration with no file: every page under `root`, the checker's defaults.
    public init(
        root: URL, file: URL? = nil, include: [String]? = nil, exclude: [String] = [], style: String? = nil,
        locale: String? = nil, failOn: FailLevel? = nil, severity: [FindingCode: Severity] = [:],
        disable: [FindingCode] = [], library: String? = nil
    ) {
        self.root = root
        self.file = file
        self.include = include
        self.exclude = exclude
        self.style = style
        self.locale = locale
        self.failOn = failOn
        self.severity = severity
        self.disable = disable
        self.library = library
    }

    /// The file's fields as written.
    private struct Fields: Decodable {
        var include: [String]?
        var exclude: [String]?
        var style: String?
        var locale: String?
        var failOn: String?
        var severity: [String: Severity]?
        var disable: [String]?
        var library: String?

        enum CodingKeys: String, CodingKey {
            case include, exclude, style, locale, severity, disable, library
            case failOn = "fail-on"
        }
    }

    /// Reads a configuration file.
    /// - Throws: ``SiteError/invalidConfiguration(file:line:column:reason:)`` naming the position.
    public init(contentsOf file: URL) throws {
        let text: String
        do {
            text = try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw SiteError.invalidConfiguration(file: file.path, line: nil, column: nil, reason: "cannot read it as UTF-8 text")
        }
        try self.init(yaml: text, file: file)
    }

    /// Reads a configuration from its text; `file` names it in messages and sets ``root``.
    public init(yaml: String, file: URL) throws {
        let fields: Fields
        do {
            // An empty file is a valid configuration with every default.
            let isEmpty = yaml.split(whereSeparator: \.isNewline).allSatisfy {
                $0.trimmingCharacters(in: .whitespaces).isEmpty || $0.trimmingCharacters(in: .whitespaces).hasPrefix("#")
            }
            fields = isEmpty ? Fields() : try YAMLDecoder().decode(Fields.self, from: yaml)
        } catch {
            let mark = YAMLErrorPosition.mark(of: error)
            throw SiteError.invalidConfiguration(
                file: file.path, line: mark?.line, column: mark?.column, reason: YAMLErrorPosition.problem(of: error))
        }
        var failOn: FailLevel?
        if let name = fields.failOn {
            guard let level = FailLevel(rawValue: name) else {
                throw SiteError.invalidConfiguration(
                    file: file.path, line: nil, column: nil,
                    reason: "fail-on is '\(name)'; expected one of \(FailLevel.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            failOn = level
        }
        var severity: [FindingCode: Severity] = [:]
        for (code, level) in fields.severity ?? [:] { severity[FindingCode(rawValue: code)] = level }
        self.init(
            root: file.deletingLastPathComponent().standardizedFileURL, file: file, include: fields.include,
            exclude: fields.exclude ?? [], style: fields.style, locale: fields.locale, failOn: failOn,
            severity: severity, disable: (fields.disable ?? []).map(FindingCode.init(rawValue:)), library: fields.library)
    }

    /// The configuration for a checked path: the nearest `citekit.yaml` in its folder or above, or
    /// the defaults rooted at the path's folder.
    /// - Throws: ``SiteError/invalidConfiguration(file:line:column:reason:)`` when the file found is invalid.
    public static func find(for path: URL) throws -> SiteConfiguration {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path.path, isDirectory: &isDirectory)
        let start = (exists && isDirectory.boolValue) ? path.standardizedFileURL : path.standardizedFileURL.deletingLastPathComponent()
        var folder = start
        while true {
            let candidate = folder.appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: candidate.path) { return try SiteConfiguration(contentsOf: candidate) }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        return SiteConfiguration(root: start)
    }

    /// The style to render with, a `.csl` path made absolute against ``root``.
    public var resolvedStyle: String {
        guard let style else { return "vancouver" }
        return style.hasSuffix(".csl") && !style.hasPrefix("/") ? root.appendingPathComponent(style).path : style
    }

    /// The library path made absolute against ``root``, when one is set.
    public var resolvedLibrary: String? {
        guard let library else { return nil }
        return library.hasPrefix("/") ? library : root.appendingPathComponent(library).path
    }

    /// A stable text of every setting that changes a page's report (for the cache key).
    var fingerprint: String {
        var lines = ["style=\(resolvedStyle)", "locale=\(locale ?? "")"]
        lines += severity.map { "severity \($0.key.rawValue)=\($0.value.rawValue)" }.sorted()
        lines += disable.map { "disable \($0.rawValue)" }.sorted()
        return lines.joined(separator: "\n")
    }
}
