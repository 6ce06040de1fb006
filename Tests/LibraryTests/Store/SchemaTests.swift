import Foundation
import GRDB
import Testing

@testable import Library

@Suite("Library schema: migrations, WAL, FTS5")
struct SchemaTests {
    @Test("a new file in a missing folder is created, migrated, in WAL mode, and empty")
    func emptyFile() throws {
        try TestLibrary.inFolder { (folder: URL) throws in
            let path = folder.appendingPathComponent("a/b/library.sqlite").path
            let library = try RecordLibrary(path: path)
            #expect(FileManager.default.fileExists(atPath: path))
            let stats = try library.stats()
            #expect(stats.records == 0)
            #expect(stats.lookups == 0)
            #expect(stats.migrations == ["v1-records-lookups-search", "v2-merged-sources-title-key"])
            let mode = try library.pool.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
            #expect(mode == "wal")
            // The writer connection waits for another process's write instead of failing.
            let timeout = try library.pool.write { try Int.fetchOne($0, sql: "PRAGMA busy_timeout") }
            #expect(timeout == Int(RecordLibrary.busyTimeout * 1000))
            // Opening again applies nothing new and keeps the file.
            let again = try RecordLibrary(path: path)
            #expect(try again.stats().migrations == ["v1-records-lookups-search", "v2-merged-sources-title-key"])
        }
    }

    @Test("the system SQLite has FTS5: the search table answers MATCH with bm25 ranks")
    func fts5Works() throws {
        try TestLibrary.withLibrary { (library: RecordLibrary, _: URL) throws in
            try library.add([TestLibrary.article(pmid: "1", title: "Dextrose prolotherapy for knee osteoarthritis")])
            let rows = try library.pool.read { db in
                try Row.fetchAll(db, sql: "SELECT rowid, bm25(record_search) AS rank FROM record_search WHERE record_search MATCH 'prolotherapy'")
            }
            #expect(rows.count == 1)
            #expect((rows.first?["rank"] as Double?).map { $0 < 0 } == true)
        }
    }

    @Test("a file that is not a SQLite database is refused with an error naming it")
    func notADatabase() throws {
        try TestLibrary.inFolder { (folder: URL) throws in
            let url = folder.appendingPathComponent("notes.sqlite")
            try Data(String(repeating: "not a database\n", count: 300).utf8).write(to: url)
            let error = #expect(throws: LibraryError.self) { _ = try RecordLibrary(path: url.path) }
            guard case .database(let path, let reason)? = error else {
                Issue.record("expected a database error, got \(String(describing: error))")
                return
            }
            #expect(path == url.path)
            #expect(reason.contains("not a database"))
        }
    }

    @Test("default path: CITEKIT_LIBRARY, else XDG_DATA_HOME, else ~/.local/share")
    func defaultPath() {
        #expect(RecordLibrary.defaultPath(environment: ["CITEKIT_LIBRARY": "/x/lib.sqlite", "XDG_DATA_HOME": "/d", "HOME": "/h"]) == "/x/lib.sqlite")
        #if !os(macOS)
            #expect(RecordLibrary.defaultPath(environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]) == "/d/citekit/library.sqlite")
            #expect(RecordLibrary.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"]) == "/h/.local/share/citekit/library.sqlite")
            #expect(RecordLibrary.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/share/citekit/library.sqlite")
        #else
            #expect(RecordLibrary.defaultPath(environment: ["HOME": "/h"]) == "/h/Library/Application Support/CiteKit/library.sqlite")
        #endif
    }
}
