import Foundation
import Testing

@testable import Bibliography

@Suite("Bibliography reading")
struct BibliographyReadingTests {
    /// The error thrown reading `text`, or `nil` when it reads.
    private func readError(_ text: String, file: String = "items.json") -> BibliographyError? {
        do {
            _ = try Bibliography(cslJSON: Data(text.utf8), file: file)
            return nil
        } catch let error as BibliographyError {
            return error
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    /// The line and reason of a malformed-input error.
    private func position(_ error: BibliographyError?) -> (line: Int?, reason: String)? {
        guard case .malformed(_, let line, let reason) = error else { return nil }
        return (line, reason)
    }

    @Test("reads an array, a single object and JSON Lines")
    func forms() throws {
        let array = try Bibliography(cslJSON: Data(#"[{"id":"a","title":"A"},{"id":"b"}]"#.utf8))
        #expect(array.items.map(\.idString) == ["a", "b"])
        let single = try Bibliography(cslJSON: Data(#"{"id":"a","title":"A"}"#.utf8))
        #expect(single.items.map(\.title) == ["A"])
        let lines = try Bibliography(cslJSON: Data("{\"id\":\"a\"}\n\n{\"id\":\"b\",\"volume\":3}\n".utf8))
        #expect(lines.items.map(\.idString) == ["a", "b"])
        #expect(lines[id: "b"]?.volume == "3")
        #expect(try Bibliography(cslJSON: Data(" \n".utf8)).items.isEmpty)
    }

    @Test("a pretty-printed single object spanning lines reads as one item")
    func prettySingle() throws {
        let text = "{\n  \"id\": \"a\",\n  \"title\": \"A {braced} \\\"title\\\"\",\n  \"author\": [\n    {\"family\": \"Kim\"}\n  ]\n}\n"
        let bibliography = try Bibliography(cslJSON: Data(text.utf8))
        #expect(bibliography.items.count == 1)
        #expect(bibliography.items[0].title == "A {braced} \"title\"")
        #expect(bibliography.items[0].author.map(\.family) == ["Kim"])
    }

    @Test("an error on line 5 of a pretty-printed object is reported at line 5, column 3")
    func prettyObjectError() {
        let text = "{\n  \"id\": \"a\",\n  \"page\": [1,\n    2,\n  }\n}\n"
        let error = readError(text)
        #expect(position(error)?.line == 5)
        #expect(position(error)?.reason.hasPrefix("column 3: ") == true)
        #expect(error?.description.hasPrefix("items.json:5: not valid CSL-JSON: column 3: ") == true)
    }

    @Test("a syntax error inside an array is reported at its own line and column")
    func arraySyntaxError() {
        let text = "[\n  {\"id\": \"a\"},\n  {\"id\": \"b\",\n   \"title\": }\n]\n"
        let error = readError(text)
        #expect(position(error)?.line == 4)
        #expect(position(error)?.reason.hasPrefix("column 13: ") == true)
    }

    @Test("an array element that is not an item is reported at its line, with its path")
    func arrayElementNotObject() {
        let text = "[\n  {\"id\": \"a\"},\n  {\"id\": \"b\"},\n    42\n]"
        let error = readError(text)
        #expect(position(error)?.line == 4)
        #expect(position(error)?.reason.hasPrefix("column 5: at [2]: ") == true)
    }

    @Test("an unterminated array is reported where the text ends")
    func unterminated() {
        let error = readError("[\n  {\"id\": \"a\"},\n  {\"id\": \"b\"")
        #expect(position(error)?.line == 3)
        #expect(position(error)?.reason.hasPrefix("column 13: ") == true)
    }

    @Test("columns count characters, not bytes")
    func columnsInCharacters() {
        let error = readError("{\"title\": \"Müller\", x}")
        #expect(position(error)?.line == 1)
        #expect(position(error)?.reason.hasPrefix("column 21: ") == true)
    }

    @Test("a bad JSON line is reported with the file and line number")
    func badLine() {
        let error = readError("{\"id\":\"a\"}\n{\"id\":\"b\"}\n{\"id\": }\n", file: "items.jsonl")
        guard case .malformed(let file, let line, let reason) = error else {
            Issue.record("expected a malformed-input error")
            return
        }
        #expect(file == "items.jsonl")
        #expect(line == 3)
        #expect(reason.hasPrefix("column 8: "))
        #expect(error?.description.hasPrefix("items.jsonl:3: not valid CSL-JSON") == true)
    }

    @Test("text after a single object is read as JSON Lines and the stray line is named")
    func trailingText() {
        let error = readError("{\"id\":\"a\"}\n\nnot json\n")
        #expect(position(error)?.line == 3)
    }

    @Test("a UTF-8 byte-order mark is skipped, and columns on line 1 do not count it")
    func byteOrderMark() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let ok = try Bibliography(cslJSON: Data(bom + Array(#"[{"id":"a"}]"#.utf8)))
        #expect(ok.items.map(\.idString) == ["a"])
        do {
            _ = try Bibliography(cslJSON: Data(bom + Array("[{\"id\": x}]".utf8)), file: "b.json")
            Issue.record("expected an error")
        } catch let error as BibliographyError {
            #expect(position(error)?.line == 1)
            #expect(position(error)?.reason.hasPrefix("column 9: ") == true)
        }
    }

    @Test("text that is not JSON is rejected at its first character")
    func notJSON() {
        #expect(throws: BibliographyError.malformed(file: "x.json", line: 1, reason: "column 1: expected a CSL-JSON array or object")) {
            try Bibliography(cslJSON: Data("hello".utf8), file: "x.json")
        }
        #expect(position(readError("\n\n  hello"))?.line == 3)
        #expect(position(readError("\n\n  hello"))?.reason == "column 3: expected a CSL-JSON array or object")
    }

    @Test("the decoding path of an error prints as dotted text")
    func pathDescription() {
        struct Inner: Decodable { let n: Int }
        struct Outer: Decodable { let list: [Inner] }
        do {
            _ = try JSONDecoder().decode(Outer.self, from: Data(#"{"list":[{"n":1},{"n":"x"}]}"#.utf8))
            Issue.record("expected a decoding error")
        } catch let error as DecodingError {
            #expect(error.pathDescription == "list.[1].n")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
