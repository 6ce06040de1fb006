import CiteKit
import Evidence
import Foundation
import Yams

/// A Markdown page's front matter: YAML between `---` lines at the top, naming the page's claims
/// (the `claims.yaml` schema) and its record files (relative to the page).
public struct FrontMatter: Sendable, Equatable {
    /// The page's named claims, when the front matter has `claims:`.
    public var claims: ClaimsMap?
    /// Record files, as written (relative to the page).
    public var records: [String]
    /// The page's text with the front matter's lines emptied, so that line numbers stay the page's.
    public var body: String

    /// Splits a page into its front matter and body; a page without front matter is all body.
    /// - Throws: ``SiteError/invalidFrontMatter(file:line:column:reason:)`` and
    ///   ``CheckError/invalidClaimsMap(file:line:column:reason:)`` with page line numbers.
    public init(page source: String, file: String) throws {
        claims = nil
        records = []
        body = source
        guard let block = Self.block(in: source) else { return }
        // The YAML keeps its own line numbers equal to the page's: one empty line stands for the opening `---`.
        let yaml = "\n" + block.yaml
        let node: Node?
        do {
            // Values are read as text (paths, claims): no YAML 1.1 type resolution (see `ClaimsMap`).
            node = try Yams.compose(yaml: yaml, Resolver.basic)
        } catch {
            let mark = YAMLErrorPosition.mark(of: error)
            throw SiteError.invalidFrontMatter(file: file, line: mark?.line, column: mark?.column, reason: YAMLErrorPosition.problem(of: error))
        }
        body = block.body
        guard let node else { return }
        guard let mapping = node.mapping else {
            throw SiteError.invalidFrontMatter(
                file: file, line: node.mark.map { $0.line }, column: node.mark.map { $0.column },
                reason: "expected a mapping of keys such as `claims:` and `records:`")
        }
        if mapping["claims"] != nil { claims = try ClaimsMap(yaml: yaml, file: file) }
        if let value = mapping["records"] {
            if let one = value.string {
                records = [one]
            } else if let list = value.sequence, list.allSatisfy({ $0.string != nil }) {
                records = list.compactMap(\.string)
            } else {
                throw SiteError.invalidFrontMatter(
                    file: file, line: value.mark.map { $0.line }, column: value.mark.map { $0.column },
                    reason: "`records:` must be a file path or a list of file paths, relative to the page")
            }
        }
    }

    /// The YAML between the opening and closing `---` lines, and the page with those lines emptied.
    static func block(in source: String) -> (yaml: String, body: String)? {
        // Lines keep their terminators so that the body has every line break of the page.
        var lines: [Substring] = []
        var start = source.startIndex
        for index in source.indices where source[index] == "\n" {
            lines.append(source[start...index])
            start = source.index(after: index)
        }
        if start < source.endIndex { lines.append(source[start...]) }
        func content(_ line: Substring) -> Substring {
            var text = line
            while let last = text.last, last == "\n" || last == "\r" { text = text.dropLast() }
            return text
        }
        guard let first = lines.first else { return nil }
        var opening = content(first)
        if opening.hasPrefix("\u{FEFF}") { opening = opening.dropFirst() }
        guard opening.trimmingCharacters(in: .whitespaces) == "---" else { return nil }
        guard let close = lines.indices.dropFirst().first(where: {
            let text = content(lines[$0]).trimmingCharacters(in: .whitespaces)
            return text == "---" || text == "..."
        }) else { return nil }
        let yaml = lines[1..<close].map { String(content($0)) }.joined(separator: "\n")
        var body = ""
        for (index, line) in lines.enumerated() {
            body += index <= close ? String(line[content(line).endIndex...]) : String(line)
        }
        return (yaml, body)
    }
}
