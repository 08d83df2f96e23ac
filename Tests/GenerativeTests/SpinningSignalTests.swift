import Foundation
@preconcurrency import Generative
import Testing

/// `SpinningSignal`, the handoff between `WorkerPool`'s caller and its workers.
@Suite struct SpinningSignalTests {
    /// Two threads hand a counter back and forth through two signals, 20 000 rounds: each
    /// raise is seen by exactly one wait (no round lost, none seen twice) and the waiter sees
    /// what the raiser wrote before raising. With no spinning every wait sleeps, with a long
    /// spin almost none does, and with a short one the raise races the waiter going to sleep.
    @Test(arguments: [0, 50, 1_000_000])
    func everyRaiseIsSeenOnceWithWhatWasWrittenBeforeIt(spins: Int) {
        let rounds = 20_000
        let there = SpinningSignal(spins: spins), back = SpinningSignal(spins: spins)
        let done = DispatchSemaphore(value: 0)
        // Written by one thread before a raise, read by the other after the matching wait.
        let counter = UnsafeMutablePointer<Int>.allocate(capacity: 1)
        defer { counter.deallocate() }
        counter.pointee = 0
        nonisolated(unsafe) let shared = counter
        Thread {
            for _ in 0..<rounds {
                there.wait()
                shared.pointee += 1
                back.raise()
            }
            done.signal()
        }.start()
        var seen: [Int] = []
        for _ in 0..<rounds {
            counter.pointee += 1
            there.raise()
            back.wait()
            seen.append(counter.pointee)
        }
        done.wait()
        #expect(seen == Array(stride(from: 2, through: 2 * rounds, by: 2)), "spins \(spins)")
    }
}
