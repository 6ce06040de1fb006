import Foundation
import Testing

@Suite("cite convert: BibTeX and RIS", .serialized)
struct ConvertFormatsTests {
    static let bib = "Fixtures/formats/mixed.bib"

    @Test("a .bib file converts to CSL-JSON; the broken entry is reported as file:line:column, the others are written, exit 2")
    func bibToCSLJSON() throws {
        let result = try CLIProcess.run(["convert", Self.bib])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Fixtures/formats/mixed.bib:21:11: error: unbalanced braces: '{' is not closed before the entry on the next line"))
        let items = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(items.compactMap { $0["id"] as? String } == ["banks1983", "part", "whole"])
        #expect(items.first?["container-title"] as? String == "Journal of Biological Chemistry")
        #expect(items.first?["page"] as? String == "2281-2287")
        #expect(items[1]["container-title"] as? String == "The Whole Book")
    }

    @Test("--to ris and --to bibtex write what --from reads back")
    func bibToRISAndBack() throws {
        let ris = try CLIProcess.run(["convert", Self.bib, "--to", "ris"])
        #expect(ris.stdout.components(separatedBy: "TY  - ").count - 1 == 3)
        #expect(ris.stdout.contains("AU  - van der Berg, Jörg\n"))
        #expect(ris.stdout.contains("TI  - The DNA of École: 50% of $\\alpha$-helices\n"))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cite-convert-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(ris.stdout.utf8).write(to: url)
        let back = try CLIProcess.run(["convert", url.path, "--from", "ris", "--to", "bibtex"])
        #expect(back.status == 0)
        #expect(back.stdout.contains("@article{banks1983,\n  author = {Banks, A. R. and {van der Berg}, Jörg and {World Health Organization}},"))
    }

    @Test("cite library add reads a .bib file: every entry is stored (those without an identifier under a work key), the broken entry is reported by position")
    func libraryAddBib() throws {
        let library = FileManager.default.temporaryDirectory.appendingPathComponent("cite-formats-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: library) }
        let result = try CLIProcess.run(["library", "add", "--library", library.path, Self.bib])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Fixtures/formats/mixed.bib:21:11: error: unbalanced braces"))
        #expect(result.stderr.contains("(3 records before the error were stored: 3 added, 0 replaced, 0 unchanged)"))
    }
}
