import ArgumentParser
import Bibliography
import Citations
import CiteKit
import Foundation

/// `cite check PATH`: checks a page or article bundle and reports its findings.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a page's citations, references, records and evidence.",
        discussion: """
            PATH is a page (.txt, .html, .md) or an article bundle folder holding page.*, record \
            files (PubMed XML, CSL-JSON) and an optional claims.yaml. Exit status: 0 clean, 1 findings \
            at or above --fail-on, 2 bad usage or unreadable input.
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

    func run() throws {
        let report: Report
        do {
            report = try Checker(options: CheckOptions(inputFormat: inputFormat, style: style, locale: locale)).check(path: path)
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
