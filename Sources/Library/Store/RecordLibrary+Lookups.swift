import Foundation
import GRDB

extension RecordLibrary {
    /// The cached answer for `key`, when one was stored no more than `maxAge` seconds before `now`.
    /// A negative answer (``CachedLookup/answer`` `nil`) is returned like a positive one.
    public func cachedLookup(key: String, maxAge: TimeInterval, now: Date = Date()) throws -> CachedLookup? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT answer, storedAt FROM lookup WHERE key = ?", arguments: [key]) else { return nil }
            let storedAt = Date(timeIntervalSince1970: row["storedAt"])
            guard now.timeIntervalSince(storedAt) <= maxAge else { return nil }
            return CachedLookup(key: key, answer: row["answer"], storedAt: storedAt)
        }
    }

    /// Stores a look-up's answer, replacing any earlier answer for its key.
    public func storeLookup(_ lookup: CachedLookup) throws {
        try storeLookups([lookup])
    }

    /// Stores several look-ups in one transaction.
    public func storeLookups(_ lookups: [CachedLookup]) throws {
        guard !lookups.isEmpty else { return }
        try write { db in
            let statement = try db.cachedStatement(sql: """
                INSERT INTO lookup (key, answer, storedAt) VALUES (?, ?, ?)
                ON CONFLICT(key) DO UPDATE SET answer = excluded.answer, storedAt = excluded.storedAt
                """)
            for lookup in lookups {
                try statement.execute(arguments: [lookup.key, lookup.answer, lookup.storedAt.timeIntervalSince1970])
            }
        }
    }
}
