import Bibliography
import Foundation
import Formats

extension FuzzTarget {
    /// Each bibliography format reader on a whole file, and CSL-JSON decoding.
    static let formatTargets: [FuzzTarget] = [
        reader("bibtex", "bibtex", "BibTeXReader.read (BibTeX and BibLaTeX, LaTeX decoding, crossref inheritance)") {
            _ = BibTeXReader.read($0, file: "fuzz.bib")
        },
        reader("ris", "ris", "RISReader.read") { _ = RISReader.read($0, file: "fuzz.ris") },
        reader("csl-yaml", "csl-yaml", "CSLYAMLReader.read (Yams)") { _ = CSLYAMLReader.read($0, file: "fuzz.yaml") },
        reader("csl-json", "csl-json", "Bibliography(cslJSON:) and encoding the result back") { data in
            guard let bibliography = try? Bibliography(cslJSON: data, file: "fuzz.json") else { return }
            _ = try? bibliography.cslJSONData()
        },
        reader("medline", "medline", "MEDLINEReader.readRecords (.nbib)") { _ = MEDLINEReader.readRecords($0, file: "fuzz.nbib") },
        reader("endnote", "endnote", "EndNoteXMLReader.read") { _ = EndNoteXMLReader.read($0, file: "fuzz.xml") },
    ]

    private static func reader(_ name: String, _ dictionary: String, _ summary: String,
                               _ run: @escaping @Sendable (Data) -> Void) -> FuzzTarget {
        FuzzTarget(name: name, dictionary: dictionary, summary: summary, run: run)
    }
}
