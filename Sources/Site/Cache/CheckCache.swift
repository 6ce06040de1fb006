import Foundation

/// The incremental cache: one file per page, named by the hash of everything the page's result
/// depends on (page text, its record files, the configuration, the library, the program), holding
/// the page's outputs (``PageOutput``) so that an unchanged page is neither checked nor decoded.
/// An entry that cannot be read is a miss; writes go to a temporary file and are renamed into place.
/// File names start with the configuration's digest, so that a full run can remove the entries of
/// its configuration that it did not use (``prune(configuration:)``).
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
    public var statistics: (hits: Int, misses: Int, writeFailures: Int) {
        let snapshot = counters.snapshot
        return (snapshot.hits, snapshot.misses, snapshot.writeFailures)
    }

    static let fileExtension = "page"

    private func url(for key: String, configuration: String) -> URL {
        folder.appendingPathComponent("\(configuration)-\(key).\(Self.fileExtension)")
    }

    /// The page's entry, when the cache has a readable one: its counts, and its file (read again
    /// when the outputs are written).
    func entry(for key: String, configuration: String) -> PageEntry? {
        let url = url(for: key, configuration: configuration)
        guard let data = try? Data(contentsOf: url), let output = PageOutput(fileData: data) else {
            counters.add(miss: 1)
            return nil
        }
        counters.add(hit: 1, used: url.lastPathComponent)
        return PageEntry(header: output.header, file: url)
    }

    /// Stores a page's outputs; the entry refers to the file when it was written, else holds them.
    func store(_ output: PageOutput, for key: String, configuration: String) -> PageEntry {
        let url = url(for: key, configuration: configuration)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try output.fileData().write(to: url, options: .atomic)
            counters.add(used: url.lastPathComponent)
            return PageEntry(header: output.header, file: url)
        } catch {
            // A cache that cannot be written costs time, not correctness; the count is reported.
            counters.add(writeFailure: 1)
            return PageEntry(output: output)
        }
    }

    /// Removes the entries of `configuration` (its digest) that this cache neither read nor wrote
    /// since it was opened, and entries of the earlier cache format; other configurations' entries
    /// stay. Call it after checking every page of the site. Returns how many files were removed.
    @discardableResult
    func prune(configuration: String) -> Int {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return 0 }
        let used = counters.snapshot.used
        var removed = 0
        for name in names.sorted() {
            let stale = name.hasPrefix(configuration + "-") && name.hasSuffix("." + Self.fileExtension) && !used.contains(name)
            // The first format: `<key>.json`, one file per page result.
            let legacy = name.hasSuffix(".json") && name.count == 64 + 5
            guard stale || legacy else { continue }
            if (try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))) != nil { removed += 1 }
        }
        return removed
    }

    private final class Counters: @unchecked Sendable {
        private let lock = NSLock()
        private var hits = 0, misses = 0, writeFailures = 0
        private var used = Set<String>()

        func add(hit: Int = 0, miss: Int = 0, writeFailure: Int = 0, used name: String? = nil) {
            lock.withLock {
                hits += hit
                misses += miss
                writeFailures += writeFailure
                if let name { used.insert(name) }
            }
        }

        var snapshot: (hits: Int, misses: Int, writeFailures: Int, used: Set<String>) {
            lock.withLock { (hits, misses, writeFailures, used) }
        }
    }
}
