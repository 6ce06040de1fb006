import ArgumentParser
import Bibliography
import Citations
import CiteKit
import Foundation
import Resolve

/// `cite check PATH`: checks a page or article bundle and reports its findings.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a page's citations, references, records and evidence.",
        discussion: """
            PATH is a page (.txt, .html, .md) or an article bundle folder holding page.*, record \
            files (PubMed XML, CSL-JSON) and an optional claims.yaml. Exit status: 0 clean, 1 findings \
            at or above --fail-on, 2 bad usage or unreadable input. Records also come from the local \
            library; --resolve first looks up what it lacks (PubMed, then Crossref) and stores it there. \
            Without --resolve no request is ever sent.
            """
    )

    @Argument(help: "A page file or an article bundle folder.")
    var path: String

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    @Option(name: .customLong("fail-on"), help: "Lowest severity that makes the exit status 1: error, warning, info or never.")
    var failOn: FailLevel = .error

    @Option(name: .customLong("input-format"), help: "Page format (text, html, markdown); inferred from the extension by default.")
    var inputFormat: PageFormat?

    @Option(help: "CSL style of the reference list: a bundled name (vancouver, nlm-citation-sequence, american-medical-association, apa, ieee, ...) or a .csl path.")
    var style: String = "vancouver"

    @Option(help: "Locale of the reference list (default: the style's).")
    var locale: String?

    @Flag(help: "Look up the records the library lacks (PubMed, then Crossref) before checking.")
    var resolve = false

    @OptionGroup var records: ResolveOptions

    func run() async throws {
        let report: Report
        do {
            let library = resolve ? try records.openLibrary() : try records.existingLibrary()
            let checker = Checker(options: CheckOptions(inputFormat: inputFormat, style: style, locale: locale, library: library))
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
        }
        if report.fails(at: failOn) { throw ExitCode(1) }
    }
}

extension FailLevel: ExpressibleByArgument {}
extension PageFormat: ExpressibleByArgument {}
