import ArgumentParser
import CiteKit
import Citations
import Foundation
import Resolve

/// `cite resolve PATH`: finds each reference's record and stores it in the library.
struct ResolveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract: "Find the record of each reference of a page (PubMed, then Crossref) and keep it in the library.",
        discussion: """
            Prints, per reference, the record found, its score and the resolver that found it \
            (library, identifier, ecitmatch, esearch, crossref). What is found is stored at once, so \
            an interrupted run loses nothing and a second run asks only for what is missing.
            """
    )

    @Argument(help: "A page file or an article bundle folder.")
    var path: String

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    @Option(name: .customLong("input-format"), help: "Page format (text, html, markdown); inferred from the extension by default.")
    var inputFormat: PageFormat?

    @OptionGroup var records: ResolveOptions

    func run() async throws {
        let resolutions: [Resolution]
        do {
            let library = try records.openLibrary()
            let bundle = try ArticleBundle.load(path: path, format: inputFormat, readingBundleFiles: false)
            resolutions = await Checker(options: CheckOptions(inputFormat: inputFormat, library: library))
                .resolve(bundle, with: try records.resolver(library: library))
        } catch let error as CheckError {
            throw CommandError(error.description)
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            var data = try encoder.encode(resolutions)
            data.append(0x0A)
            FileHandle.standardOutput.write(data)
        case .text:
            Terminal.write(resolutions.map(Self.line).joined())
        }
        let counts = Dictionary(grouping: resolutions, by: \.status).mapValues(\.count)
        Terminal.error("\(path): \(counts[.resolved] ?? 0) of \(resolutions.count) references resolved"
            + ", \(counts[.notFound] ?? 0) not found, \(counts[.ambiguous] ?? 0) ambiguous, \(counts[.failed] ?? 0) failed")
    }

    static func line(_ r: Resolution) -> String {
        switch r.status {
        case .resolved:
            return "\(r.number)\t\(r.record ?? "-")\t\(String(format: "%.2f", r.score ?? 0))\t\(r.resolver ?? "-")\n"
        case .ambiguous:
            return "\(r.number)\tambiguous: \(r.candidates.joined(separator: ", "))\n"
        case .notFound:
            return "\(r.number)\tnot found\n"
        case .failed:
            return "\(r.number)\tfailed: \(r.error ?? "")\n"
        }
    }
}
