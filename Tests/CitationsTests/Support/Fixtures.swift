import Foundation
import TestSupport
import Testing
@testable import Citations

/// Locates fixtures and shared data relative to this file.
enum Fixtures {
    static var packageRoot: URL { PackagePaths.root }

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

extension Fixtures {
    /// A page of `prose` followed by a reference list of `references` entries in the given format.
    static func page(prose: String, references: Int, format: PageFormat = .text) -> Document {
        let entries = (1...max(references, 1)).prefix(references).map { number in
            "Author\(number) A. Title of study \(number). J Example. 20\(10 + number);\(number):1-9."
        }
        let source: String
        switch format {
        case .text, .markdown:
            source = prose + "\n\nReferences\n\n" + entries.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n")
        case .html:
            source = "<p>\(prose)</p>\n<h2>References</h2>\n<ol>\n" + entries.map { "<li>\($0)</li>" }.joined(separator: "\n") + "\n</ol>"
        }
        return Document(source: source, format: format, path: "test")
    }

    /// The analysis of `prose` on a page with `references` entries.
    static func analyze(prose: String, references: Int = 9, format: PageFormat = .text) -> CitationAnalysis {
        CitationAnalyzer.analyze(page(prose: prose, references: references, format: format))
    }
}
