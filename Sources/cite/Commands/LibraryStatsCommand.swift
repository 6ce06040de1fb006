import ArgumentParser
import Foundation
import Library

/// `cite library stats`: counts over the library.
struct LibraryStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the library's records, identifiers, sources and cached look-ups."
    )

    @OptionGroup var library: LibraryLocation

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    func run() throws {
        let store = try library.open()
        let stats = try libraryCall { try store.stats() }
        switch format {
        case .json:
            try printJSON(stats)
        case .text:
            var out = """
                library        \(stats.path)
                records        \(stats.records)
                  with PMID    \(stats.withPMID)
                  with DOI     \(stats.withDOI)
                  with PMCID   \(stats.withPMCID)
                  with source bytes \(stats.withRaw)
                look-ups       \(stats.lookups) (\(stats.negativeLookups) negative)
                bytes          \(stats.bytes)
                schema         \(stats.migrations.joined(separator: ", "))
                sources:

                """
            for source in stats.sources { out += "  \(String(source.records).padding(toLength: 8, withPad: " ", startingAt: 0)) \(source.kind)\n" }
            Terminal.write(out)
        }
    }
}
