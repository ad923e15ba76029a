import Dispatch

/// Runs independent per-page work on every core, keeping results in input order so output stays
/// deterministic.
enum ParallelMap {
    static func map<T, R>(_ items: [T], _ body: (T) -> R) -> [R] {
        guard items.count > 1 else { return items.map(body) }
        var results = [R?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = buffer  // each index is written by exactly one iteration
            DispatchQueue.concurrentPerform(iterations: items.count) { i in
                slots[i] = body(items[i])
            }
        }
        return results.map { $0! }
    }
}
