import Foundation
import TestSupport

/// Locates `Fixtures/references/` by walking up from this file to the package root.
enum Fixtures {
    static var packageRoot: URL { PackagePaths.root }

    static func lines(_ name: String) throws -> [String] {
        let url = packageRoot.appendingPathComponent("Fixtures/references").appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").map(String.init)
    }
}
