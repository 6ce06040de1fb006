import Bibliography
import Foundation
import Testing

@testable import CiteKit

@Suite("Reference diagnostics point at the source text")
struct DiagnosticPlacementTests {
    /// `line:column` of the first hyphenation finding.
    private func hyphenationLocation(_ path: String) throws -> String? {
        let report = try Checker().check(path: path)
        return report.findings(.hyphenationArtifact).first?.location?.description
    }

    @Test("a diagnostic in a wrapped entry points at its own line and column")
    func wrapped() throws {
        let location = try hyphenationLocation(Fixtures.url("cli/wrapped-reference.txt").path)
        // The broken word `concentra- tion` starts at line 3, column 40 of the page.
        #expect(location == "3:40")
    }

    @Test("CRLF line ends do not shift the columns")
    func crlf() throws {
        let text = try String(contentsOf: Fixtures.url("cli/wrapped-reference.txt"), encoding: .utf8)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("citekit-crlf-\(UUID().uuidString).txt")
        try Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try hyphenationLocation(url.path) == "3:40")
    }
}
