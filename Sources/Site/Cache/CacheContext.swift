import CiteKit
import Foundation
import Library

/// What every cache key of a run shares (program, configuration, library state), and the key of a page.
struct CacheContext: Sendable {
    /// Bumped when the cached result's shape or meaning changes without the executable changing.
    static let formatVersion = "site-cache-2"
    private let shared: String
    /// The digest of the site and its configuration alone (not the program or the library): the
    /// prefix of its cache entries' names, by which a full run finds its own stale entries.
    let configurationDigest: String

    init(configuration: SiteConfiguration, library: RecordLibrary?) {
        var parts = [Self.formatVersion, Self.programStamp(), configuration.fingerprint]
        if let library { parts.append(Self.libraryStamp(library)) }
        shared = parts.joined(separator: "\n")
        var hash = CacheDigest()
        hash.update(field: configuration.root.path)
        hash.update(field: configuration.fingerprint)
        hash.update(field: library?.path ?? "")
        configurationDigest = String(hash.hexDigest().prefix(16))
    }

    /// What the library holds, by its counts: records added or looked up change every page's key.
    ///
    /// The file's modification time would not do: opening and closing the library checkpoints its
    /// write-ahead log, which touches the file on every run. A record replaced in place (same
    /// counts) is not seen; `--no-cache` after such an import.
    static func libraryStamp(_ library: RecordLibrary) -> String {
        guard let stats = try? library.stats() else { return "library \(library.path) unreadable" }
        let sources = stats.sources.map { "\($0.kind)=\($0.records)" }.joined(separator: ",")
        return "library \(library.path) records=\(stats.records) lookups=\(stats.lookups) negative=\(stats.negativeLookups) sources=\(sources) migrations=\(stats.migrations.joined(separator: ","))"
    }

    /// The hash of the shared state, the page as read and every record file's bytes.
    func key(for bundle: ArticleBundle, source: String) throws -> String {
        var hash = CacheDigest()
        hash.update(field: shared)
        hash.update(field: bundle.pagePath)
        hash.update(field: bundle.format.rawValue)
        hash.update(field: source)
        for file in bundle.recordFiles {
            hash.update(field: file.path)
            do {
                hash.update(Array(try Data(contentsOf: file)))
            } catch {
                throw CheckError.unreadable(path: file.path, reason: (error as NSError).localizedDescription)
            }
            hash.update(field: "")
        }
        return hash.hexDigest()
    }

    /// The running program's size and modification time: a rebuilt checker invalidates every entry.
    static func programStamp() -> String {
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
        return "program " + fileStamp(path)
    }

    private static func fileStamp(_ path: String) -> String {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "\(path) absent" }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path) \(size) \(modified)"
    }
}
