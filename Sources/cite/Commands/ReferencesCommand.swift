import ArgumentParser
import Bibliography
import Citations
import CiteKit
import Foundation

/// `cite references PATH`: prints the page's parsed reference list.
struct ReferencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "references",
        abstract: "Print the parsed reference list of a page or bundle."
    )

    @Argument(help: "A page file or an article bundle folder.")
    var path: String

    @Option(help: "Output format: text (rendered with --style) or csl-json (the parsed items).")
    var format: ListFormat = .text

    @Option(help: "CSL style for text output: a bundled name or a .csl path.")
    var style: String = "vancouver"

    @Option(name: .customLong("input-format"), help: "Page format (text, html, markdown); inferred from the extension by default.")
    var inputFormat: PageFormat?

    func run() throws {
        let report: Report
        do {
            report = try Checker(options: .init(inputFormat: inputFormat, style: style)).check(path: path)
        } catch let error as CheckError {
            throw CommandError(error.description)
        }
        switch format {
        case .text:
            Terminal.write(report.bibliography + "\n")
        case .cslJSON:
            var data = try Bibliography(items: report.references.map(\.item)).cslJSONData()
            data.append(UInt8(ascii: "\n"))
            FileHandle.standardOutput.write(data)
        }
    }
}

enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case cslJSON = "csl-json"
}
