import Bibliography
import Foundation

/// A record as fetched: where from, when, and its own bytes.
public struct FetchedRecord: Sendable {
    public var record: Record
    /// `pubmed-xml` or `crossref`.
    public var kind: String
    /// The request URL.
    public var origin: String
    public var fetchedAt: Date
    public var raw: Data?

    public init(record: Record, kind: String, origin: String, fetchedAt: Date = Date(), raw: Data? = nil) {
        self.record = record
        self.kind = kind
        self.origin = origin
        self.fetchedAt = fetchedAt
        self.raw = raw
    }
}

/// What the resolvers keep between runs: records and the answers of look-ups, negative ones too.
/// The local library implements it; tests use ``MemoryStore``.
public protocol ResolveStore: Sendable {
    /// Records that may be the reference's: those sharing an identifier, then those sharing title words.
    func candidates(for item: Item, limit: Int) throws -> [Record]
    /// The stored records of these PMIDs, by PMID.
    func records(pmids: [String]) throws -> [String: Record]
    /// The stored record with this DOI.
    func record(doi: String) throws -> Record?
    /// Stores fetched records, each whole or not at all.
    func save(_ records: [FetchedRecord]) throws
    /// A stored answer no older than `maxAge` seconds: `.some(nil)` is a stored negative answer.
    func lookup(_ key: String, maxAge: TimeInterval) throws -> String??
    /// Stores a look-up's answer; nil records that nothing was found.
    func saveLookup(_ key: String, answer: String?) throws
}

/// A ``ResolveStore`` in memory, for tests and for runs without a library.
public final class MemoryStore: ResolveStore, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String: Record] = [:]
    private var order: [String] = []
    private var lookups: [String: (answer: String?, at: Date)] = [:]

    public init(records: [Record] = []) {
        for r in records { insert(r) }
    }

    /// Every record, in the order first stored.
    public var records: [Record] { lock.withLock { order.compactMap { stored[$0] } } }

    private func insert(_ record: Record) {
        let id = record.reportID
        if stored[id] == nil { order.append(id) }
        stored[id] = record
    }

    /// Every record: a memory store is small, and the matcher's own index finds the candidates.
    public func candidates(for item: Item, limit: Int) throws -> [Record] {
        records
    }

    public func records(pmids: [String]) throws -> [String: Record] {
        lock.withLock {
            var out: [String: Record] = [:]
            for p in pmids { if let r = stored["pmid:\(p)"] { out[p] = r } }
            return out
        }
    }

    public func record(doi: String) throws -> Record? {
        guard let d = Identifiers.normalizedDOI(doi) else { return nil }
        return records.first { ($0.item.doi).flatMap(Identifiers.normalizedDOI) == d }
    }

    public func save(_ records: [FetchedRecord]) throws {
        lock.withLock { for r in records { insert(r.record) } }
    }

    public func lookup(_ key: String, maxAge: TimeInterval) throws -> String?? {
        lock.withLock {
            guard let hit = lookups[key], Date().timeIntervalSince(hit.at) <= maxAge else { return nil }
            return .some(hit.answer)
        }
    }

    public func saveLookup(_ key: String, answer: String?) throws {
        lock.withLock { lookups[key] = (answer, Date()) }
    }
}
