import Bibliography
import CSL
import Foundation

/// Renders a page's reference list with a CSL style, numbered in list order.
public struct ReferenceListRenderer: Sendable {
    private let processor: CSLProcessor

    /// - Parameters:
    ///   - style: a bundled style name (`vancouver`, `apa`, ...) or a path to a `.csl` file.
    ///   - locale: a locale tag; the style's default locale when `nil`.
    /// - Throws: ``CheckError/style(name:reason:)`` when the style cannot be found or read.
    public init(style: String, locale: String? = nil) throws {
        do {
            let url = try StyleLibrary.resolve(nameOrPath: style)
            processor = try CSLProcessor(style: CSLStyle(contentsOf: url), locales: StyleLibrary.defaultLocaleStore(), locale: locale)
        } catch {
            throw CheckError.style(name: style, reason: String(describing: error))
        }
    }

    /// The bibliography as plain text, one entry a line, in the order given.
    public func render(_ items: [Item], format: CSLOutputFormat = .text) -> String {
        processor.bibliography(items, format: format).joined(separator: "\n")
    }
}
