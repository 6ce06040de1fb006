import Bibliography
import Foundation
import PubMed
import Testing

@testable import Library

@Suite("Library: metadata JSON")
struct MetadataJSONTests {
    @Test("the fast metadata JSON decodes to the same metadata, and is what JSONEncoder writes with sorted keys")
    func sameAsCodable() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var count = 0
        for file in TestLibrary.smallFiles + [TestLibrary.medline] {
            for record in try PubMedReader.records(contentsOf: file) {
                let fast = try MetadataJSON.encode(record.metadata)
                #expect(try JSONDecoder().decode(RecordMetadata.self, from: fast) == record.metadata)
                let reference = try encoder.encode(record.metadata)
                #expect(try JSONSerialization.jsonObject(with: fast) as? NSDictionary == JSONSerialization.jsonObject(with: reference) as? NSDictionary)
                count += 1
            }
        }
        #expect(count > 600)
    }
}
