/// Counts what a client sent, per service: requests, retries and rate-limit refusals.
public actor RequestLog {
    /// Counts of one service.
    public struct Counts: Sendable, Hashable, Codable {
        public var requests = 0
        public var retries = 0
        public var rateLimited = 0
        public var failures = 0
    }

    private(set) var counts: [String: Counts] = [:]

    public init() {}

    func record(_ service: String, retry: Bool, status: Int?, failed: Bool) {
        var c = counts[service, default: Counts()]
        c.requests += 1
        if retry { c.retries += 1 }
        if status == 429 { c.rateLimited += 1 }
        if failed { c.failures += 1 }
        counts[service] = c
    }

    /// The counts per service name, sorted by name.
    public var summary: [(service: String, counts: Counts)] {
        counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Requests sent to every service together.
    public var totalRequests: Int { counts.values.reduce(0) { $0 + $1.requests } }
}
