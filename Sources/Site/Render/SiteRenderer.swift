import CiteKit
import Dispatch
import Foundation
import Library

/// `cite render`: writes each page's corrected reference list back into the page (or into a copy
/// under another folder), in parallel, with one record library shared by all pages.
public struct SiteRenderer: Sendable {
    /// The site's configuration (command-line options already applied): style, locale, root.
    public var configuration: SiteConfiguration
    /// The record library the references are matched against.
    public var library: RecordLibrary?
    /// Where copies go (same paths relative to the configuration root); `nil` rewrites the pages in place.
    public var output: URL?

    /// A renderer for a site.
    public init(configuration: SiteConfiguration, library: RecordLibrary? = nil, output: URL? = nil) {
        self.configuration = configuration
        self.library = library
        self.output = output
    }

    /// Renders the pages; the results are sorted by path. A page is written only when its bytes
    /// change (in place) or always (copies); every write goes to a temporary file renamed into place.
    /// - Throws: ``CheckError/style(name:reason:)`` when the configured style cannot be read (before any page).
    public func render(_ pages: [SitePage]) throws -> [PageRendering] {
        let renderer = try ReferenceListRenderer.shared(style: configuration.resolvedStyle, locale: configuration.locale)
        let checker = Checker(options: CheckOptions(style: configuration.resolvedStyle, locale: configuration.locale, library: library))
        let pageRenderer = PageRenderer(checker: checker, renderer: renderer)
        let results = ResultSlots<PageRendering>(count: pages.count)
        DispatchQueue.concurrentPerform(iterations: pages.count) { index in
            results[index] = render(pages[index], with: pageRenderer)
        }
        return results.values.sorted { $0.path < $1.path }
    }

    private func render(_ page: SitePage, with renderer: PageRenderer) -> PageRendering {
        do {
            let original = try Data(contentsOf: page.url)
            let (bytes, unmatched) = try renderer.render(page)
            let status: PageRendering.Status = bytes == nil ? .skipped : (bytes == original ? .unchanged : .rendered)
            let destination = output.map { $0.appendingPathComponent(page.relativePath) }
            var written: URL?
            if let destination {
                try write(bytes ?? original, to: destination, page: page)
                written = destination
            } else if status == .rendered, let bytes {
                try write(bytes, to: page.url, page: page)
                written = page.url
            }
            return PageRendering(path: page.path, status: status, unmatched: unmatched, written: written)
        } catch {
            return PageRendering(path: page.path, status: .failed, error: String(describing: error))
        }
    }

    /// Writes through a temporary file in the same folder, renamed over the destination.
    private func write(_ bytes: Data, to url: URL, page: SitePage) throws {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: url, options: .atomic)
        } catch {
            throw SiteError.unwritable(path: url.path, reason: (error as NSError).localizedDescription)
        }
    }
}
