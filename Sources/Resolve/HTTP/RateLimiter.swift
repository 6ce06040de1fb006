import Foundation

/// Keeps the requests to one service within its rate limit: no window of `interval` seconds
/// (widened by a margin) may see more than `limit` requests arrive, counting a request from its
/// sending to its answer (see ``RequestWindow``), and starts are spaced evenly. With
/// ``SharedSlots`` the window is shared by every process using the same file.
public actor RateLimiter {
    private var limit: Int
    private var interval: Double
    private var window = RequestWindow()
    private let shared: SharedSlots?
    private let service: String
    private var counter = 0
    private static let margin = 1.1
    /// Requests in flight longer than this are taken as lost.
    private static let stale = 300.0

    /// A limiter for `limit` requests per `interval` seconds; with `shared`, the window is kept
    /// there under `service`, so that every process using the same file keeps within one limit.
    public init(limit: Int, interval: Double = 1, shared: SharedSlots? = nil, service: String = "") {
        self.limit = max(limit, 1)
        self.interval = max(interval, 0.001)
        self.shared = shared
        self.service = service
    }

    /// Changes the limit, for example to what a service advertises in its headers; never raises it
    /// above `ceiling` requests an interval.
    public func update(limit newLimit: Int, interval newInterval: Double, ceiling: Int) {
        guard newLimit > 0, newInterval > 0 else { return }
        limit = min(newLimit, ceiling)
        interval = newInterval
    }

    /// Waits until a request may start and books it; pass the ticket to ``release(_:)`` when its
    /// answer (or failure) is back.
    public func acquire() async throws -> String {
        counter += 1
        let id = "\(getpid())-\(counter)"
        while true {
            let now = Self.clock()
            let (limit, window, spacing) = (self.limit, interval * Self.margin, interval / Double(self.limit) * Self.margin)
            let start: Double?
            if let shared {
                start = (try? shared.update { windows in
                    var w = windows[service, default: RequestWindow()]
                    let start = w.earliestStart(now: now, limit: limit, window: window, spacing: spacing, stale: Self.stale)
                    if let start { w.sent(id, at: start) }
                    windows[service] = w
                    return start
                }) ?? self.window.earliestStart(now: now, limit: limit, window: window, spacing: spacing, stale: Self.stale)
            } else {
                start = self.window.earliestStart(now: now, limit: limit, window: window, spacing: spacing, stale: Self.stale)
                if let start { self.window.sent(id, at: start) }
            }
            guard let start else {
                // Too many in flight (other processes): look again shortly.
                try await Task.sleep(for: .milliseconds(50))
                continue
            }
            if start > now { try await Task.sleep(for: .seconds(start - now)) }
            return id
        }
    }

    /// Records that the request of `ticket` has its answer.
    public func release(_ ticket: String) {
        let now = Self.clock()
        if let shared, (try? shared.update { windows in windows[service]?.answered(ticket, at: now) }) != nil { return }
        window.answered(ticket, at: now)
    }

    /// Seconds on the system's boot-time clock: one clock for every process on the machine, never
    /// stepped as the wall clock is (a wall-clock jump forward made old requests look older than they
    /// were, and let a request start inside the window).
    static func clock() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_BOOTTIME, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
