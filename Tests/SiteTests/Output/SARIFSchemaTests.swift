import Foundation
import Site
import Testing

/// The SARIF output against the official SARIF 2.1.0 schema, with PyPI's `jsonschema`
/// (`Fixtures/site/validate-sarif.py`); skipped where python3 or jsonschema is missing.
@Suite(.enabled(if: SARIFValidator.isAvailable, "python3 with jsonschema is needed"))
struct SARIFSchemaTests {
    @Test func siteSARIFIsValid() throws {
        let result = try SARIFValidator.validate(SiteFixture.report().sarifData())
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func sarifWithAFailedPageIsValid() throws {
        var report = try SiteFixture.report()
        report.pages.append(PageResult(path: "broken page.md", status: .failed, error: "broken page.md: cannot read"))
        report = SiteReport(pages: report.pages)
        let result = try SARIFValidator.validate(report.sarifData())
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func theValidatorRejectsAnInvalidLog() throws {
        // The schema requires `version` and `runs`; a log with a misspelt level must fail too.
        let bad = #"{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "cite"}}, "results": [{"message": {"text": "m"}, "level": "fatal"}]}]}"#
        let result = try SARIFValidator.validate(Data(bad.utf8))
        #expect(result.status == 1)
        #expect(result.output.contains("fatal"))
    }
}

enum SARIFValidator {
    static let script = SiteFixture.folder.appendingPathComponent("validate-sarif.py")
    static let schema = SiteFixture.folder.appendingPathComponent("sarif-schema-2.1.0.json")

    static let isAvailable: Bool = {
        (try? run(["python3", "-c", "import jsonschema"]).status) == 0
    }()

    static func validate(_ log: Data) throws -> (status: Int32, output: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("site-\(UUID().uuidString).sarif")
        try log.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try run(["python3", script.path, schema.path, file.path])
    }

    private static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
