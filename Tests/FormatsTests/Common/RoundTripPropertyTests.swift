import Bibliography
import Foundation
import PropertyBased
import PropertySupport
import Testing

@testable import Formats

/// Writing items in a format and reading the text back gives the items' data back, for every
/// article the generator makes (not only the fixtures' shapes).
@Suite("Format round trips (property-based)")
struct RoundTripPropertyTests {
    /// The fields every format here holds, in a form that compares across formats.
    struct Core: Equatable, CustomStringConvertible {
        var title: String?
        var authors: [String]
        var journal: String?
        var volume: String?
        var issue: String?
        var page: String?
        var year: Int?
        var month: Int?
        var doi: String?

        init(_ item: Item) {
            title = item.title
            authors = item.author.map { "\($0.family ?? ""), \($0.given ?? "")" }
            journal = item.containerTitle
            volume = item.volume
            issue = item.issue
            page = item.page
            year = item.issued?.year
            month = item.issued?.month
            doi = item.doi
        }

        var description: String { "\(title ?? "-") | \(authors) | \(journal ?? "-") \(volume ?? "-")(\(issue ?? "-")):\(page ?? "-") \(year ?? 0)-\(month ?? 0) \(doi ?? "-")" }
    }

    @Test("CSL-YAML: written items read back equal")
    func cslYAML() async throws {
        await propertyCheck(input: ItemGen.article.array(of: 1...3)) { items in
            let text: String
            do { text = try CSLYAMLWriter.write(items) } catch {
                Issue.record("CSL-YAML writer failed: \(error)")
                return
            }
            let read = CSLYAMLReader.read(Data(text.utf8), file: "written.yaml")
            #expect(read.diagnostics.isEmpty)
            #expect(read.items == items)
        }
    }

    @Test("BibTeX: written articles read back with the same core fields")
    func bibTeX() async {
        await propertyCheck(input: ItemGen.article.array(of: 1...3)) { items in
            let text = BibTeXWriter.write(items)
            let read = BibTeXReader.read(Data(text.utf8), file: "written.bib")
            #expect(read.diagnostics.isEmpty)
            #expect(read.items.map(Core.init) == items.map(Core.init))
        }
    }

    @Test("RIS: written articles read back with the same core fields")
    func ris() async {
        await propertyCheck(input: ItemGen.article.array(of: 1...3)) { items in
            let text = RISWriter.write(items)
            let read = RISReader.read(Data(text.utf8), file: "written.ris")
            #expect(read.diagnostics.isEmpty)
            #expect(read.items.map(Core.init) == items.map(Core.init))
        }
    }

    @Test("MEDLINE: written articles read back with the same core fields")
    func medline() async {
        await propertyCheck(input: ItemGen.article.array(of: 1...3)) { items in
            let text = MEDLINEWriter.write(items: items)
            let read = MEDLINEReader.read(Data(text.utf8), file: "written.nbib")
            #expect(read.diagnostics.isEmpty)
            #expect(read.items.map(Core.init) == items.map(Core.init))
        }
    }
}
