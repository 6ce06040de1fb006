import Bibliography
import Foundation

extension FileFormat {
    /// Reads a file's bytes with this format's reader: records (items, and PubMed metadata for
    /// MEDLINE) with diagnostics. `nil` for PubMed XML and CSL-JSON, which have readers elsewhere.
    public func readRecords(_ data: Data, file: String) -> RecordReadResult? {
        func plain(_ result: FormatReadResult) -> RecordReadResult {
            RecordReadResult(
                records: result.items.map { Record(item: $0, metadata: RecordMetadata(source: rawValue)) },
                diagnostics: result.diagnostics)
        }
        switch self {
        case .bibtex, .biblatex: return plain(BibTeXReader.read(data, file: file))
        case .ris: return plain(RISReader.read(data, file: file))
        case .cslYAML: return plain(CSLYAMLReader.read(data, file: file))
        case .nbib: return MEDLINEReader.readRecords(data, file: file)
        case .endnoteXML: return plain(EndNoteXMLReader.read(data, file: file))
        case .cslJSON, .pubmedXML: return nil
        }
    }
}
