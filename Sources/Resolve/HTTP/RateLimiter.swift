import Foundation

/// Spaces the requests to one service so that no window of `interval` seconds holds more than
/// `limit` request starts. The spacing is a little wider than the limit requires, since the server
/// measures arrivals, not departures.
public actor RateLimiter {
    private var limit: Int
    private var interval: Double
    private var nextSlot: ContinuousClock.Instant?
    private let clock = ContinuousClock()
    private static let margin = 1.25

    /// A limiter for `limit` requests per `interval` seconds.
    public init(limit: Int, interval: Double = 1) {
        self.limit = max(limit, 1)
        self.interval = max(interval, 0.001)
    }

    /// The current limit, as requests per interval.
    public var current: (limit: Int, interval: Double) { (limit, interval) }

    /// Changes the limit, for example to what a service advertises in its headers; never raises it
    /// above `ceiling`.
    public func update(limit newLimit: Int, interval newInterval: Double, ceiling: Int) {
        guard newLimit > 0, newInterval > 0 else { return }
        limit = min(newLimit, ceiling)
        interval = newInterval
    }

    /// Waits until the next request may start, and books its slot.
    public func acquire() async throws {
        let spacing = Duration.seconds(interval / Double(limit) * Self.margin)
        let now = clock.now
        let slot = max(now, nextSlot ?? now)
        nextSlot = slot + spacing
        if slot > now { try await clock.sleep(until: slot, tolerance: nil) }
    }
}
