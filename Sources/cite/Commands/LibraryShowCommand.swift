import ArgumentParser
import Foundation
import Library

/// `cite library show ID`: one record.
struct LibraryShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one record: pmid:N, doi:10.x/y, pmcid:PMCN, or the bare forms."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case cslJSON = "csl-json"
        case json
    }

    @OptionGroup var library: LibraryLocation

    @Argument(help: "The record's PMID, DOI or PMCID.")
    var id: String

    @Option(help: "Output format: csl-json (the item) or json (item, metadata, source, revision).")
    var format: Format = .cslJSON

    func run() throws {
        let store = try library.open()
        guard let stored = try libraryCall({ try store.record(id: id) }) else {
            throw CommandError("\(store.path): error: no record \(id) in the library")
        }
        var data = try format == .json ? stored.jsonData() : stored.record.item.cslJSONData(pretty: true)
        data.append(0x0A)
        FileHandle.standardOutput.write(data)
    }
}
