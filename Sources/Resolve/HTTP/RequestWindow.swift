/// The requests of one service that may still count against its rate limit: each with the time
/// it was sent and, once answered, the time its answer came back.
///
/// A service counts a request when it arrives, which is some time between its sending and its
/// answer. So a new request may start at `t` only when fewer than `limit` requests could arrive
/// within one window before it: every request still in flight counts, and so does every request
/// answered after `t - window`. This holds whatever the connection latency, and across processes.
struct RequestWindow: Sendable, Hashable {
    struct Entry: Sendable, Hashable {
        var id: String
        var sent: Double
        var answered: Double?
    }

    var entries: [Entry] = []

    /// The earliest start at or after `now` for a new request, or nil while too many are in flight.
    /// - Parameters:
    ///   - spacing: the least time between two starts.
    ///   - stale: requests in flight longer than this are taken as lost (a process that died).
    mutating func earliestStart(now: Double, limit: Int, window: Double, spacing: Double, stale: Double) -> Double? {
        entries.removeAll { e in
            // Times ahead of now were written before the machine restarted (its clock starts again at 0).
            if e.sent > now + stale { return true }
            if let answered = e.answered { return answered < now - window - 1 }
            return e.sent < now - stale
        }
        let inFlight = entries.filter { $0.answered == nil }.count
        guard inFlight < limit else { return nil }
        var start = max(now, (entries.map(\.sent).max() ?? -Double.infinity) + spacing)
        let answered = entries.compactMap(\.answered).sorted(by: >)
        let allowed = limit - inFlight   // answered requests that may still fall in the window, plus this one
        if answered.count >= allowed { start = max(start, answered[allowed - 1] + window) }
        return start
    }

    /// Records a request sent at `time`.
    mutating func sent(_ id: String, at time: Double) {
        entries.append(Entry(id: id, sent: time, answered: nil))
    }

    /// Records that the request's answer (or failure) came back at `time`.
    mutating func answered(_ id: String, at time: Double) {
        if let i = entries.firstIndex(where: { $0.id == id }) { entries[i].answered = time }
    }

    /// One line per entry: `id sent answered|-`.
    var lines: [String] {
        entries.map { "\($0.id) \($0.sent) \($0.answered.map { String($0) } ?? "-")" }
    }

    init() {}

    init(lines: [Substring]) {
        for line in lines {
            let parts = line.split(separator: " ")
            guard parts.count == 3, let sent = Double(parts[1]) else { continue }
            entries.append(Entry(id: String(parts[0]), sent: sent, answered: Double(parts[2])))
        }
    }
}
