import ArgumentParser
import Foundation
import PubMed

extension PubMedConverter.Format: ExpressibleByArgument {}

/// `cite convert`: PubMed XML to CSL-JSON or JSON Lines.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert PubMed XML (plain or .gz; '-' for standard input) to CSL-JSON or JSON Lines.",
        discussion: """
            Several files are read in parallel; output keeps the input order. On an error the \
            records read before it are written, the error is reported as file:line:column and the \
            exit code is 2; with --strict nothing is written.
            """
    )

    @Argument(help: "PubMed XML files (.xml or .xml.gz), or '-' for standard input.")
    var files: [String]

    @Option(name: .long, help: "Output format: csl-json (an array) or jsonl (one item a line, PubMed metadata under \"pubmed\").")
    var to: PubMedConverter.Format = .cslJSON

    @Option(name: .shortAndLong, help: "Output file (written to a temporary file, then renamed). Default: standard output.")
    var output: String?

    @Flag(help: "Treat any input error as fatal: write nothing.")
    var strict = false

    func run() throws {
        let outcome: PubMedBatchOutcome
        do {
            outcome = try PubMedBatchConverter.convert(
                files: files, format: to, output: output.map { URL(fileURLWithPath: $0) }, strict: strict, progress: true)
        } catch {
            for inputError in error.outcome.errors { Terminal.error("\(inputError)") }
            Terminal.error(error.description)
            throw ExitCode(2)
        }
        for error in outcome.errors { Terminal.error("\(error)") }
        guard !outcome.errors.isEmpty else { return }
        if outcome.written {
            Terminal.error("cite convert: \(outcome.records) records written; \(outcome.errors.count) input(s) had errors")
        } else {
            Terminal.error("cite convert: --strict: nothing written")
        }
        throw ExitCode(2)
    }
}
