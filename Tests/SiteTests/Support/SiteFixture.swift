import Foundation
import Site
import TestSupport

/// The fixture site (`Fixtures/site/pages`), checked as `cite check pages` would from `Fixtures/site`.
enum SiteFixture {
    static let folder = PackagePaths.fixture("site")
    static let root = folder.appendingPathComponent("pages")

    static func configuration() throws -> SiteConfiguration {
        try SiteConfiguration.find(for: root)
    }

    static func pages(_ inputs: [String] = ["pages"]) throws -> [SitePage] {
        try PageDiscovery.pages(inputs, configuration: configuration(), workingDirectory: folder)
    }

    static func report(cache: CheckCache? = nil) throws -> SiteReport {
        try SiteChecker(configuration: configuration(), cache: cache).check(pages())
    }

    static func expected(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent("expected").appendingPathComponent(name), encoding: .utf8)
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("site-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Copies the fixture site into a temporary folder (for tests that change pages).
    static func copy() throws -> URL {
        let folder = try temporaryFolder()
        try FileManager.default.copyItem(at: root, to: folder.appendingPathComponent("pages"))
        return folder
    }
}
