import ArgumentParser
import Bibliography
import Citations
import CiteKit
import Foundation
import Resolve
import Site

/// `cite check PATH`: checks a page or article bundle and reports its findings.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a page's or a whole site's citations, references, records and evidence.",
        discussion: """
            PATH is a page (.txt, .html, .md) or an article bundle folder holding page.*, record \
            files (PubMed XML, CSL-JSON) and an optional claims.yaml. Any other folder, several paths, or \
            globs are a site: every .md, .markdown, .html, .htm and .txt page under it is checked in \
            parallel, with the settings of the nearest citekit.yaml (command-line options win), Markdown \
            front matter (claims:, records:) and <!-- cite-ignore CODE --> comments; pages without a \
            numbered reference list are skipped and counted. Results are cached in .citekit/cache under \
            the site root (--no-cache to turn it off). Exit status: 0 clean, 1 findings \
            at or above --fail-on, 2 bad usage or unreadable input. Records also come from the local \
            library; --resolve first looks up what it lacks (PubMed, then Crossref) and stores it there. \
            Without --resolve no request is ever sent.
            """
    )

    @Argument(help: "A page file, an article bundle folder, or a site: folders, pages and globs.")
    var paths: [String]

    @Option(help: "Output format: text, json, sarif (SARIF 2.1.0) or github (GitHub Actions annotations).")
    var format: CheckFormat = .text

    @Option(name: .customLong("fail-on"), help: "Lowest severity that makes the exit status 1: error (default), warning, info or never.")
    var failOn: FailLevel?

    @Option(name: .customLong("input-format"), help: "Page format (text, html, markdown); inferred from the extension by default.")
    var inputFormat: PageFormat?

    @Option(help: "CSL style of the reference list: a bundled name (vancouver, nlm-citation-sequence, american-medical-association, apa, ieee, ...) or a .csl path (default: vancouver).")
    var style: String?

    @Option(help: "Locale of the reference list (default: the style's).")
    var locale: String?

    @Flag(help: "Look up the records the library lacks (PubMed, then Crossref) before checking.")
    var resolve = false

    @Flag(name: .customLong("no-cache"), help: "Check every page of a site again instead of reusing unchanged results.")
    var noCache = false

    @OptionGroup var records: ResolveOptions

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("name a page, an article bundle or a site folder") }
    }

    func run() async throws {
        if SiteInput.isSinglePage(paths), let path = paths.first {
            try await checkPage(path)
        } else {
            try checkSite()
        }
    }

    private func checkPage(_ path: String) async throws {
        let report: Report
        let failOn = failOn ?? .error
        do {
            let library = resolve ? try records.openLibrary() : try records.existingLibrary()
            let checker = Checker(options: CheckOptions(inputFormat: inputFormat, style: style ?? "vancouver", locale: locale, library: library))
            let bundle = try ArticleBundle.load(path: path, format: inputFormat)
            var resolutions: [Resolution] = []
            if resolve, let library {
                resolutions = await checker.resolve(bundle, with: try records.resolver(library: library))
            }
            report = try checker.check(bundle, resolutions: resolutions)
        } catch let error as CheckError {
            throw CommandError(error.description)
        }
        switch format {
        case .text:
            Terminal.write(report.text(options: .init(colour: Terminal.colourStdout)))
        case .json:
            var data = try report.jsonData()
            data.append(UInt8(ascii: "\n"))
            FileHandle.standardOutput.write(data)
        case .sarif, .github:
            try write(SiteReport(pages: [PageResult(path: report.document, status: .checked, report: report)]))
        }
        if report.fails(at: failOn) { throw ExitCode(1) }
    }

    private func checkSite() throws {
        guard !resolve else { throw ValidationError("--resolve takes one page or bundle; resolve a site's records with `cite resolve` first") }
        guard inputFormat == nil else { throw ValidationError("--input-format takes one page; a site's pages are read by their extensions") }
        let report: SiteReport
        var configuration: SiteConfiguration
        do {
            configuration = try SiteInput.configuration(for: paths, style: style, locale: locale)
            if let failOn { configuration.failOn = failOn }
            let pages = try PageDiscovery.pages(paths, configuration: configuration)
            let cache = noCache ? nil : CheckCache(folder: CheckCache.defaultFolder(for: configuration))
            // A run over the whole site (its root folder) removes the cache entries it did not use.
            let wholeSite = paths.count == 1 && URL(fileURLWithPath: paths[0]).standardizedFileURL.path == configuration.root.standardizedFileURL.path
            report = try SiteChecker(configuration: configuration, library: try SiteInput.existingLibrary(records.libraryPath, configuration: configuration), cache: cache)
                .check(pages, pruningCache: wholeSite)
            if let cache, cache.statistics.writeFailures > 0 {
                Terminal.error("warning: \(cache.statistics.writeFailures) cache entries could not be written to \(cache.folder.path)")
            }
        } catch let error as SiteError {
            throw CommandError(error.description)
        } catch let error as CheckError {
            throw CommandError(error.description)
        }
        try write(report)
        let status = report.exitStatus(failOn: configuration.failOn ?? .error)
        if status != 0 { throw ExitCode(status) }
    }

    private func write(_ report: SiteReport) throws {
        switch format {
        case .text: Terminal.write(report.text(options: .init(colour: Terminal.colourStdout)))
        case .json: try report.writeJSON { FileHandle.standardOutput.write($0) }
        case .sarif: FileHandle.standardOutput.write(try report.sarifData())
        case .github: Terminal.write(report.githubAnnotations())
        }
    }
}

extension FailLevel: ExpressibleByArgument {}
extension PageFormat: ExpressibleByArgument {}
