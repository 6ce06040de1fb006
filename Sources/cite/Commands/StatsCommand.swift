import ArgumentParser
import Foundation
import PubMed

/// `cite stats`: counts over PubMed XML files.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count records, books, deletions, abstracts, DOIs and publication types in PubMed XML files."
    )

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "PubMed XML files (.xml or .xml.gz).")
    var files: [String]

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Flag(name: .long, help: "Also report parse time and throughput (stderr for text; JSON fields seconds, megabytesPerSecond, recordsPerSecond). Off by default so that the same files always give the same bytes.")
    var timing = false

    func run() throws {
        let total = PubMedStats.measure(files: files.map { URL(fileURLWithPath: $0) }, progress: true)

        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            var data = try encoder.encode(Summary(total, timing: timing))
            data.append(0x0A)
            FileHandle.standardOutput.write(data)
        case .text:
            print(text(total), terminator: "")
            if timing { FileHandle.standardError.write(Data(timingText(total).utf8)) }
        }
        for error in total.errors { FileHandle.standardError.write(Data("\(error)\n".utf8)) }
        if !total.errors.isEmpty { throw ExitCode(2) }
    }

    private func text(_ s: PubMedStats) -> String {
        var out = """
            files          \(s.files)
            records        \(s.records)
              articles     \(s.articles)
              books        \(s.books)
            deletions      \(s.deletions)
            with abstract  \(s.withAbstract)
            with DOI       \(s.withDOI)
            retracted      \(s.retracted)
            bytes          \(s.bytes)
            publication types:

            """
        for (name, n) in s.publicationTypes.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
            out += "  \(String(n).padding(toLength: 8, withPad: " ", startingAt: 0)) \(name)\n"
        }
        return out
    }

    private func timingText(_ s: PubMedStats) -> String {
        """
        parse time     \(String(format: "%.3f", s.seconds)) s
        throughput     \(String(format: "%.1f", s.megabytesPerSecond)) MB/s, \(String(format: "%.0f", s.recordsPerSecond)) records/s

        """
    }

    /// The JSON shape of `--format json`: the counts plus derived rates.
    private struct Summary: Encodable {
        let stats: PubMedStats
        let timing: Bool
        init(_ stats: PubMedStats, timing: Bool) {
            self.stats = stats
            self.timing = timing
        }
        enum Keys: String, CodingKey {
            case files, records, articles, books, deletions, withAbstract, withDOI, retracted
            case publicationTypes, bytes, seconds, megabytesPerSecond, recordsPerSecond, errors
        }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(stats.files, forKey: .files)
            try c.encode(stats.records, forKey: .records)
            try c.encode(stats.articles, forKey: .articles)
            try c.encode(stats.books, forKey: .books)
            try c.encode(stats.deletions, forKey: .deletions)
            try c.encode(stats.withAbstract, forKey: .withAbstract)
            try c.encode(stats.withDOI, forKey: .withDOI)
            try c.encode(stats.retracted, forKey: .retracted)
            try c.encode(stats.publicationTypes, forKey: .publicationTypes)
            try c.encode(stats.bytes, forKey: .bytes)
            if timing {
                try c.encode(stats.seconds, forKey: .seconds)
                try c.encode(stats.megabytesPerSecond, forKey: .megabytesPerSecond)
                try c.encode(stats.recordsPerSecond, forKey: .recordsPerSecond)
            }
            try c.encode(stats.errors, forKey: .errors)
        }
    }
}
