import Foundation

/// One slot per page, filled from many threads (site checks, renders and the HTML report).
package final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    package init(count: Int) { slots = Array(repeating: nil, count: count) }

    package subscript(index: Int) -> Value? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    /// Every filled slot, in page order.
    package var values: [Value] { lock.withLock { slots.compactMap { $0 } } }
}
