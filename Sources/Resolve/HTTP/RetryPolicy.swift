import Foundation

/// When and how long to wait before trying a request again: exponential backoff with full
/// jitter, honouring the server's `Retry-After`, within an overall deadline.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in all, the first included.
    public var maxAttempts: Int
    /// The first backoff, in seconds; each later one doubles.
    public var baseDelay: Double
    /// The longest single wait, in seconds.
    public var maxDelay: Double
    /// Seconds one request may take before it counts as timed out.
    public var requestTimeout: Double

    /// A policy; the defaults suit the public services.
    public init(maxAttempts: Int = 5, baseDelay: Double = 0.5, maxDelay: Double = 30, requestTimeout: Double = 30) {
        self.maxAttempts = max(maxAttempts, 1)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.requestTimeout = requestTimeout
    }

    /// The wait before attempt `attempt + 1` (attempt counts from 1), in seconds: the server's
    /// `Retry-After` when it gave one, else a random wait up to the exponential bound.
    public func delay(afterAttempt attempt: Int, retryAfter: Double?, random: Double = Double.random(in: 0...1)) -> Double {
        if let retryAfter { return min(max(retryAfter, 0), maxDelay) }
        let bound = min(maxDelay, baseDelay * pow(2, Double(attempt - 1)))
        return bound * (0.5 + 0.5 * random)
    }

    /// Whether an answer's status is worth another try: rate limited, or a server-side failure.
    public static func isTransient(status: Int) -> Bool {
        status == 429 || status == 408 || (500...599).contains(status)
    }

    /// Seconds from a `Retry-After` header: delta-seconds or an HTTP date.
    public static func retryAfter(_ value: String?, now: Date = Date()) -> Double? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Double(value) { return max(seconds, 0) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: value) else { return nil }
        return max(date.timeIntervalSince(now), 0)
    }
}
