import Testing
import Evidence

@testable import CiteKit

@Suite("Claims map")
struct ClaimsMapTests {
    @Test("reads claims with subjects and synonyms, and finds a claim by its match text")
    func reads() throws {
        let yaml = """
            claims:
              - id: collagen
                match: "production of collagen"
                subject: [collagen]
                synonyms: [procollagen]
              - id: pain
                match: reduces pain
                subject: [pain]
            """
        let map = try ClaimsMap(yaml: yaml, file: "claims.yaml")
        #expect(map.claims.map(\.id) == ["collagen", "pain"])
        #expect(map.claims[0].synonyms == ["procollagen"])
        #expect(map.claims[1].synonyms == [])
        #expect(map.entry(matching: "It induces the Production of Collagen.")?.id == "collagen")
        #expect(map.entry(matching: "Nothing here.") == nil)
    }

    @Test("a YAML syntax error names the file and line")
    func syntaxError() {
        let yaml = "claims:\n  - id: a\n    match: [unclosed\n"
        #expect {
            try ClaimsMap(yaml: yaml, file: "bundle/claims.yaml")
        } throws: { error in
            guard case .invalidClaimsMap(let file, let line, _, _) = error as? CheckError else { return false }
            return file == "bundle/claims.yaml" && line != nil
        }
    }

    @Test("a missing field says what is expected")
    func missingField() {
        #expect {
            try ClaimsMap(yaml: "claims:\n  - id: a\n", file: "claims.yaml")
        } throws: { error in
            (error as? CheckError)?.description.contains("missing claims.[0].match") == true
        }
    }

    @Test("a wrongly typed field names its path, line and column")
    func wrongType() {
        let yaml = "claims:\n  - id: a\n    match: text\n    subject: {term: x}\n"
        #expect(throws: CheckError.invalidClaimsMap(
            file: "claims.yaml", line: 4, column: 14, reason: "expected claims.[0].subject to be a list of terms")) {
            try ClaimsMap(yaml: yaml, file: "claims.yaml")
        }
    }

    @Test("an entry without an id is reported at the entry's line")
    func missingID() {
        let yaml = "claims:\n  - id: a\n    match: one\n  - match: two\n"
        #expect(throws: CheckError.invalidClaimsMap(file: "claims.yaml", line: 4, column: 5, reason: "missing claims.[1].id")) {
            try ClaimsMap(yaml: yaml, file: "claims.yaml")
        }
    }

    @Test("a file without `claims:` says what is expected")
    func noClaimsKey() {
        #expect(throws: CheckError.invalidClaimsMap(
            file: "claims.yaml", line: 1, column: 1,
            reason: "expected `claims:` with entries of `id`, `match`, `subject`, `synonyms`")) {
            try ClaimsMap(yaml: "claim:\n  - id: a\n", file: "claims.yaml")
        }
    }

    @Test("a lone subject term reads as a one-term list; numbers read as text")
    func scalarsAsTerms() throws {
        let map = try ClaimsMap(yaml: "claims:\n  - id: 12\n    match: m\n    subject: collagen\n    synonyms: [2, b]\n", file: "c.yaml")
        #expect(map.claims == [ClaimSubject(id: "12", match: "m", subject: ["collagen"], synonyms: ["2", "b"])])
    }
}
