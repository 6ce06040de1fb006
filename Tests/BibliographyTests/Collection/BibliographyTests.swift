import Foundation
import Testing

@testable import Bibliography

@Suite("Bibliography reading")
struct BibliographyReadingTests {
    @Test("reads an array, a single object and JSON Lines")
    func forms() throws {
        let array = try Bibliography(cslJSON: Data(#"[{"id":"a","title":"A"},{"id":"b"}]"#.utf8))
        #expect(array.items.map(\.idString) == ["a", "b"])
        let single = try Bibliography(cslJSON: Data(#"{"id":"a","title":"A"}"#.utf8))
        #expect(single.items.map(\.title) == ["A"])
        let lines = try Bibliography(cslJSON: Data("{\"id\":\"a\"}\n\n{\"id\":\"b\",\"volume\":3}\n".utf8))
        #expect(lines.items.map(\.idString) == ["a", "b"])
        #expect(lines[id: "b"]?.volume == "3")
    }

    @Test("a bad JSON line is reported with the file and line number")
    func badLine() {
        #expect(throws: BibliographyError.self) {
            try Bibliography(cslJSON: Data("{\"id\":\"a\"}\n{\"id\": }\n".utf8), file: "items.jsonl")
        }
        do {
            _ = try Bibliography(cslJSON: Data("{\"id\":\"a\"}\n{\"id\": }\n".utf8), file: "items.jsonl")
        } catch let error as BibliographyError {
            guard case .malformed(let file, let line, _) = error else { return }
            #expect(file == "items.jsonl")
            #expect(line == 2)
            #expect(error.description.hasPrefix("items.jsonl:2: not valid CSL-JSON"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("text that is not JSON is rejected")
    func notJSON() {
        #expect(throws: BibliographyError.malformed(file: "x.json", line: 1, reason: "expected a CSL-JSON array or object")) {
            try Bibliography(cslJSON: Data("hello".utf8), file: "x.json")
        }
    }
}
