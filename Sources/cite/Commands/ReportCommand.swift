import ArgumentParser
import Citations
import CiteKit
import Foundation
import HTMLReport
import Site

/// `cite report PATH... --out DIR`: the static HTML evidence report of a page, a bundle or a site.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a static HTML evidence report of a page, an article bundle or a whole site.",
        discussion: """
            Checks PATH as `cite check` does (a page, an article bundle folder, or a site: folders, pages \
            and globs, with the nearest citekit.yaml) and writes DIR/index.html, listing every page with its \
            counts, and one file per page with its claims, each claim's references with study-design and \
            evidence-level badges, the differences between each reference and its record, retractions and \
            errata, and the findings linked to the page's lines. The files are self-contained (no script, \
            font or stylesheet from elsewhere) and open from disk. DIR is replaced whole and at once; a \
            folder that is not a previous report is refused. Exit status: 0 written, 2 bad usage, \
            unreadable input, or a page that could not be read (the report still lists it).
            """
    )

    @Argument(help: "A page file, an article bundle folder, or a site: folders, pages and globs.")
    var paths: [String]

    @Option(help: "The folder to write the report into (created or replaced).")
    var out: String

    @Option(help: "Heading of the report's index page.")
    var title = "Evidence report"

    @Option(name: .customLong("input-format"), help: "Page format of a single page (text, html, markdown); inferred from the extension by default.")
    var inputFormat: PageFormat?

    @Option(help: "CSL style of the corrected reference lists (default: the site's, else vancouver).")
    var style: String?

    @Option(help: "Locale of the reference lists (default: the style's).")
    var locale: String?

    @Option(name: .customLong("library"), help: "The record library (default: $CITEKIT_LIBRARY, else the user data folder).")
    var libraryPath: String?

    @Flag(name: .customLong("no-cache"), help: "Check every page of a site again instead of reusing unchanged results.")
    var noCache = false

    @Flag(help: "Print the time of writing in the footer (by default the output is the same on every run).")
    var timestamp = false

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("name a page, an article bundle or a site folder") }
    }

    func run() throws {
        let pages: [ReportPage]
        do {
            pages = try SiteInput.isSinglePage(paths) ? [singlePage(paths[0])] : sitePages()
        } catch let error as SiteError {
            throw CommandError(error.description)
        } catch let error as CheckError {
            throw CommandError(error.description)
        }
        let options = ReportOptions(title: title, siteLabel: paths.joined(separator: " "),
                                    generatedAt: timestamp ? ISO8601DateFormatter().string(from: Date()) : nil)
        let folder = URL(fileURLWithPath: out)
        do {
            let files = try EvidenceReport(pages: pages, options: options).files()
            try ReportWriter(folder: folder).write(files)
            let checked = pages.filter { $0.result.status == .checked }.count
            Terminal.write("\(folder.appendingPathComponent("index.html").path): \(checked) page\(checked == 1 ? "" : "s") reported, \(files.count) files\n")
        } catch let error as ReportError {
            throw CommandError(error.description)
        }
        let failed = pages.filter { $0.result.status == .failed }
        for page in failed { Terminal.error("\(page.result.path): \(page.result.error ?? "could not be read")") }
        if !failed.isEmpty { throw ExitCode(2) }
    }

    private func singlePage(_ path: String) throws -> ReportPage {
        let checker = Checker(options: CheckOptions(inputFormat: inputFormat, style: style ?? "vancouver", locale: locale, library: try SiteInput.existingLibrary(libraryPath)))
        let bundle = try ArticleBundle.load(path: path, format: inputFormat)
        let report = try checker.check(bundle)
        return ReportPage(result: PageResult(path: report.document, status: .checked, report: report), source: bundle.pageSource)
    }

    private func sitePages() throws -> [ReportPage] {
        guard inputFormat == nil else { throw ValidationError("--input-format takes one page; a site's pages are read by their extensions") }
        let configuration = try SiteInput.configuration(for: paths, style: style, locale: locale)
        // A report written inside the site is not part of it (its files would otherwise be read as pages).
        let outFolder = URL(fileURLWithPath: out).standardizedFileURL.path + "/"
        let sitePages = try PageDiscovery.pages(paths, configuration: configuration)
            .filter { !$0.url.standardizedFileURL.path.hasPrefix(outFolder) }
        let cache = noCache ? nil : CheckCache(folder: CheckCache.defaultFolder(for: configuration))
        let report = try SiteChecker(configuration: configuration, library: try SiteInput.existingLibrary(libraryPath, configuration: configuration), cache: cache).check(sitePages)
        let urls = Dictionary(sitePages.map { ($0.path, $0.url) }, uniquingKeysWith: { first, _ in first })
        return report.pages.map { result in
            ReportPage(result: result, source: urls[result.path].flatMap { try? String(contentsOf: $0, encoding: .utf8) })
        }
    }
}
