import ArgumentParser
import CiteKit
import Foundation
import Library
import Site

/// `cite render PAGE|SITE_DIR`: writes each page's corrected reference list back into the page.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Write each page's reference list back as its matched records say, in the configured style.",
        discussion: """
            PATH is a page or a site (folders, pages and globs, read with the nearest citekit.yaml as \
            cite check reads them). Every entry of a page's numbered reference list that matches a record \
            (the page's front-matter record files or the library) is replaced by the corrected reference \
            rendered in the style, with its DOI and PMID: links in HTML and Markdown pages, plain text in \
            text pages. Each entry keeps its own label (1. , [^1]: , <li>); an entry without a record keeps \
            its text and is listed on stderr. Only the entries' bytes change; pages are written through a \
            temporary file, and only when they change. With --out DIR, copies of every page go to DIR \
            (same paths under the site root) and the pages are left as they are. Rendering a rendered \
            page changes nothing. Exit status: 0, or 2 when a page could not be read or written.
            """
    )

    @Argument(help: "A page, or a site: folders, pages and globs.")
    var paths: [String]

    @Option(help: "CSL style: a bundled name or a .csl path (default: the configuration's, else vancouver).")
    var style: String?

    @Option(help: "Locale of the reference lists (default: the configuration's, else the style's).")
    var locale: String?

    @Option(help: "Write copies under this folder instead of rewriting the pages.")
    var out: String?

    @Option(name: .customLong("library"), help: "The record library (default: the configuration's library, else $CITEKIT_LIBRARY, else the user data folder).")
    var libraryPath: String?

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("name a page or a site folder") }
    }

    func run() throws {
        let results: [PageRendering]
        do {
            let configuration = try SiteInput.configuration(for: paths, style: style, locale: locale)
            let pages = try PageDiscovery.pages(paths, configuration: configuration)
            let library = try SiteInput.existingLibrary(libraryPath, configuration: configuration)
            let output = out.map { URL(fileURLWithPath: $0, isDirectory: true).standardizedFileURL }
            results = try SiteRenderer(configuration: configuration, library: library, output: output).render(pages)
        } catch let error as SiteError {
            throw CommandError(error.description)
        } catch let error as CheckError {
            throw CommandError(error.description)
        } catch let error as LibraryError {
            throw CommandError(error.description)
        }
        for result in results {
            if let error = result.error { Terminal.error("\(result.path): \(error)") }
            if !result.unmatched.isEmpty {
                let numbers = result.unmatched.map(String.init).joined(separator: ", ")
                Terminal.error("\(result.path): no record for reference\(result.unmatched.count == 1 ? "" : "s") \(numbers); kept as written")
            }
        }
        let count = { (status: PageRendering.Status) in results.count { $0.status == status } }
        Terminal.write(
            "\(results.count) page\(results.count == 1 ? "" : "s"): \(count(.rendered)) rendered, \(count(.unchanged)) unchanged, "
                + "\(count(.skipped)) without a reference list, \(count(.failed)) failed\n")
        if count(.failed) > 0 { throw ExitCode(2) }
    }
}
