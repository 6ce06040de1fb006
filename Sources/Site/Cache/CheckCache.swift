import Foundation

/// The incremental cache: one JSON file per page result, named by the hash of everything the
/// result depends on (page text, its record files, the configuration, the library, the program).
/// An entry that cannot be read is a miss; writes go to a temporary file and are renamed into place.
public final class CheckCache: Sendable {
    /// The cache folder.
    public let folder: URL
    private let counters = Counters()

    /// A cache in `folder` (created on first write).
    public init(folder: URL) { self.folder = folder }

    /// The default folder of a site: `.citekit/cache` under its configuration root.
    public static func defaultFolder(for configuration: SiteConfiguration) -> URL {
        configuration.root.appendingPathComponent(".citekit/cache", isDirectory: true)
    }

    /// Pages answered from the cache, and pages checked, since the cache was opened.
    public var statistics: (hits: Int, misses: Int, writeFailures: Int) { counters.snapshot }

    func result(for key: String) -> PageResult? {
        let url = folder.appendingPathComponent(key + ".json")
        guard let data = try? Data(contentsOf: url), let result = try? JSONDecoder().decode(PageResult.self, from: data) else {
            counters.add(miss: 1)
            return nil
        }
        counters.add(hit: 1)
        return result
    }

    func store(_ result: PageResult, for key: String) {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try encoder.encode(result).write(to: folder.appendingPathComponent(key + ".json"), options: .atomic)
        } catch {
            // A cache that cannot be written costs time, not correctness; the count is reported.
            counters.add(writeFailure: 1)
        }
    }

    private final class Counters: @unchecked Sendable {
        private let lock = NSLock()
        private var hits = 0, misses = 0, writeFailures = 0

        func add(hit: Int = 0, miss: Int = 0, writeFailure: Int = 0) {
            lock.withLock {
                hits += hit
                misses += miss
                writeFailures += writeFailure
            }
        }

        var snapshot: (hits: Int, misses: Int, writeFailures: Int) { lock.withLock { (hits, misses, writeFailures) } }
    }
}
