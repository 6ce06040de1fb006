import Foundation
import Testing

@testable import Library

@Suite("Library: the look-up cache")
struct LookupCacheTests {
    @Test("a negative answer is cached, returned within its age limit and expired after it")
    func negativeLookups() throws {
        try TestLibrary.withLibrary { (library: RecordLibrary, _: URL) throws in
            let t0 = Date(timeIntervalSince1970: 1_800_000_000)
            try library.storeLookup(CachedLookup(key: "ecitmatch:nat med|2001|7||", answer: nil, storedAt: t0))
            let fresh = try library.cachedLookup(key: "ecitmatch:nat med|2001|7||", maxAge: 3600, now: t0.addingTimeInterval(100))
            #expect(fresh == CachedLookup(key: "ecitmatch:nat med|2001|7||", answer: nil, storedAt: t0))
            #expect(try library.cachedLookup(key: "ecitmatch:nat med|2001|7||", maxAge: 3600, now: t0.addingTimeInterval(3601)) == nil)
            #expect(try library.cachedLookup(key: "ecitmatch:other", maxAge: 3600, now: t0) == nil)
            let stats = try library.stats()
            #expect(stats.lookups == 1)
            #expect(stats.negativeLookups == 1)
        }
    }

    @Test("a later answer for the same key replaces the earlier one")
    func replaceAnswer() throws {
        try TestLibrary.withLibrary { (library: RecordLibrary, _: URL) throws in
            let t0 = Date(timeIntervalSince1970: 1_800_000_000)
            try library.storeLookup(CachedLookup(key: "esearch:x", answer: nil, storedAt: t0))
            try library.storeLookups([CachedLookup(key: "esearch:x", answer: "pmid:42", storedAt: t0.addingTimeInterval(10))])
            let cached = try library.cachedLookup(key: "esearch:x", maxAge: 60, now: t0.addingTimeInterval(20))
            #expect(cached?.answer == "pmid:42")
            #expect(cached?.storedAt == t0.addingTimeInterval(10))
            #expect(try library.stats().negativeLookups == 0)
        }
    }
}
