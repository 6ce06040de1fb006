import Foundation
import GRDB

/// The local library: records of any source, their identifiers, a cache of remote look-ups and a
/// full-text index, in one SQLite file shared by every page and every process.
///
/// The file is opened in WAL mode, so readers never wait for the writer; writes run in `IMMEDIATE`
/// transactions and wait up to ``busyTimeout`` for another process's write to finish, so two `cite`
/// processes on one library both finish. A record is written whole or not at all.
///
/// ```swift
/// let library = try RecordLibrary(path: RecordLibrary.defaultPath())
/// let summary = try library.importFile(URL(fileURLWithPath: "pubmed.xml.gz"))
/// let hit = try library.record(id: "pmid:6224646")
/// ```
public final class RecordLibrary: Sendable {
    /// The library file.
    public let path: String
    let pool: DatabasePool
    /// Candidate records decoded so far (a few thousand records: tens of megabytes at most).
    let decoded = DecodedRecords(capacity: 4096)

    /// How long a write waits for another connection's write before failing.
    public static let busyTimeout: TimeInterval = 120

    /// Opens the library at `path`, creating the file and its folders when missing, and brings its
    /// schema up to date.
    /// - Throws: ``LibraryError/database(path:reason:)`` when the file cannot be created, is not a
    ///   SQLite database, or was written by a newer CiteKit.
    public init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw LibraryError.database(path: path, reason: "cannot create its folder: \(Self.words(error))")
        }
        var config = Configuration()
        config.busyMode = .timeout(Self.busyTimeout)
        config.prepareDatabase { db in
            // Records are large (15 kB of JSON on average for PubMed): bigger pages mean fewer
            // overflow pages to write. Takes effect only on a new, empty file.
            try db.execute(sql: "PRAGMA page_size = 16384")
            // In WAL mode NORMAL is durable against application crashes and keeps the database
            // consistent on power loss; only the last commits may be lost then.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -16000")
        }
        pool = try Self.open(path: path, configuration: config)
        try migrate()
    }

    /// Opens the pool. Two processes creating one new file at once race to switch it to WAL, which
    /// SQLite answers with SQLITE_BUSY outside the busy handler: such an open is tried again.
    private static func open(path: String, configuration: Configuration) throws -> DatabasePool {
        let deadline = Date().addingTimeInterval(busyTimeout)
        while true {
            do {
                return try DatabasePool(path: path, configuration: configuration)
            } catch let error as DatabaseError where [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode) && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.02 + Double.random(in: 0...0.05))
            } catch {
                throw LibraryError.database(path: path, reason: words(error))
            }
        }
    }

    /// Applies the migrations this build knows. Another process may be migrating the same new
    /// file at the same moment; when a migration fails, it is checked whether the other finished it
    /// or is still at it.
    private func migrate() throws {
        let migrator = Schema.migrator
        let deadline = Date().addingTimeInterval(Self.busyTimeout)
        while true {
            var appliedBefore: Set<String>?
            do {
                // One read: the check against newer builds, and what is applied before this attempt.
                let superseded = try pool.read { db in
                    appliedBefore = try migrator.appliedIdentifiers(db)
                    return try migrator.hasBeenSuperseded(db)
                }
                if superseded {
                    throw LibraryError.database(path: path, reason: "it was written by a newer version of CiteKit (unknown schema migrations)")
                }
                try migrator.migrate(pool)
                return
            } catch let error as LibraryError {
                throw error
            } catch {
                let after = try? pool.read { db in (completed: try migrator.hasCompletedMigrations(db), applied: try migrator.appliedIdentifiers(db)) }
                if after?.completed == true { return }
                // Another process is creating the schema: it holds the lock (busy), or it committed a
                // migration between this one's check and its transaction ("table already exists").
                let busy = (error as? DatabaseError).map { [.SQLITE_BUSY, .SQLITE_LOCKED].contains($0.resultCode) } ?? false
                if busy || after?.applied != appliedBefore, Date() < deadline {
                    Thread.sleep(forTimeInterval: 0.02 + Double.random(in: 0...0.05))
                    continue
                }
                throw LibraryError.database(path: path, reason: Self.words(error))
            }
        }
    }

    /// Where the library lives by default: `CITEKIT_LIBRARY`, else `$XDG_DATA_HOME/citekit/library.sqlite`,
    /// else `~/.local/share/citekit/library.sqlite`; on macOS `~/Library/Application Support/CiteKit/library.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let path = environment["CITEKIT_LIBRARY"], !path.isEmpty { return path }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        #if os(macOS)
            return home + "/Library/Application Support/CiteKit/library.sqlite"
        #else
            // XDG: a relative XDG_DATA_HOME is invalid and must be ignored.
            if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
                return data + "/citekit/library.sqlite"
            }
            return home + "/.local/share/citekit/library.sqlite"
        #endif
    }

    /// A write in one `IMMEDIATE` transaction, errors as ``LibraryError``.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.write(body)
        } catch let error as LibraryError {
            throw error
        } catch {
            throw LibraryError.database(path: path, reason: Self.words(error))
        }
    }

    /// A read of one consistent snapshot, errors as ``LibraryError``.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch let error as LibraryError {
            throw error
        } catch {
            throw LibraryError.database(path: path, reason: Self.words(error))
        }
    }

    /// An error in words: SQLite's message for database errors.
    static func words(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? error.description }
        if let error = error as? CocoaError, let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError {
            return underlying.localizedDescription
        }
        return (error as NSError).localizedDescription
    }
}
