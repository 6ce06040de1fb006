import Foundation
import TestSupport

/// Paths of the package's test inputs.
enum Fixtures {
    /// The package root, found from this file's location.
    static var packageRoot: URL { PackagePaths.root }

    static func url(_ relative: String) -> URL { PackagePaths.fixture(relative) }

    static func data(_ relative: String) throws -> Data { try Data(contentsOf: url(relative)) }

    /// `../shared` beside the checkout, when present.
    static var shared: URL? { PackagePaths.shared }
}
