import Testing

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
}
