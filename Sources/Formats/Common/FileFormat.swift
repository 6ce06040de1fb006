import Foundation

/// The bibliography file formats CiteKit knows, and how to tell them apart.
public enum FileFormat: String, Sendable, CaseIterable {
    case bibtex
    case biblatex
    case ris
    case nbib
    case cslJSON = "csl-json"
    case cslYAML = "csl-yaml"
    case pubmedXML = "pubmed"

    /// The format of a file from its extension, else from its first bytes; `nil` when neither tells.
    public static func infer(path: String, head: Data) -> FileFormat? {
        let lower = path.lowercased()
        let byExtension: [(String, FileFormat)] = [
            (".bib", .bibtex), (".bibtex", .bibtex), (".ris", .ris), (".nbib", .nbib), (".medline", .nbib),
            (".json", .cslJSON), (".yaml", .cslYAML), (".yml", .cslYAML), (".xml", .pubmedXML), (".xml.gz", .pubmedXML), (".gz", .pubmedXML),
        ]
        if let hit = byExtension.first(where: { lower.hasSuffix($0.0) }) { return hit.1 }
        return sniff(head)
    }

    /// The format from the first bytes: `@type{` is BibTeX, a `TY  -` line RIS, a `PMID-` line
    /// MEDLINE, `<` or gzip PubMed XML, `[` or `{` CSL-JSON.
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
        case "<": return .pubmedXML
        case "[", "{": return .cslJSON
        default:
            if lines.contains(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("@") }) { return .bibtex }
            return nil
        }
    }
}
