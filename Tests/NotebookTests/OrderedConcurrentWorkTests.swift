import BookFormat
import BookRuntime
import Foundation
import Notebook
import Synchronization
import Testing

/// `performConcurrently`, which runs several chapters at once: results are delivered in index
/// order whatever the order they finish in, at most `width` pieces run at once, and they start
/// in the order asked for. Semaphores, not clocks, fix the order in which work finishes.
@Suite struct OrderedConcurrentWorkTests {
    /// Waits for `semaphore`, failing the test rather than hanging it when it is never signalled
    /// (which is what a broken implementation would cause).
    static func wait(_ semaphore: DispatchSemaphore) {
        #expect(semaphore.wait(timeout: .now() + 30) == .success, "waited 30 s for other work")
    }

    @Test func resultsFinishingInReverseAreDeliveredInIndexOrder() {
        let count = 5
        // Work i finishes only after work i + 1 has finished, so they finish last to first.
        let finished = (0..<count).map { _ in DispatchSemaphore(value: 0) }
        let finishOrder = Mutex<[Int]>([])
        var delivered: [Int] = []
        performConcurrently(count: count, width: count, startOrder: Array(0..<count)) { index in
            if index + 1 < count { Self.wait(finished[index + 1]) }
            finishOrder.withLock { $0.append(index) }
            finished[index].signal()
            return index * 10
        } deliver: { result in
            delivered.append(result)
        }
        #expect(finishOrder.withLock { $0 } == [4, 3, 2, 1, 0])
        #expect(delivered == [0, 10, 20, 30, 40])
    }

    @Test func atMostWidthPiecesRunAtOnceAndThatManyDo() {
        let width = 3
        let running = Mutex((now: 0, most: 0))
        // Opens when `width` pieces run at the same time; a pool that ran fewer would never
        // open it, and the wait would fail the test.
        let allRunning = DispatchSemaphore(value: 0)
        performConcurrently(count: 2 * width, width: width, startOrder: Array(0..<2 * width)) { _ in
            let now = running.withLock { state in
                state.now += 1
                state.most = max(state.most, state.now)
                return state.now
            }
            if now == width { (0..<width).forEach { _ in allRunning.signal() } }
            if running.withLock({ $0.most }) < width { Self.wait(allRunning) }
            // A moment more together, so that a thread the pool should not have started
            // would be counted.
            usleep(20_000)
            running.withLock { $0.now -= 1 }
        } deliver: { _ in }
        #expect(running.withLock { $0.most } == width)
    }

    @Test func oneAtATimeTheWorkStartsInTheOrderAsked() {
        let started = Mutex<[Int]>([])
        var delivered: [Int] = []
        performConcurrently(count: 4, width: 1, startOrder: [2, 0, 3, 1]) { index in
            started.withLock { $0.append(index) }
            return index
        } deliver: { delivered.append($0) }
        #expect(started.withLock { $0 } == [2, 0, 3, 1])
        #expect(delivered == [0, 1, 2, 3])
    }

    @Test func oneJobRunsChaptersInBookOrderAndSeveralStartWithTheLast() throws {
        let chapters = try (1...4).map { number in
            try ChapterParser.parse("# Chapter \(number)\n", path: "chapters/0\(number)-chapter.md")
        }
        #expect(CachingChapterRunner.startOrder(of: chapters, jobs: 1) == [0, 1, 2, 3])
        #expect(CachingChapterRunner.startOrder(of: chapters, jobs: 2) == [3, 2, 1, 0])
    }
}
