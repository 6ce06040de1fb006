import Bibliography
import Foundation
import Testing

@testable import Library

@Suite("Library: export")
struct ExportTests {
    @Test("JSON Lines export imported into a new library gives the same records")
    func roundTrip() throws {
        try TestLibrary.withLibrary { (library: RecordLibrary, folder: URL) throws in
            for file in TestLibrary.smallFiles { _ = try library.importFile(file) }
            try library.add([TestLibrary.article(doi: "10.1000/xyz", title: "A <i>Staphylococcus</i> study", revised: [2022, 2, 2])])
            let original = try TestLibrary.all(library)
            let out = folder.appendingPathComponent("export.jsonl")
            #expect(try library.export(format: .jsonl, to: out) == original.count)

            let copy = try RecordLibrary(path: folder.appendingPathComponent("copy.sqlite").path)
            #expect(try copy.importFile(out) == ImportSummary(added: original.count))
            let copied = try TestLibrary.all(copy)
            #expect(copied.map(\.id) == original.map(\.id))
            #expect(copied.map(\.record) == original.map(\.record))
            #expect(copied.map(\.revised) == original.map(\.revised))
            // Importing the export into the library it came from changes nothing.
            #expect(try library.importFile(out) == ImportSummary(unchanged: original.count))
            // Nothing is left beside the output.
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().filter { $0.hasPrefix(".") }.isEmpty)
        }
    }

    @Test("CSL-JSON export is an array of the items in key order")
    func cslJSON() throws {
        try TestLibrary.withLibrary { (library: RecordLibrary, folder: URL) throws in
            _ = try library.importFile(TestLibrary.efetchSample)
            let out = folder.appendingPathComponent("export.json")
            #expect(try library.export(format: .cslJSON, to: out) == 10)
            let items = try Bibliography(cslJSON: Data(contentsOf: out)).items
            #expect(items == (try TestLibrary.all(library)).map(\.record.item))
            #expect(items.map { "pmid:" + ($0.pmid ?? "") } == (try TestLibrary.all(library)).compactMap(\.id))
        }
    }

    @Test("an export into a missing folder fails naming the output and leaves nothing")
    func missingFolder() throws {
        try TestLibrary.withLibrary { (library: RecordLibrary, folder: URL) throws in
            let out = folder.appendingPathComponent("missing/export.json")
            let error = #expect(throws: LibraryError.self) { try library.export(format: .cslJSON, to: out) }
            guard case .unwritable(let file, _)? = error else {
                Issue.record("expected unwritable, got \(String(describing: error))")
                return
            }
            #expect(file == out.relativePath)
        }
    }
}
