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

    /// The renderer of a style and locale, parsed once per process: a site's pages share it
    /// (parsing a style and its locale costs more than rendering a page's list).
    /// - Throws: ``CheckError/style(name:reason:)`` when the style cannot be found or read (not remembered).
    public static func shared(style: String, locale: String? = nil) throws -> ReferenceListRenderer {
        let key = style + "\u{0}" + (locale ?? "")
        if let renderer = cache.value(for: key) { return renderer }
        let renderer = try ReferenceListRenderer(style: style, locale: locale)
        cache.set(renderer, for: key)
        return renderer
    }

    private static let cache = RendererCache()

    private final class RendererCache: @unchecked Sendable {
        private let lock = NSLock()
        private var renderers: [String: ReferenceListRenderer] = [:]

        func value(for key: String) -> ReferenceListRenderer? { lock.withLock { renderers[key] } }
        func set(_ renderer: ReferenceListRenderer, for key: String) { lock.withLock { renderers[key] = renderer } }
    }

    /// The bibliography as plain text, one entry a line, in the order given.
    public func render(_ items: [Item], format: CSLOutputFormat = .text) -> String {
        processor.bibliography(items, format: format).joined(separator: "\n")
    }

    /// Each item's entry in `format`, in the order given, without the number a numeric style puts
    /// before it (the page's list keeps its own labels): an item's entry is keyed by its position.
    public func entries(_ items: [Item], format: CSLOutputFormat) -> [String] {
        // Ids by position, so that the style's sort cannot mix the entries up.
        let keyed = items.enumerated().map { index, item in
            var item = item
            item.id = .string("entry-\(index)")
            return item
        }
        let document = processor.render(items: keyed, citations: [], format: format)
        var byID: [String: String] = [:]
        for (id, entry) in zip(document.bibliographyIDs, document.bibliography) {
            byID[id] = Self.withoutNumber(entry, number: document.citationNumbers[id], format: format)
        }
        return keyed.indices.map { byID["entry-\($0)"] ?? "" }
    }

    /// The entry without its leading citation number (`1. `, `[1] `, `(1) `, `1 `), and without the
    /// HTML margin block of a style that aligns the number apart.
    static func withoutNumber(_ entry: String, number: Int?, format: CSLOutputFormat) -> String {
        var body = entry
        let rightOpen = "<div class=\"csl-right-inline\">"
        if format == .html, body.contains("csl-left-margin"), let start = body.range(of: rightOpen),
            let end = body.range(of: "</div>", options: .backwards), start.upperBound <= end.lowerBound
        {
            return String(body[start.upperBound..<end.lowerBound]).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        body = body.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let number else { return body }
        let digits = String(number)
        var rest = Substring(body)
        let opener = rest.first.flatMap { "[(".contains($0) ? $0 : nil }
        if opener != nil { rest = rest.dropFirst() }
        guard rest.hasPrefix(digits) else { return body }
        rest = rest.dropFirst(digits.count)
        if let closer = rest.first, "]).:".contains(closer) {
            rest = rest.dropFirst()
        } else if opener != nil {
            return body
        }
        guard let space = rest.first, space.isWhitespace else { return body }
        return String(rest.drop { $0.isWhitespace })
    }
}
