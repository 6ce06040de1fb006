import Foundation

/// Runs work over several inputs on all cores, results in input order.
public enum ParallelMap {
    /// `transform` applied to each element concurrently; the results keep the input order.
    public static func map<T: Sendable, R: Sendable>(_ inputs: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let box = ResultBox<R>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            box.set(index, transform(inputs[index]))
        }
        return box.values()
    }

    private final class ResultBox<R>: @unchecked Sendable {
        private var slots: [R?]
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: R) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }
        func values() -> [R] {
            lock.lock()
            defer { lock.unlock() }
            return slots.compactMap { $0 }
        }
    }
}
