import Foundation

/// Slots filled from several threads (`DispatchQueue.concurrentPerform`), each slot
/// written once, read when every thread is done.
/// `@unchecked Sendable`: every access goes through `lock`.
final class ConcurrentSlots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value]

    init(count: Int, empty: Value) { slots = Array(repeating: empty, count: count) }

    func set(_ i: Int, _ value: Value) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }

    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
