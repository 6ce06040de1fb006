import Foundation

/// Hands out the parts of a file to reader threads in order, at most `window` parts ahead of the
/// part the writer is storing, so that memory stays bounded while every core reads.
final class PartScheduler: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    private var next = 0
    private var writing = 0
    private var cancelled = false

    init(count: Int, window: Int) {
        self.count = count
        self.window = max(1, window)
    }

    /// The next part to read, waiting while it would be too far ahead of the writer; `nil` when
    /// all parts are handed out or the import stopped.
    func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while next < count, next >= writing + window, !cancelled { condition.wait() }
        guard next < count, !cancelled else { return nil }
        next += 1
        return next - 1
    }

    /// The writer has moved on to `part`.
    func writerReached(_ part: Int) {
        condition.lock()
        writing = part
        condition.broadcast()
        condition.unlock()
    }

    /// The import stopped: no part is handed out any more.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
