import Testing
import Foundation
import Bibliography
@testable import csl_conformance

/// Conventions of citeproc-js's test runner that the conformance runner reproduces.
@Suite("Conformance runner conventions")
struct FixtureRunnerTests {
    @Test("items with the same id: one item, in the place of the first, with the last one's data (the runner keys items by id)")
    func duplicateIDs() throws {
        let json = #"[{"id":"A","title":"first"},{"id":"B","title":"other"},{"id":"A","title":"second"}]"#
        let items = try Bibliography(cslJSON: Data(json.utf8), file: "test.json").items
        let unique = Fixture.uniqueByID(items)
        #expect(unique.map(\.idString) == ["A", "B"])
        #expect(unique.first?.string("title") == "second")
    }
}
