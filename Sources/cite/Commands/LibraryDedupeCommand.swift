import ArgumentParser
import Foundation
import Library

/// `cite library dedupe`: finds records of one work and merges them.
struct LibraryDedupeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dedupe",
        abstract: "Find records of one work (shared DOI, PMID or PMCID, or scored title, author, year, journal and pages) and merge them.",
        discussion: """
            Records with different DOIs, PMIDs or PMCIDs are never merged. A merged record keeps every \
            identifier, the richest fields (the longer author list, the full page range, the abstract) \
            and the list of records it was merged from. All clusters are merged in one transaction; \
            running it again changes nothing. --dry-run only lists the clusters with their scores.
            """
    )

    @OptionGroup var library: LibraryLocation

    @Flag(help: "List the clusters and their scores; change nothing.")
    var dryRun = false

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    func run() throws {
        let store = try library.open()
        let report = try libraryCall { try store.dedupe(dryRun: dryRun) }
        switch format {
        case .json:
            try printJSON(report)
        case .text:
            var out = ""
            for (n, cluster) in report.clusters.enumerated() {
                out += "cluster \(n + 1): \(cluster.members.count) records -> \(cluster.key)\n"
                for m in cluster.members {
                    let item = m.item.isEmpty ? "" : " [\(m.item)]"
                    out += "  \(m.key)\t\(m.kind)\t\(m.origin)\(item)\t\(m.year.map(String.init) ?? "n.d.")\t\(m.title)\n"
                }
                for link in cluster.links {
                    out += "  \(String(format: "%.3f", link.score)) \(link.basis)\t\(link.a) = \(link.b)\n"
                }
            }
            Terminal.write(out)
        }
        let verb = dryRun ? "would merge" : "merged"
        Terminal.error("cite library dedupe: \(report.clusters.count) clusters; \(verb) \(report.removed) of \(report.records) records away (\(store.path))")
    }
}
