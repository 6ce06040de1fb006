import Foundation

/// Values computed from a key, kept for reuse across threads: a site check meets the same record on
/// many pages, and what is derived from it (match features, evidence grade) depends on its content
/// alone. Keys are whole values (never names), so a hit is always exact. The memo empties itself
/// when it reaches its capacity, which bounds its memory.
public final class BoundedMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    private let capacity: Int

    /// A memo of at most `capacity` values.
    public init(capacity: Int) { self.capacity = capacity }

    /// The value for `key`, computed by `make` (outside the lock) when it is not kept.
    public func value(for key: Key, _ make: () -> Value) -> Value {
        if let value = cached(key) { return value }
        let value = make()
        store(value, for: key)
        return value
    }

    /// The value kept for `key`, if any (for callers that compute values in batches or may throw).
    public func cached(_ key: Key) -> Value? {
        lock.withLock { values[key] }
    }

    /// Keeps `value` for `key`, emptying the memo first when it is full.
    public func store(_ value: Value, for key: Key) {
        lock.withLock {
            if values.count >= capacity { values.removeAll(keepingCapacity: true) }
            values[key] = value
        }
    }
}

/// A record as a memo key: hashed by a few identifying fields (hashing a whole record, abstract
/// and MeSH headings included, costs more than some of what is memoised), compared whole.
public struct RecordContentKey: Hashable, Sendable {
    /// The record.
    public let record: Record

    /// The key of a record.
    public init(_ record: Record) { self.record = record }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(record.item.title)
        hasher.combine(record.item.pmid)
        hasher.combine(record.item.doi)
        hasher.combine(record.item.author.count)
    }

    public static func == (a: RecordContentKey, b: RecordContentKey) -> Bool { a.record == b.record }
}
