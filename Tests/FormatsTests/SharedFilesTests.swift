import Foundation
import Testing
import TestSupport
@testable import Formats
import Bibliography

/// Reads every real file in `../shared/formats` (skipped when absent).
@Suite struct SharedFilesTests {
    static func files(_ exts: Set<String>) -> [URL] {
        guard let shared = PackagePaths.shared else { return [] }
        let root = shared.appendingPathComponent("formats")
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { exts.contains($0.pathExtension.lowercased()) }.sorted { $0.path < $1.path }
    }

    @Test func everyBibFileReadsAndRoundTrips() throws {
        let files = Self.files(["bib"])
        guard !files.isEmpty else { return }
        var items = 0
        var withErrors: [String] = []
        for url in files {
            let data = try Data(contentsOf: url)
            let result = BibTeXReader.read(data, file: url.path)
            items += result.items.count
            if !result.errors.isEmpty { withErrors.append("\(result.errors.count) \(result.errors[0])") }
            // Round trip: written and read again, the items are the same.
            let written = BibTeXWriter.write(result.items)
            let again = BibTeXReader.read(Data(written.utf8), file: "written.bib")
            #expect(again.errors.isEmpty, "\(url.lastPathComponent): \(again.errors.first.map(String.init(describing:)) ?? "")")
            #expect(again.items.count == result.items.count, "\(url.lastPathComponent)")
            // Duplicate keys in the source are made unique by the writer, so ids are compared only without them.
            let duplicateKeys = result.diagnostics.contains { $0.message.hasPrefix("duplicate citation key") || $0.message.hasSuffix("has no citation key") }
            for (a, b) in zip(result.items, again.items) where duplicateKeys ? a.withID("") != b.withID("") : a != b {
                Issue.record("\(url.lastPathComponent): \(a.idString) changes in a round trip")
                break
            }
        }
        print("bib files: \(files.count), items: \(items), files with errors: \(withErrors.count)")
        // Two shared files hold entries that are broken (an unclosed brace, mismatched delimiters).
        #expect(withErrors.count == 2)
        for line in withErrors { print("  " + line) }
        #expect(items > 5000)
    }
}

extension SharedFilesTests {
    @Test func everyCSLYAMLFileReadsAndRoundTrips() throws {
        let files = Self.files(["yml", "yaml"])
        guard !files.isEmpty else { return }
        var items = 0
        for url in files {
            let result = CSLYAMLReader.read(try Data(contentsOf: url), file: url.lastPathComponent)
            #expect(result.errors.isEmpty, "\(result.errors.first.map(String.init(describing:)) ?? "")")
            items += result.items.count
            let again = CSLYAMLReader.read(Data(try CSLYAMLWriter.write(result.items).utf8), file: "w.yaml")
            #expect(again.items == result.items, "\(url.lastPathComponent)")
        }
        print("csl-yaml files: \(files.count), items: \(items)")
        #expect(items > 10)
    }

    @Test func everyRISFileReadsAndRoundTrips() throws {
        let files = Self.files(["ris"])
        guard !files.isEmpty else { return }
        var items = 0
        for url in files {
            let result = RISReader.read(try Data(contentsOf: url), file: url.path)
            items += result.items.count
            let again = RISReader.read(Data(RISWriter.write(result.items).utf8), file: "written.ris")
            #expect(again.items.count == result.items.count, "\(url.lastPathComponent)")
            for (a, b) in zip(result.items, again.items) where a != b {
                Issue.record("\(url.lastPathComponent): \(a.idString) changes in a round trip: \(a) -> \(b)")
                break
            }
        }
        print("ris files: \(files.count), items: \(items)")
        #expect(items > 30)
    }

    @Test(.disabled(if: ProcessInfo.processInfo.environment["FORMATS_DEBUG"] == nil)) func debugRoundTrip() throws {
        for url in Self.files(["bib"]) {
            let result = BibTeXReader.read(try Data(contentsOf: url), file: url.path)
            let written = BibTeXWriter.write(result.items)
            let again = BibTeXReader.read(Data(written.utf8), file: "written.bib")
            for (a, b) in zip(result.items, again.items) where a.withID("") != b.withID("") {
                for key in Set(a.fields.keys).union(b.fields.keys).sorted() where a.fields[key] != b.fields[key] {
                    print("\(url.lastPathComponent) \(a.idString) \(key): \(String(describing: a.fields[key])) -> \(String(describing: b.fields[key]))")
                }
                for key in Set(a.names.keys).union(b.names.keys).sorted() where a.names[key] != b.names[key] {
                    print("\(url.lastPathComponent) \(a.idString) \(key): \(String(describing: a.names[key])) -> \(String(describing: b.names[key]))")
                }
                for key in Set(a.dates.keys).union(b.dates.keys).sorted() where a.dates[key] != b.dates[key] {
                    print("\(url.lastPathComponent) \(a.idString) \(key): \(String(describing: a.dates[key])) -> \(String(describing: b.dates[key]))")
                }
                if a.id != b.id || a.type != b.type { print("\(a.id) \(a.type) -> \(b.id) \(b.type)") }
                break
            }
        }
    }
}

/// The properties of two records that differ, for messages.
func differences(_ a: Record, _ b: Record) -> String {
    var out: [String] = []
    for (x, y) in zip(Mirror(reflecting: a.metadata).children, Mirror(reflecting: b.metadata).children)
    where String(describing: x.value) != String(describing: y.value) {
        out.append("\(x.label ?? ""): \(x.value) -> \(y.value)")
    }
    for key in Set(a.item.fields.keys).union(b.item.fields.keys).sorted() where a.item.fields[key] != b.item.fields[key] {
        out.append("\(key): \(String(describing: a.item.fields[key])) -> \(String(describing: b.item.fields[key]))")
    }
    if a.item.names != b.item.names { out.append("names: \(a.item.names) -> \(b.item.names)") }
    if a.item.dates != b.item.dates { out.append("dates: \(a.item.dates) -> \(b.item.dates)") }
    return out.joined(separator: "; ")
}

extension Item {
    func withID(_ id: String) -> Item {
        var copy = self
        copy.id = .string(id)
        return copy
    }
}

extension SharedFilesTests {
    /// Every MEDLINE file in `../shared/formats/nbib` (PubMed exports and the test files of the
    /// `nbib` package, JabRef and pybtexnbib) reads without an error and round trips exactly.
    @Test func everyMEDLINEFileReadsAndRoundTrips() throws {
        let files = Self.files(["nbib", "txt"]).filter { $0.path.contains("/nbib/") }
        guard !files.isEmpty else { return }
        var records = 0
        var withErrors: [String] = []
        for url in files {
            let result = MEDLINEReader.readRecords(try Data(contentsOf: url), file: url.lastPathComponent)
            if !result.errors.isEmpty { withErrors.append(url.lastPathComponent) }
            for warning in result.diagnostics { print("  \(warning)") }
            records += result.records.count
            let again = MEDLINEReader.readRecords(Data(MEDLINEWriter.write(result.records).utf8), file: "written.nbib")
            #expect(again.diagnostics.isEmpty, "\(url.lastPathComponent): \(again.diagnostics.first.map(String.init(describing:)) ?? "")")
            #expect(again.records.count == result.records.count, "\(url.lastPathComponent)")
            for (a, b) in zip(result.records, again.records) where a != b {
                Issue.record("\(url.lastPathComponent): \(a.reportID) changes in a round trip: \(differences(a, b))")
                break
            }
        }
        print("nbib files: \(files.count), records: \(records)")
        #expect(records > 80)
        // JabRef's test file of lines that are not fields (`SO  invalid line`) is the one invalid file.
        #expect(withErrors == ["MedlinePlainImporterStringOutOfBounds.txt"])
    }
}

extension SharedFilesTests {
    /// Every EndNote XML file in `../shared/formats/endnote-xml` reads without an error, each record with a title.
    @Test func everyEndNoteXMLFileReads() throws {
        let files = Self.files(["xml"]).filter { $0.path.contains("/endnote-xml/") }
        guard !files.isEmpty else { return }
        var items = 0
        for url in files {
            let result = EndNoteXMLReader.read(try Data(contentsOf: url), file: url.lastPathComponent)
            #expect(result.errors.isEmpty, "\(result.errors.first.map(String.init(describing:)) ?? "")")
            #expect(result.items.allSatisfy { $0.title != nil && $0.type != .document }, "\(url.lastPathComponent)")
            items += result.items.count
        }
        print("endnote files: \(files.count), items: \(items)")
        #expect(items >= 9)
    }
}
