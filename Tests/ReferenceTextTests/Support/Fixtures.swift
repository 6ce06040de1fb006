import Foundation

/// Locates `Fixtures/references/` by walking up from this file to the package root.
enum Fixtures {
    static var packageRoot: URL {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url = url.deletingLastPathComponent()
        }
        return url
    }

    static func lines(_ name: String) throws -> [String] {
        let url = packageRoot.appendingPathComponent("Fixtures/references").appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").map(String.init)
    }
}
