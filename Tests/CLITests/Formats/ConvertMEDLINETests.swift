import Foundation
import Testing

@Suite("cite convert and library add: MEDLINE and EndNote XML", .serialized)
struct ConvertMEDLINETests {
    static let nbib = "Fixtures/formats/medline/twins.nbib"
    static let endnote = "Fixtures/formats/endnote/sample.xml"

    @Test("a .nbib file converts to JSON Lines with its PubMed metadata (MeSH, links) under \"pubmed\"")
    func nbibToJSONLines() throws {
        let result = try CLIProcess.run(["convert", Self.nbib, "--to", "jsonl"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any] ?? [:]
        #expect(first["PMID"] as? String == "35649368")
        #expect(first["DOI"] as? String == "10.1016/j.celrep.2022.110870")
        let pubmed = first["pubmed"] as? [String: Any] ?? [:]
        let links = pubmed["commentsCorrections"] as? [[String: Any]] ?? []
        #expect(links.first?["type"] as? String == "ErratumIn")
        #expect(links.first?["pmid"] as? String == "35767954")
    }

    @Test("--from medline names the format of a file without the extension; --to medline writes it back")
    func fromMedlineAndBack() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cite-medline-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(contentsOf: URL(fileURLWithPath: Self.nbib)).write(to: url)
        let medline = try CLIProcess.run(["convert", url.path, "--from", "medline", "--to", "medline"])
        #expect(medline.status == 0)
        #expect(medline.stdout.components(separatedBy: "\nPMID- ").count + (medline.stdout.hasPrefix("PMID- ") ? 0 : -1) == 4)
        #expect(medline.stdout.contains("EIN - Cell Rep. 2022 Jun 28;39(13):111044. doi: 10.1016/j.celrep.2022.111044. PMID:"))
        #expect(medline.stdout.contains("MH  - *Mitochondrial Membranes/metabolism\n"))
        #expect(medline.stdout.contains("CN  - Task and Finish Group for Urinalysis (TFG-U)"))
    }

    @Test("an EndNote XML file is told from PubMed XML by its root and converts to RIS")
    func endnoteToRIS() throws {
        let result = try CLIProcess.run(["convert", Self.endnote, "--to", "ris"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("TI  - Growth of Escherichia coli at 105 cells\n"))
        #expect(result.stdout.contains("TY  - CHAP\n"))
    }

    @Test("cite library add stores MEDLINE records by PMID and every EndNote record (those without an identifier under a work key)")
    func libraryAdd() throws {
        let library = FileManager.default.temporaryDirectory.appendingPathComponent("cite-medline-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: library) }
        let nbib = try CLIProcess.run(["library", "add", "--library", library.path, Self.nbib])
        #expect(nbib.status == 0)
        #expect(nbib.stderr.contains("4 added"))
        let endnote = try CLIProcess.run(["library", "add", "--library", library.path, Self.endnote])
        #expect(endnote.status == 0)
        #expect(endnote.stderr.contains("3 added"))
    }
}
