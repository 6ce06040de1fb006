import Bibliography
import Foundation
import Testing

@testable import Evidence

@Suite("Claims files for ranking")
struct ClaimQueryTests {
    @Test("reads one claim a line, ids as written, blank lines skipped")
    func reads() throws {
        let data = Data("{\"id\": 7, \"claim\": \"Dextrose raises collagen.\"}\n\n{\"id\": \"c2\", \"claim\": \"B\"}\n".utf8)
        let claims = try ClaimQuery.readJSONLines(data, file: "claims.jsonl")
        #expect(claims == [ClaimQuery(id: .int(7), claim: "Dextrose raises collagen."), ClaimQuery(id: .string("c2"), claim: "B")])
    }

    @Test("a bad line is reported with the file and its line number")
    func badLine() {
        let data = Data("{\"id\": 1, \"claim\": \"A\"}\n{\"id\": 2}\n".utf8)
        #expect(throws: ClaimQueryError.malformed(file: "claims.jsonl", line: 2, reason: "expected {\"id\": ..., \"claim\": \"...\"}")) {
            try ClaimQuery.readJSONLines(data, file: "claims.jsonl")
        }
    }
}
