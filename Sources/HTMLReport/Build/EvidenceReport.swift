import CiteKit
import Dispatch
import Foundation
import Mustache
import Site

/// The static HTML evidence report of a site: `index.html` with every page's counts, and one file
/// per checked page with its claims, references, differences from the records, findings and source.
///
/// Self-contained (inline CSS, no script, no external resource), deterministic (same input, same
/// bytes), and readable from `file://`.
public struct EvidenceReport: Sendable {
    /// The generator named in every file; ``ReportWriter`` recognises a previous report by it.
    public static let generator = "CiteKit cite report"

    /// The pages, in the order given (the site checker's: sorted by path).
    public var pages: [ReportPage]
    /// Title, label and the optional time.
    public var options: ReportOptions

    /// A report of pages.
    public init(pages: [ReportPage], options: ReportOptions = ReportOptions()) {
        self.pages = pages
        self.options = options
    }

    /// Every file of the report, `index.html` first, then the pages' files in page order.
    /// - Throws: ``ReportError/template(name:)`` if a template fails to parse or render.
    public func files() throws -> [ReportFile] {
        let library: MustacheLibrary
        do {
            library = try TemplateLibrary.load()
        } catch {
            throw ReportError.template(name: String(describing: error))
        }
        guard let stylesheet = library.render(Palette.standard, withTemplate: "stylesheet") else { throw ReportError.template(name: "stylesheet") }
        let shared = PageViewBuilder.SharedParts(generator: EvidenceReport.generator, generatedAt: options.generatedAt, stylesheet: stylesheet)
        let checked = pages.filter { $0.result.status == .checked && $0.result.report != nil }
        let paths = OutputPaths(pagePaths: checked.map(\.result.path))

        // Pages render in parallel (each is independent); the files keep page order.
        let rendered = ResultSlots<ReportFile>(count: checked.count)
        DispatchQueue.concurrentPerform(iterations: checked.count) { index in
            let page = checked[index]
            guard let report = page.result.report, let file = paths.files[page.result.path] else { return }
            let view = PageViewBuilder(report: report, silenced: page.result.silenced.count, source: page.source,
                                       path: page.result.path, indexHref: OutputPaths.indexHref(fromFile: file), shared: shared).build()
            rendered[index] = library.render(view, withTemplate: "page").map { ReportFile(path: file, contents: $0) }
        }
        var pageFiles: [ReportFile] = []
        var rows: [IndexView.Row] = []
        var totals = PageCounts()
        for (index, page) in checked.enumerated() {
            guard let report = page.result.report else { continue }
            guard let file = rendered[index] else { throw ReportError.template(name: "page") }
            pageFiles.append(file)
            let counts = PageCounts(report: report, silenced: page.result.silenced.count)
            totals = totals + counts
            rows.append(IndexView.Row(path: page.result.path, href: OutputPaths.href(toFile: file.path), hasRetracted: counts.retracted > 0, cells: counts.cells))
        }
        let unchecked = pages.filter { $0.result.status != .checked || $0.result.report == nil }.map { page in
            IndexView.Unchecked(path: page.result.path, reason: page.result.status == .skipped
                ? "skipped: no numbered reference list"
                : "could not be read: " + (page.result.error ?? "unknown reason"))
        }
        let index = IndexView(
            generator: EvidenceReport.generator, generatedAt: options.generatedAt,
            documentTitle: options.title, stylesheet: stylesheet, title: options.title, siteLabel: options.siteLabel,
            checkedCount: rows.count, totals: totals, columns: PageCounts.columns, columnCount: PageCounts.columns.count + 1,
            pages: rows, hasPages: !rows.isEmpty, totalCells: totals.cells,
            unchecked: unchecked, hasUnchecked: !unchecked.isEmpty, uncheckedCount: unchecked.count)
        guard let indexHTML = library.render(index, withTemplate: "index") else { throw ReportError.template(name: "index") }
        return [ReportFile(path: "index.html", contents: indexHTML)] + pageFiles
    }
}
