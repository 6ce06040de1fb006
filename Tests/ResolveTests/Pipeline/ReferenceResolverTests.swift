import Bibliography
import Foundation
import LoopbackServer
import Resolve
import Testing

@Suite("resolving the bundled page's references against the loopback server", .serialized)
struct ReferenceResolverTests {
    /// The records the bundle's own files give each reference (`cite check References/prolotherapy`).
    static let expected: [Int: String] = [
        3: "pmid:6224646", 4: "pmid:3998899", 7: "pmid:10710805", 8: "pmid:15100629",
        2: "doi:10.5555/confirmed-ref-2", 5: "doi:10.5555/confirmed-ref-5", 6: "doi:10.5555/confirmed-ref-6",
        10: "doi:10.5555/confirmed-ref-10", 11: "doi:10.5555/confirmed-ref-11", 14: "doi:10.5555/confirmed-ref-14",
    ]

    @Test("every reference the bundle's files match resolves to the same work, and nothing else resolves")
    func sameRecordsAsTheBundle() async throws {
        let harness = try await ResolveHarness.start()
        defer { Task { await harness.server.stop() } }
        let results = await harness.resolver().resolve(try ResolveHarness.references())
        var resolved: [Int: String] = [:]
        for r in results where r.status == .resolved { resolved[r.number] = r.record }
        #expect(resolved == Self.expected)
        #expect(results.filter { $0.status == .failed }.isEmpty)
        // PubMed records come from PubMed; the rest from Crossref's bibliographic query.
        #expect(results.first { $0.number == 3 }?.resolver == "esearch")
        #expect(results.first { $0.number == 2 }?.resolver == "crossref")
        #expect(await harness.server.rateLimitViolations() == 0)
    }

    @Test("every E-utilities request carries tool and email; no request exceeds 3 a second without a key")
    func etiquette() async throws {
        let harness = try await ResolveHarness.start()
        defer { Task { await harness.server.stop() } }
        _ = await harness.resolver().resolve(try ResolveHarness.references())
        let params = await harness.server.eutilsParameters()
        #expect(params.count >= 3)
        #expect(params.allSatisfy { $0["tool"] == "citekit" && $0["email"] == "tests@example.org" && $0["api_key"] == nil })
        #expect(await harness.server.rateLimitViolations() == 0)
    }

    @Test("a second run over the same store makes no request at all")
    func secondRunIsFree() async throws {
        let store = MemoryStore()
        let first = try await ResolveHarness.start(store: store)
        let references = try ResolveHarness.references()
        let before = await first.resolver().resolve(references)
        await first.server.stop()
        let second = try await ResolveHarness.start(store: store)
        defer { Task { await second.server.stop() } }
        let after = await second.resolver().resolve(references)
        #expect(await second.server.totalRequests() == 0)
        #expect(after.map(\.record) == before.map(\.record))
        #expect(after.filter { $0.status == .resolved }.allSatisfy { $0.resolver == "library" })
    }

    @Test("--offline: no request is sent and nothing resolves beyond the store")
    func offline() async throws {
        let harness = try await ResolveHarness.start()
        defer { Task { await harness.server.stop() } }
        let results = await harness.resolver(offline: true).resolve(try ResolveHarness.references())
        #expect(await harness.server.totalRequests() == 0)
        #expect(results.allSatisfy { $0.status != .resolved })
        #expect(results.contains { $0.error?.contains("--offline") == true })
    }

    @Test("a reference with a PMID is fetched by EFetch and accepted by identifier")
    func pmidIdentifier() async throws {
        let harness = try await ResolveHarness.start()
        defer { Task { await harness.server.stop() } }
        var item = Item(id: "x")
        item.setString("PMID", "6224646")
        let results = await harness.resolver().resolve([ResolveInput(number: 1, text: "PMID: 6224646", item: item)])
        #expect(results == [Resolution(number: 1, status: .resolved, record: "pmid:6224646", score: 1, resolver: "identifier")])
        #expect(await harness.server.requests(.efetch) == 1)
        #expect(harness.store.records.count == 1)
    }

    @Test("two equally fitting records give no match and name both")
    func ambiguous() async throws {
        var twin = try ResolveHarness.references()[2].item   // reference 3, as cited
        twin.id = .string("twin")
        let harness = try await ResolveHarness.start()
        defer { Task { await harness.server.stop() } }
        // A store holding two copies of one work under different identifiers.
        var a = twin, b = twin
        a.setString("DOI", "10.5555/a")
        b.setString("DOI", "10.5555/b")
        b.setString("title", (b.title ?? "") + " (reprint)")
        try harness.store.save([FetchedRecord(record: Record(item: a), kind: "test", origin: "test"),
                                FetchedRecord(record: Record(item: b), kind: "test", origin: "test")])
        var cited = twin
        cited.fields["DOI"] = nil
        let matcherView = await harness.resolver(offline: true).resolve([ResolveInput(number: 3, text: "", item: cited)])
        #expect(matcherView.first?.status == .ambiguous)
        #expect(matcherView.first?.candidates.sorted() == ["doi:10.5555/a", "doi:10.5555/b"])
    }
}
