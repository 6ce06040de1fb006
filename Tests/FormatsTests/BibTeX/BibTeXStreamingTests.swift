import Bibliography
import Foundation
import Testing
@testable import Formats

/// The reader builds each item as soon as its entry is read; entries that inherit wait for the end
/// of the file, where their parents are read again from the bytes.
@Suite struct BibTeXStreamingTests {
    static let inheritingFile = """
        @string{pub = "First Press"}
        @proceedings{parent, title = {Proceedings of Things}, publisher = pub, year = 2001}
        @string{pub = "Second Press"}
        @inproceedings{child, crossref = {parent}, title = {A Part}, author = {Doe, Jane}}
        @inproceedings{orphan, crossref = {nowhere}, title = {Alone}}
        @book{later, title = {Later}, publisher = pub}
        """

    @Test func aParentReadAgainKeepsTheMacrosInForceWhereItStands() throws {
        let r = BibTeXReader.read(Data(Self.inheritingFile.utf8), file: "t.bib")
        #expect(r.items.map(\.idString) == ["parent", "child", "orphan", "later"])
        let child = try #require(r.items.first { $0.idString == "child" })
        #expect(child.containerTitle == "Proceedings of Things")
        #expect(child.string("publisher") == "First Press")
        #expect(child.issued?.dateParts == [[2001]])
        #expect(child.author.map(\.family) == ["Doe"])
        #expect(r.items.last?.string("publisher") == "Second Press")
        #expect(r.diagnostics.map(\.description) == ["t.bib:5:1: warning: @inproceedings{orphan: crossref 'nowhere' names no entry in this file"])
    }

    @Test func readingFromDiskGivesTheSameItemsAndDiagnosticsAsReadingData() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("streaming-\(UUID().uuidString).bib")
        try Data(Self.inheritingFile.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let fromDisk = try BibTeXReader.read(contentsOf: url)
        let fromData = BibTeXReader.read(Data(Self.inheritingFile.utf8), file: url.lastPathComponent)
        #expect(fromDisk == fromData)
        #expect(fromDisk.items.count == 4)
    }

    @Test func entriesKeepEveryFieldWhileItemsNeedOnlyTheMappedOnes() throws {
        let text = "@article{k, title = {T}, bibdate = {Mon Jan 1}, Title = {Again}}"
        let (entries, _, diagnostics) = BibTeXReader.entries(Data(text.utf8), file: "t.bib")
        #expect(entries.first?.fields.map(\.name) == ["title", "bibdate"])
        #expect(entries.first?["bibdate"] == "Mon Jan 1")
        let r = BibTeXReader.read(Data(text.utf8), file: "t.bib")
        #expect(r.items.first?.title == "T")
        // The repeated field is reported whether or not its text is kept.
        #expect(diagnostics.map(\.message) == ["@article{k: field 'title' is repeated; the first value is kept"])
        #expect(r.diagnostics.map(\.message) == diagnostics.map(\.message))
    }

    @Test func macroAndFieldNamesMatchInAnyCaseBeyondASCII() {
        let r = BibTeXReader.read(Data("""
            @string{Über = {Over}}
            @string{JNL = {Journal}}
            @article{k, JOURNAL = jnl, Title = ÜBER # { and } # über}
            """.utf8), file: "t.bib")
        #expect(r.items.first?.containerTitle == "Journal")
        #expect(r.items.first?.title == "Over and Over")
        #expect(r.diagnostics.isEmpty)
    }
}
