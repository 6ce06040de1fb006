import Foundation
@testable import Resolve
import Testing

@Suite("rate limits: the request window, shared between processes")
struct SharedSlotsTests {
    @Test("a request starts only when fewer than the limit could arrive within one window before it")
    func windowRule() {
        var w = RequestWindow()
        // Three requests answered at 0.2, 0.6 and 1.0: a fourth must wait until the first answer is a window old.
        for (i, (sent, answered)) in [(0.0, 0.2), (0.4, 0.6), (0.8, 1.0)].enumerated() {
            w.sent("r\(i)", at: sent)
            w.answered("r\(i)", at: answered)
        }
        #expect(w.earliestStart(now: 1.0, limit: 3, window: 1.1, spacing: 0.4, stale: 300) == 0.2 + 1.1)
        // Spacing alone decides while fewer than the limit are in the window.
        var few = RequestWindow()
        few.sent("a", at: 5.0)
        few.answered("a", at: 5.1)
        #expect(few.earliestStart(now: 5.1, limit: 3, window: 1.1, spacing: 0.4, stale: 300) == 5.4)
    }

    @Test("requests in flight count as arriving now: with the limit in flight, nobody starts")
    func inFlight() {
        var w = RequestWindow()
        for i in 0..<3 { w.sent("r\(i)", at: Double(i) * 0.4) }
        #expect(w.earliestStart(now: 1.0, limit: 3, window: 1.1, spacing: 0.4, stale: 300) == nil)
        // A request in flight for longer than `stale` was lost with its process.
        #expect(w.earliestStart(now: 400, limit: 3, window: 1.1, spacing: 0.4, stale: 300) == 400)
    }

    @Test("entries from before a restart (times far ahead of the clock) are dropped, not waited for")
    func restart() {
        var w = RequestWindow()
        for i in 0..<3 { w.sent("old\(i)", at: 5_000 + Double(i)) }
        #expect(w.earliestStart(now: 10, limit: 3, window: 1.1, spacing: 0.4, stale: 300) == 10)
        #expect(w.entries.isEmpty)
    }

    @Test("the window survives the file: entries written by one handle are read by another")
    func fileRoundTrip() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("slots-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try SharedSlots(path: path).update { windows in
            windows["eutils", default: RequestWindow()].sent("p-1", at: 10)
            windows["eutils"]?.answered("p-1", at: 10.5)
            windows["crossref", default: RequestWindow()].sent("p-2", at: 11)
        }
        let read = try SharedSlots(path: path).update { $0 }
        #expect(read["eutils"]?.entries == [RequestWindow.Entry(id: "p-1", sent: 10, answered: 10.5)])
        #expect(read["crossref"]?.entries == [RequestWindow.Entry(id: "p-2", sent: 11, answered: nil)])
    }

    @Test("two limiters on one file keep one limit: the fourth request waits for the first to leave the window")
    func twoLimiters() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("slots-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let a = RateLimiter(limit: 3, shared: SharedSlots(path: path), service: "eutils")
        let b = RateLimiter(limit: 3, shared: SharedSlots(path: path), service: "eutils")
        let clock = ContinuousClock()
        let start = clock.now
        for limiter in [a, b, a] { await limiter.release(try await limiter.acquire()) }
        await b.release(try await b.acquire())
        // Three starts spaced 0.37 s, and the fourth a window (1.1 s) after the first answer.
        #expect(clock.now - start >= .milliseconds(1_050))
    }
}
