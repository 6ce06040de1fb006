import Foundation
import Testing
import TestSupport
@testable import Formats

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
            for (a, b) in zip(result.items, again.items) where a != b {
                Issue.record("\(url.lastPathComponent): \(a.idString) changes in a round trip")
                break
            }
        }
        print("bib files: \(files.count), items: \(items), files with errors: \(withErrors.count)")
        for line in withErrors { print("  " + line) }
        #expect(items > 5000)
    }
}
