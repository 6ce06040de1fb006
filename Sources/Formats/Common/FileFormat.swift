import Foundation

/// The bibliography file formats CiteKit knows, and how to tell them apart.
public enum FileFormat: String, Sendable, CaseIterable {
    case bibtex
    case biblatex
    case ris
    /// MEDLINE display format, PubMed's `.nbib` export (also named `medline`).
    case nbib
    /// EndNote's XML export (`<xml><records><record>...`).
    case endnoteXML = "endnote"
    case cslJSON = "csl-json"
    case cslYAML = "csl-yaml"
    case pubmedXML = "pubmed"

    /// A format from its name or a common alias (`medline` for `nbib`, `endnote-xml`, `bib`, `json`, `yaml`, `xml`).
    public init?(name: String) {
        let lower = name.lowercased()
        let aliases: [String: FileFormat] = [
            "medline": .nbib, "endnote-xml": .endnoteXML, "endnotexml": .endnoteXML, "bib": .bibtex,
            "json": .cslJSON, "yaml": .cslYAML, "yml": .cslYAML, "xml": .pubmedXML, "pubmed-xml": .pubmedXML,
        ]
        guard let format = FileFormat(rawValue: lower) ?? aliases[lower] else { return nil }
        self = format
    }

    /// Whether the `Formats` module reads it (``readRecords(_:file:)``); PubMed XML and CSL-JSON
    /// have readers of their own (`PubMed`, `Bibliography`).
    public var isReadByFormats: Bool {
        switch self {
        case .bibtex, .biblatex, .ris, .nbib, .endnoteXML, .cslYAML: return true
        case .cslJSON, .pubmedXML: return false
        }
    }

    /// The format of a file from its extension, else from its first bytes; `nil` when neither tells.
    /// An `.xml` file is EndNote XML when its root element is `<xml>`, else PubMed XML.
    public static func infer(path: String, head: Data) -> FileFormat? {
        let lower = path.lowercased()
        let byExtension: [(String, FileFormat)] = [
            (".bib", .bibtex), (".bibtex", .bibtex), (".ris", .ris), (".nbib", .nbib), (".medline", .nbib),
            (".json", .cslJSON), (".yaml", .cslYAML), (".yml", .cslYAML), (".xml.gz", .pubmedXML), (".gz", .pubmedXML),
        ]
        if let hit = byExtension.first(where: { lower.hasSuffix($0.0) }) { return hit.1 }
        if lower.hasSuffix(".xml") { return isEndNoteXML(head) ? .endnoteXML : .pubmedXML }
        return sniff(head)
    }

    /// The format from the first bytes: `@type{` is BibTeX, a `TY  -` line RIS, a `PMID-` line
    /// MEDLINE, an `<xml>` root EndNote XML, other `<` or gzip PubMed XML, `[` or `{` CSL-JSON.
    public static func sniff(_ head: Data) -> FileFormat? {
        var bytes = Array(head.prefix(8192))
        if bytes.starts(with: [0x1F, 0x8B]) { return .pubmedXML }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" })
        if lines.contains(where: { $0.hasPrefix("TY  -") || $0.hasPrefix("TY -") }) { return .ris }
        if lines.contains(where: { $0.hasPrefix("PMID-") }) { return .nbib }
        guard let first = text.first(where: { !$0.isWhitespace }) else { return nil }
        switch first {
        case "<": return isEndNoteXML(head) ? .endnoteXML : .pubmedXML
        case "[", "{": return .cslJSON
        default:
            if lines.contains(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("@") }) { return .bibtex }
            return nil
        }
    }

    /// Whether the first element (after the declaration, comments and a DOCTYPE) is `<xml>`.
    static func isEndNoteXML(_ head: Data) -> Bool {
        let text = String(decoding: head.prefix(8192), as: UTF8.self)
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            if rest.hasPrefix("?") || rest.hasPrefix("!") {
                guard let close = rest.firstIndex(of: ">") else { return false }
                rest = rest[rest.index(after: close)...]
                continue
            }
            return rest.hasPrefix("xml>") || rest.hasPrefix("xml ")
        }
        return false
    }
}
