import Bibliography
import Foundation
import LoopbackServer
import Resolve
import Testing

/// Every fault the server can play ends in a retry that succeeds, or in a per-reference error
/// naming the URL, and never in a stored partial record.
@Suite("faults: retries and clear errors", .serialized)
struct FaultTests {
    static func pmidReference() -> ResolveInput {
        var item = Item(id: "x")
        item.setString("PMID", "6224646")
        return ResolveInput(number: 3, text: "PMID: 6224646", item: item)
    }

    static let faults: [Fault] = [
        .status(500, retryAfter: nil), .status(502, retryAfter: nil), .status(503, retryAfter: "1"),
        .status(429, retryAfter: "1"), .slow(6), .reset, .truncated, .htmlPage, .invalidXML, .empty,
    ]

    @Test("one fault, then a retry that succeeds", arguments: faults)
    func retrySucceeds(_ fault: Fault) async throws {
        let harness = try await ResolveHarness.start()
        defer { Task { await harness.server.stop() } }
        await harness.server.inject(fault, on: .efetch, times: 1)
        let results = await harness.resolver(timeout: 3).resolve([Self.pmidReference()])
        #expect(results.first?.status == .resolved)
        #expect(results.first?.record == "pmid:6224646")
        // The fault, then at least one retry (a loaded machine may time out one more).
        #expect(await harness.server.requests(.efetch) >= 2)
        #expect(harness.store.records.map(\.reportID) == ["pmid:6224646"])
    }

    @Test("a fault that persists ends in a per-reference error naming the URL; nothing is stored", arguments: faults)
    func persistentFaultFails(_ fault: Fault) async throws {
        let harness = try await ResolveHarness.start()
        defer { Task { await harness.server.stop() } }
        await harness.server.inject(fault, on: .efetch, times: 3)
        let results = await harness.resolver(attempts: 3, timeout: 3).resolve([Self.pmidReference()])
        let result = try #require(results.first)
        #expect(result.status == .failed)
        #expect(result.error?.contains("/entrez/eutils/efetch.fcgi?") == true)
        #expect(await harness.server.requests(.efetch) == 3)
        #expect(harness.store.records.isEmpty)
    }

    @Test("Retry-After is honoured: the retry waits at least as long as asked")
    func retryAfterHonoured() async throws {
        let harness = try await ResolveHarness.start()
        defer { Task { await harness.server.stop() } }
        await harness.server.inject(.status(503, retryAfter: "1"), on: .efetch, times: 1)
        let clock = ContinuousClock()
        let start = clock.now
        let results = await harness.resolver().resolve([Self.pmidReference()])
        #expect(results.first?.status == .resolved)
        #expect(clock.now - start >= .milliseconds(950))
    }

    @Test("an unknown DOI (Crossref's 404) is a negative answer, cached, not an error")
    func unknownDOI() async throws {
        let harness = try await ResolveHarness.start()
        defer { Task { await harness.server.stop() } }
        var item = Item(id: "x")
        item.setString("DOI", "10.9999/no-such-work")
        let input = ResolveInput(number: 1, text: "doi:10.9999/no-such-work", item: item)
        let first = await harness.resolver().resolve([input])
        #expect(first.first?.status == .notFound)
        #expect(await harness.server.requests(.crossrefWork) == 1)
        let before = await harness.server.totalRequests()
        _ = await harness.resolver().resolve([input])
        #expect(await harness.server.totalRequests() == before)
    }
}
