import Bibliography
import Foundation
import Testing
@testable import PubMed

@Suite("JSON output")
struct JSONWriterTests {
    static func object(_ data: Data) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: data) as? NSDictionary)
    }

    @Test("the fast JSON writer gives the same JSON as JSONEncoder for every fixture record")
    func sameAsJSONEncoder() throws {
        let files = ["eutils-json/efetch.pubmedexample.xml", "biopython/pubmed7.xml", "jcore-base/pubmedsample18n0001.xml.gz",
                     "jabref/MedlineImporterTestBookArticleSet.xml", "reciter/28356292.xml", "biomedquery/efetch_sample.xml"]
        var compared = 0
        for file in files {
            for record in try Fixtures.records(file).prefix(25) {
                let line = try Self.object(Data(PubMedJSON.jsonLine(record)))
                let metadata = try Self.object(try JSONEncoder().encode(record.metadata))
                let item = try Self.object(try JSONEncoder().encode(record.item))
                #expect(line["pubmed"] as? NSDictionary == metadata, "\(file) \(record.reportID)")
                #expect(line.count == item.count + 1)
                for case let key as String in item.allKeys {
                    #expect((line[key] as? NSObject) == (item[key] as? NSObject), "\(file) \(record.reportID) \(key)")
                }
                #expect(try Self.object(Data(PubMedJSON.cslJSON(record.item))) == item)
                compared += 1
            }
        }
        #expect(compared > 40)
    }

    @Test("strings are escaped: quotes, backslashes, control characters; slashes and non-ASCII kept")
    func escaping() throws {
        var writer = JSONWriter()
        writer.beginObject()
        writer.member("t", "a\"b\\c\nd\u{01}e/f é")
        writer.endObject()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "{\"t\":\"a\\\"b\\\\c\\nd\\u0001e/f é\"}")
    }
}
