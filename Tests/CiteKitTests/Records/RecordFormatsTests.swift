import Bibliography
import Foundation
import Testing

@testable import CiteKit

@Suite("Bundle records in every format")
struct RecordFormatsTests {
    private func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("citekit-formats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url
    }

    @Test("a bundle lists BibTeX, RIS, MEDLINE, EndNote XML and CSL-YAML record files, not claims.yaml")
    func recordFilesOfEveryFormat() throws {
        let url = try folder(["page.md": "x", "a.bib": "", "b.ris": "", "c.nbib": "", "d.xml": "", "e.yaml": "", "claims.yaml": "claims: []", "citekit.yaml": ""])
        defer { try? FileManager.default.removeItem(at: url) }
        let bundle = try ArticleBundle.load(path: url.path)
        #expect(bundle.recordFiles.map(\.lastPathComponent) == ["a.bib", "b.ris", "c.nbib", "d.xml", "e.yaml"])
    }

    @Test("records are read from each format, MEDLINE with its PubMed metadata")
    func recordsOfEveryFormat() throws {
        let url = try folder([
            "a.bib": "@article{k, author={Doe, Jane}, title={From BibTeX}, journal={J}, year={2001}, doi={10.1/bib}}\n",
            "b.ris": "TY  - JOUR\nTI  - From RIS\nPY  - 2002\nER  - \n",
            "c.nbib": "PMID- 123\nTI  - From MEDLINE.\nPT  - Retracted Publication\nRIN - J. 2020. PMID: 456\n",
            "d.xml": "<xml><records><record><ref-type name=\"Journal Article\">17</ref-type><titles><title>From EndNote</title></titles></record></records></xml>",
            "e.yaml": "- id: y\n  type: book\n  title: From YAML\n",
        ])
        defer { try? FileManager.default.removeItem(at: url) }
        let files = ["a.bib", "b.ris", "c.nbib", "d.xml", "e.yaml"].map { url.appendingPathComponent($0) }
        let records = try RecordLoader.load(files)
        #expect(records.map(\.item.title) == ["From BibTeX", "From RIS", "From MEDLINE", "From EndNote", "From YAML"])
        #expect(records[0].item.doi == "10.1/bib")
        #expect(records[2].item.pmid == "123")
        #expect(records[2].metadata.isRetracted)
    }

    @Test("a broken entry in a record file stops the check with its file and position")
    func brokenEntry() throws {
        let url = try folder(["a.nbib": "PMID- 1\nTI  - One.\nnot a field\n"])
        defer { try? FileManager.default.removeItem(at: url) }
        let file = url.appendingPathComponent("a.nbib")
        #expect(throws: CheckError.invalidRecordFile("\(file.path):3:1: error: not a MEDLINE field line (expected 'TAG - value'); the line is skipped")) {
            try RecordLoader.load([file])
        }
    }
}
