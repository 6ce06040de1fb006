import ArgumentParser
import Bibliography
import Citations
import CiteKit
import Foundation

/// `cite references PATH`: prints the page's reference list as parsed from the page.
struct ReferencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "references",
        abstract: "Print the reference list of a page or bundle as parsed from the page (records are not applied)."
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
        do {
            let references = try Checker(options: CheckOptions(inputFormat: inputFormat)).references(path: path)
            let items = references.map(\.item)
            switch format {
            case .text:
                Terminal.write(try ReferenceListRenderer(style: style).render(items) + "\n")
            case .cslJSON:
                var data = try Bibliography(items: items).cslJSONData()
                data.append(UInt8(ascii: "\n"))
                FileHandle.standardOutput.write(data)
            }
        } catch let error as CheckError {
            throw CommandError(error.description)
        }
    }
}
