import Foundation

/// A remote service and the rules it publishes for its clients.
public struct Service: Sendable {
    /// A short name for messages and counts (`eutils`, `crossref`).
    public var name: String
    /// Spaces the requests to this service.
    public var limiter: RateLimiter
    /// Whether the service advertises its own limit in `X-Rate-Limit-Limit`/`-Interval` headers
    /// (Crossref), which then replaces the initial one, never rising above `ceiling`.
    public var followsAdvertisedLimit: Bool
    /// The highest rate (requests a second) ever used, whatever the service advertises.
    public var ceiling: Int

    /// NCBI E-utilities: 3 requests a second without an API key, 10 with one (NBK25497).
    public static func eutils(hasAPIKey: Bool, shared: SharedSlots? = nil) -> Service {
        Service(name: "eutils", limiter: RateLimiter(limit: hasAPIKey ? 10 : 3, shared: shared, service: "eutils"),
                followsAdvertisedLimit: false, ceiling: hasAPIKey ? 10 : 3)
    }

    /// Crossref's REST API: starts at the public pool's 5 a second and follows its headers.
    public static func crossref(shared: SharedSlots? = nil) -> Service {
        Service(name: "crossref", limiter: RateLimiter(limit: 5, shared: shared, service: "crossref"), followsAdvertisedLimit: true, ceiling: 10)
    }

    /// Reads `X-Rate-Limit-Limit: 50` and `X-Rate-Limit-Interval: 1s` (either spelling).
    static func advertisedLimit(_ answer: HTTPAnswer) -> (limit: Int, interval: Double)? {
        guard let limit = (answer.header("x-rate-limit-limit") ?? answer.header("x-ratelimit-limit")).flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
            let intervalText = answer.header("x-rate-limit-interval") ?? answer.header("x-ratelimit-interval")
        else { return nil }
        let digits = intervalText.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "s"))
        guard let interval = Double(digits), interval > 0 else { return nil }
        return (limit, interval)
    }
}
