import Foundation
import Synchronization

/// Calls `work` for every index in `0..<count`, on at most `width` threads at once, taking the
/// indices in `startOrder`; hands each result to `deliver` on the calling thread, in index
/// order, as soon as it and every result before it are done.
///
/// What the caller sees is therefore independent of which piece of work finishes first: the
/// same results, delivered in the same order, as `(0..<count).map(work)` would give, only
/// sooner. Each piece of work waits on a child process, so the threads are plain threads that
/// block, not tasks of Swift's cooperative pool, whose few threads must never block.
package func performConcurrently<Result: Sendable>(
    count: Int,
    width: Int,
    startOrder: [Int],
    work: @escaping @Sendable (Int) -> Result,
    deliver: (Result) -> Void
) {
    precondition(width >= 1 && startOrder.sorted() == Array(0..<count), "startOrder must hold each index once")
    let shared = SharedWork<Result>(startOrder: startOrder, count: count)
    for _ in 0..<min(width, count) {
        Thread.detachNewThread {
            while let index = shared.takeNext() {
                shared.finish(index, with: work(index))
            }
        }
    }
    var next = 0
    for _ in 0..<count {
        shared.oneFinished.wait()
        while next < count, let result = shared.result(at: next) {
            deliver(result)
            next += 1
        }
    }
}

/// The state the worker threads and the delivering thread share: the indices not yet taken,
/// and the results so far, each behind a lock; a semaphore counts the pieces finished.
private final class SharedWork<Result: Sendable>: Sendable {
    private let waiting: Mutex<[Int]>
    private let results: Mutex<[Result?]>
    let oneFinished = DispatchSemaphore(value: 0)

    init(startOrder: [Int], count: Int) {
        waiting = Mutex(Array(startOrder.reversed()))
        results = Mutex(Array(repeating: nil, count: count))
    }

    func takeNext() -> Int? {
        waiting.withLock { $0.popLast() }
    }

    func finish(_ index: Int, with result: Result) {
        results.withLock { $0[index] = result }
        oneFinished.signal()
    }

    func result(at index: Int) -> Result? {
        results.withLock { $0[index] }
    }
}
