import ArgumentParser
import Bibliography
import Foundation
import Library

/// `cite library search QUERY`: full-text search, best first.
struct LibrarySearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search titles, abstracts, keywords, MeSH headings and authors (every word must match; best first)."
    )

    @OptionGroup var library: LibraryLocation

    @Argument(help: "The words to look for.")
    var query: [String]

    @Option(help: "The most results to show.")
    var limit: Int = 20

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    func run() throws {
        let store = try library.open()
        let hits = try libraryCall { try store.search(query.joined(separator: " "), limit: limit) }
        switch format {
        case .json:
            try printJSON(hits.map { Hit(id: $0.id, rank: $0.rank, item: $0.record.record.item) })
        case .text:
            for hit in hits {
                let item = hit.record.record.item
                let year = item.year.map(String.init) ?? "n.d."
                Terminal.write("\(hit.id)\t\(year)\t\(item.title ?? "(no title)")\n")
            }
        }
    }

    private struct Hit: Encodable {
        var id: String
        var rank: Double
        var item: Item
    }
}
