import Foundation
import Testing

/// `cite check` over a site folder: the formats, the exit status, the cache.
@Suite struct SiteCheckCommandTests {
    @Test("a site folder is checked whole; exit 1 on errors, and the cache gives the same output warm")
    func siteFolder() throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("cite-site-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: CLIProcess.packageRoot.appendingPathComponent("Fixtures/site/pages"), to: site)
        defer { try? FileManager.default.removeItem(at: site) }
        let cold = try CLIProcess.run(["check", site.path, "--format", "github"])
        #expect(cold.status == 1)
        #expect(cold.stdout.split(separator: "\n").last
            == "5 pages: 3 checked, 2 skipped (no numbered reference list), 0 unreadable; 3 errors, 4 warnings, 1 info; 1 silenced")
        #expect(cold.stdout.contains("::error file=\(site.path)/index.md,line=13,col=92,title=unresolved-marker::"))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(".citekit/cache").path))
        let warm = try CLIProcess.run(["check", site.path, "--format", "github"])
        #expect(warm.stdout == cold.stdout && warm.status == 1)
        // Command-line options win over citekit.yaml.
        let never = try CLIProcess.run(["check", site.path, "--fail-on", "never", "--no-cache"])
        #expect(never.status == 0)
    }

    @Test("a single page takes --format sarif and github too")
    func singlePageSARIF() throws {
        let result = try CLIProcess.run(["check", "Fixtures/cli/unresolved.md", "--format", "github"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("::error file=Fixtures/cli/unresolved.md,line=4,col=92,title=unresolved-marker::"))
        let sarif = try CLIProcess.run(["check", "Fixtures/cli/unresolved.md", "--format", "sarif"])
        let log = try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any]
        #expect(log?["version"] as? String == "2.1.0")
    }

    @Test("a path that names nothing exits 2 naming it")
    func missing() throws {
        let result = try CLIProcess.run(["check", "Fixtures/site/pages", "Fixtures/site/nowhere/**/*.md"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Fixtures/site/nowhere/**/*.md: no such file or folder, and no page matches it as a glob"))
    }
}
