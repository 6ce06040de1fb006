import Bibliography
import Foundation
import Library

/// The local library as the resolvers' store: records fetched are added whole (one transaction
/// per batch), answers of look-ups go to its cache.
public struct LibraryStore: ResolveStore {
    public let library: RecordLibrary

    public init(_ library: RecordLibrary) { self.library = library }

    public func candidates(for item: Item, limit: Int) throws -> [Record] {
        try library.candidates(for: item, limit: limit).map(\.record)
    }

    public func records(pmids: [String]) throws -> [String: Record] {
        try library.records(pmids: pmids).mapValues(\.record)
    }

    public func record(doi: String) throws -> Record? {
        try library.record(doi: doi).map(\.record)
    }

    public func save(_ records: [FetchedRecord]) throws {
        try library.add(records.map {
            StoredRecord(record: $0.record, source: RecordSource(kind: $0.kind, origin: $0.origin, fetchedAt: $0.fetchedAt), raw: $0.raw)
        })
    }

    public func lookup(_ key: String, maxAge: TimeInterval) throws -> String?? {
        guard let hit = try library.cachedLookup(key: key, maxAge: maxAge) else { return nil }
        return .some(hit.answer)
    }

    public func saveLookup(_ key: String, answer: String?) throws {
        try library.storeLookup(CachedLookup(key: key, answer: answer))
    }
}
