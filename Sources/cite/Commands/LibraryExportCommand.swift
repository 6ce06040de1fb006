import ArgumentParser
import Foundation
import Library

/// `cite library export`: every record, in key order.
struct LibraryExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every record: a CSL-JSON array, or JSON Lines with the metadata (which imports back without loss)."
    )

    @OptionGroup var library: LibraryLocation

    @Option(help: "Output format: csl-json or jsonl.")
    var format: RecordLibrary.ExportFormat = .cslJSON

    @Option(name: .shortAndLong, help: "Output file (written to a temporary file, then renamed). Default: standard output.")
    var output: String?

    func run() throws {
        let store = try library.open()
        let count = try libraryCall { try store.export(format: format, to: output.map { URL(fileURLWithPath: $0) }) }
        if output != nil { Terminal.error("cite library export: \(count) records") }
    }
}
