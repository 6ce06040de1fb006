import Bibliography
import Citations
import Testing

@testable import CiteKit

@Suite("Naming the page's claims")
struct ClaimLinkerTests {
    private func claim(_ text: String, _ citations: [Int]) -> Claim {
        Claim(id: "x", text: text, citations: citations, markers: [], location: .init(line: 1, column: 1))
    }

    private func map(_ yaml: String) throws -> ClaimsMap { try ClaimsMap(yaml: yaml, file: "claims.yaml") }

    @Test("a named claim goes to the first sentence it matches; other sentences get c1, c2 skipping reserved names")
    func uniqueIds() throws {
        let linker = ClaimLinker(map: try map("""
            claims:
              - id: c1
                match: raise collagen
                subject: [collagen]
            """))
        let result = linker.reports(for: [
            claim("Injections raise collagen.", [1]),
            claim("They also raise collagen in tendons.", [2]),
            claim("Pain falls.", [3]),
        ])
        #expect(result.reports.map(\.id) == ["c1", "c2", "c3"])
        #expect(result.reports[0].subject == ["collagen"])
        #expect(result.reports[1].subject == [])
        #expect(result.findings.isEmpty)
    }

    @Test("a named claim the page no longer makes is a missing-claim error")
    func missing() throws {
        let linker = ClaimLinker(map: try map("""
            claims:
              - id: pain
                match: reduces pain
                subject: [pain]
            """))
        let result = linker.reports(for: [claim("Injections raise collagen.", [1])])
        #expect(result.reports.map(\.id) == ["c1"])
        #expect(result.findings.map(\.code) == [.missingClaim])
        #expect(result.findings.first?.severity == .error)
        #expect(result.findings.first?.claim == "pain")
    }

    @Test("the same id twice in the claims map is rejected")
    func duplicateIds() {
        #expect(throws: CheckError.invalidClaimsMap(file: "claims.yaml", line: nil, column: nil, reason: "claim id 'a' is used twice; ids must be unique")) {
            try ClaimsMap(yaml: "claims:\n  - id: a\n    match: x\n  - id: a\n    match: y\n", file: "claims.yaml")
        }
    }
}
