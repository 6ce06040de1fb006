import Foundation

/// Sends requests the way the services ask: within their rate limits, retrying transient
/// failures with backoff, and never past the overall deadline. Answers are checked by the
/// caller's decoder, so a body that is not what the service documents is an error, never data.
public struct PoliteClient: Sendable {
    /// The network seam.
    public var transport: any HTTPTransport
    /// Retries and timeouts.
    public var policy: RetryPolicy
    /// No request starts after this instant.
    public var deadline: ContinuousClock.Instant?
    /// When true, every request fails with ``ResolveError/offline(url:)`` before it is sent.
    public var offline: Bool

    /// A client.
    public init(transport: any HTTPTransport = HTTPClientTransport.shared, policy: RetryPolicy = RetryPolicy(),
                deadline: ContinuousClock.Instant? = nil, offline: Bool = false) {
        self.transport = transport
        self.policy = policy
        self.deadline = deadline
        self.offline = offline
    }

    /// Sends `request` to `service` and decodes the answer, retrying what may succeed later.
    /// - Parameter decode: turns an answer into a value; throws ``ResolveError/invalidAnswer(url:reason:)``
    ///   (retried) or another ``ResolveError`` for answers that are not data.
    /// - Throws: the last ``ResolveError`` when every attempt failed.
    public func send<T: Sendable>(_ request: HTTPRequest, to service: Service,
                                  decode: @Sendable (HTTPAnswer) throws -> T) async throws -> T {
        let url = request.url.absoluteString
        if offline { throw ResolveError.offline(url: url) }
        var request = request
        request.timeout = policy.requestTimeout
        var lastError = ResolveError.transport(url: url, reason: "not sent")
        for attempt in 1...policy.maxAttempts {
            if let deadline, ContinuousClock.now >= deadline { throw ResolveError.deadlineExceeded(url: url) }
            let ticket = try await service.limiter.acquire()
            var retryAfter: Double?
            do {
                let answer: HTTPAnswer
                do {
                    answer = try await transport.send(request)
                    await service.limiter.release(ticket)
                } catch {
                    await service.limiter.release(ticket)
                    throw error
                }
                if service.followsAdvertisedLimit, let advertised = Service.advertisedLimit(answer) {
                    await service.limiter.update(limit: advertised.limit, interval: advertised.interval, ceiling: service.ceiling)
                }
                if RetryPolicy.isTransient(status: answer.status) {
                    retryAfter = RetryPolicy.retryAfter(answer.header("retry-after"))
                    lastError = answer.status == 429
                        ? .rateLimited(url: url)
                        : .badStatus(url: url, status: answer.status, detail: Self.snippet(answer))
                } else {
                    do {
                        return try decode(answer)
                    } catch let error as ResolveError where error.isRetryable {
                        lastError = error
                    }
                }
            } catch let error as TransportError {
                lastError = .transport(url: url, reason: error.description)
            }
            guard attempt < policy.maxAttempts else { break }
            var wait = policy.delay(afterAttempt: attempt, retryAfter: retryAfter)
            if let deadline {
                let left = ContinuousClock.now.duration(to: deadline)
                if left <= .zero { throw ResolveError.deadlineExceeded(url: url) }
                wait = min(wait, Double(left.components.seconds) + Double(left.components.attoseconds) / 1e18)
            }
            try await Task.sleep(for: .seconds(wait))
        }
        throw lastError
    }

    /// The first line of a body, for messages.
    static func snippet(_ answer: HTTPAnswer) -> String {
        let line = answer.text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return String(line.prefix(120))
    }
}
