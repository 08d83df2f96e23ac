import Dispatch

extension Collection where Index == Int {
    /// `map(transform)`, with the elements transformed at the same time on the machine's cores.
    ///
    /// For independent pieces of slow work, such as training one GAN per discriminator variant:
    /// each result depends only on its own element, so the array returned is the same, bit for
    /// bit and in the same order, as `map`'s, whatever the number of cores or the timing.
    /// `transform` must therefore not touch state another element's transform uses (nor
    /// print): it may read what it captures, and write only its result or memory that belongs
    /// to its element alone.
    public func concurrentMap<T>(_ transform: (Element) -> T) -> [T] {
        let elements = Array(self)
        // One element is not worth starting threads for (tens of microseconds).
        guard elements.count > 1 else { return elements.map(transform) }
        var results = [T?](repeating: nil, count: elements.count)
        results.withUnsafeMutableBufferPointer { slots in
            let body: (Int) -> Void = { index in slots[index] = transform(elements[index]) }
            // The closure captures a mutable buffer, which the compiler cannot prove safe to share
            // between threads; it is safe because iteration i writes slot i and nothing else, and
            // `concurrentPerform` returns only after every iteration is done.
            withoutActuallyEscaping(body) { body in
                let shared = unsafeBitCast(body, to: (@Sendable (Int) -> Void).self)
                // With an element for every core, the products inside run on their own
                // element's thread rather than asking the shared workers for more threads.
                if elements.count >= WorkerPool.shared.width {
                    WorkerPool.shared.withWorkersHeld {
                        DispatchQueue.concurrentPerform(iterations: elements.count, execute: shared)
                    }
                } else {
                    DispatchQueue.concurrentPerform(iterations: elements.count, execute: shared)
                }
            }
        }
        return results.map { $0! }
    }
}
