import Foundation
import Testing
@testable import Citations

/// Locates fixtures and shared data relative to this file.
enum Fixtures {
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url = url.deletingLastPathComponent()
        }
        return url
    }()

    static func url(_ relativePath: String) -> URL {
        packageRoot.appendingPathComponent(relativePath)
    }

    /// A page from `Fixtures/pages/`, read as the format its extension names.
    static func page(_ name: String) throws -> Document {
        let url = url("Fixtures/pages/\(name)")
        let source = try String(contentsOf: url, encoding: .utf8)
        let format = try #require(PageFormat(pathExtension: url.pathExtension))
        return Document(source: source, format: format, path: "Fixtures/pages/\(name)")
    }

    /// The bundled example page (`References/prolotherapy/page.txt`).
    static func bundledPage() throws -> Document {
        let source = try String(contentsOf: url("References/prolotherapy/page.txt"), encoding: .utf8)
        return Document(source: source, format: .text, path: "page.txt")
    }

    static func analyze(_ source: String, format: PageFormat = .text) -> CitationAnalysis {
        CitationAnalyzer.analyze(Document(source: source, format: format, path: "test"))
    }
}
