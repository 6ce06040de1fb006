import Bibliography
import Foundation
import Testing
@testable import CSL

@Suite("Fast CSL-JSON reader")
struct FastCSLJSONTests {
    @Test("a lone high surrogate becomes U+FFFD and deep nesting falls back instead of recursing")
    func hostileJSON() throws {
        let lone = Data(#"[{"id":"a","type":"book","title":"x\uD800\u0041y"}]"#.utf8)
        #expect(try FastCSLJSON.items(from: lone, file: "a.json").first?.title == "x\u{FFFD}Ay")
        let deep = Data(("[{\"id\":\"a\",\"type\":\"book\",\"note\":" + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}]").utf8)
        #expect(throws: (any Error).self) { try FastCSLJSON.items(from: deep, file: "deep.json") }
    }

    @Test("reads the same items as the Codable reader")
    func sameAsCodable() throws {
        let data = try Data(contentsOf: Support.root.appendingPathComponent("Fixtures/csl/items.json"))
        let fast = try FastCSLJSON.items(from: data, file: "items.json")
        let slow = try Bibliography(cslJSON: data, file: "items.json").items
        #expect(fast == slow)
    }

    @Test("escapes, unicode, numbers and string date parts")
    func details() throws {
        let json = #"[{"id":7,"type":"book","title":"A \"q\" \u00e9\ud83d\ude00\n","author":[{"family":"Doe","given":"J","static-ordering":false}],"issued":{"date-parts":[["2000","5"]],"circa":true},"volume":1.5,"note":null}]"#
        let data = Data(json.utf8)
        let fast = try FastCSLJSON.items(from: data, file: "x.json")
        let slow = try Bibliography(cslJSON: data, file: "x.json").items
        #expect(fast == slow)
        #expect(fast.first?.title == "A \"q\" é😀\n")
        #expect(fast.first?.issued?.dateParts == [[2000, 5]])
    }

    @Test("malformed input is reported with the file name")
    func malformed() {
        #expect(throws: BibliographyError.self) { try FastCSLJSON.items(from: Data("[{\"id\": }]".utf8), file: "bad.json") }
    }
}
