import Bibliography
import Foundation
import Testing
import TestSupport

@testable import Formats

/// Inputs the fuzzer found in the CSL-YAML reader, kept as regression tests.
@Suite struct CSLYAMLFuzzRegressionTests {
    /// A `?` complex key holding a list: Yams' constructor force-unwraps every mapping key as a
    /// string and trapped. The reader now refuses non-scalar keys before constructing values.
    @Test func aComplexKeyFromTheFuzzerIsAnErrorWithItsPosition() throws {
        let data = try Data(contentsOf: PackagePaths.fixture("fuzz/csl-yaml/yams-mapping-key-crash.yaml"))
        let result = CSLYAMLReader.read(data, file: "crash.yaml")
        #expect(result.items.isEmpty)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.severity == .error)
        #expect(result.diagnostics.first?.message.contains("mapping key must be a plain name") == true)
    }

    @Test func aListAsAMappingKeyIsNamedAtItsLine() {
        let yaml = "references:\n- id: a\n  title: T\n  ? [x, y]\n  : z\n"
        let result = CSLYAMLReader.read(Data(yaml.utf8), file: "k.yaml")
        #expect(result.items.isEmpty)
        #expect(result.diagnostics.map(\.location.line) == [4])
    }

    @Test func plainKeysStillRead() {
        let result = CSLYAMLReader.read(Data("references:\n- id: a\n  type: book\n  title: T\n".utf8), file: "ok.yaml")
        #expect(result.diagnostics.isEmpty)
        #expect(result.items.map(\.title) == ["T"])
    }
}
