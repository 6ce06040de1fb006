import Bibliography
import Foundation

/// Counts over PubMed files, for `cite stats`.
public struct PubMedStats: Sendable, Hashable, Codable {
    public var files = 0
    /// Journal articles (PubmedArticle and bare MedlineCitation).
    public var articles = 0
    /// Books and chapters (PubmedBookArticle, BookDocument).
    public var books = 0
    /// PMIDs in DeleteCitation / DeleteDocument.
    public var deletions = 0
    public var withAbstract = 0
    public var withDOI = 0
    public var retracted = 0
    /// Records per publication type.
    public var publicationTypes: [String: Int] = [:]
    /// Bytes on disk (compressed size for `.gz`).
    public var bytes: Int64 = 0
    /// Wall-clock parse time in seconds.
    public var seconds: Double = 0
    /// Errors met, as `file:line:column: error: reason`.
    public var errors: [String] = []

    public init() {}

    /// Articles and books.
    public var records: Int { articles + books }

    /// Megabytes (10^6 bytes) on disk per second of parsing.
    public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1_000_000 / seconds : 0 }

    /// Records per second of parsing.
    public var recordsPerSecond: Double { seconds > 0 ? Double(records) / seconds : 0 }

    public mutating func add(_ entry: PubMedEntry) {
        switch entry {
        case .article(let record):
            articles += 1
            count(record)
        case .book(let record):
            books += 1
            count(record)
        case .deleted(let pmids):
            deletions += pmids.count
        }
    }

    private mutating func count(_ record: Record) {
        if record.item.abstract != nil { withAbstract += 1 }
        if record.item.doi != nil { withDOI += 1 }
        if record.metadata.isRetracted { retracted += 1 }
        for type in record.metadata.publicationTypes { publicationTypes[type.name, default: 0] += 1 }
    }

    /// Adds another file's counts (times add up: they are per-file parse times).
    public mutating func merge(_ other: PubMedStats) {
        files += other.files
        articles += other.articles
        books += other.books
        deletions += other.deletions
        withAbstract += other.withAbstract
        withDOI += other.withDOI
        retracted += other.retracted
        for (type, n) in other.publicationTypes { publicationTypes[type, default: 0] += n }
        bytes += other.bytes
        seconds += other.seconds
        errors += other.errors
    }

    /// Streams one file and counts it; memory stays flat. A large plain file is read in `parts`
    /// parts at once (see ``PubMedPartition``); on an error the file is read again whole, so the
    /// counts and the error are those of a sequential read.
    /// - Parameter progress: called with (part, bytes consumed in that part) now and then.
    public static func measure(
        contentsOf url: URL, parts: Int = 1, progress: (@Sendable (Int, Int64) -> Void)? = nil
    ) -> PubMedStats {
        measure(PubMedPartition(url, parts: parts), progress: progress)
    }

    /// Counts a planned partition of a file (see ``measure(contentsOf:parts:progress:)``).
    public static func measure(_ partition: PubMedPartition, progress: (@Sendable (Int, Int64) -> Void)? = nil) -> PubMedStats {
        let start = DispatchTime.now().uptimeNanoseconds
        let url = partition.url
        var stats: PubMedStats
        if partition.count > 1 {
            let partStats = ParallelMap.map(Array(0..<partition.count)) { index in
                SAXCounter.count(partition, part: index) { progress?(index, $0) }
            }
            stats = PubMedStats()
            for part in partStats { stats.merge(part) }
            if !stats.errors.isEmpty { stats = SAXCounter.count(url: url) { progress?(0, $0) } }
        } else {
            stats = SAXCounter.count(url: url) { progress?(0, $0) }
        }
        stats.files = 1
        stats.bytes = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.int64Value ?? 0
        stats.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return stats
    }
}
