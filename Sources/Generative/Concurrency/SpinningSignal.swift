import Dispatch
import Synchronization

/// A signal that one thread raises and one other thread waits for, once per round: the
/// handoff between `WorkerPool`'s caller and a worker.
///
/// Waking a thread asleep on a semaphore costs a system call on each side and the
/// scheduler's latency, 5 µs at best and tens of µs on a busy virtual machine, against a
/// matrix product's piece of 50 to 100 µs. So the waiter first spins, reading the state,
/// for `spins` reads (µs to a fraction of a ms): a signal raised meanwhile is seen at the
/// cost of a cache line moving between cores. Only then does it sleep on the semaphore,
/// which the raiser signals only if it finds the waiter asleep. The spin is bounded, so a
/// machine busy with other work loses no more than that to it.
///
/// The state goes idle → raised → idle, or idle → asleep → raised → idle; only the waiter
/// leaves `raised`, and a round's raise must happen after the previous round's `wait`
/// returned (as it does when the two threads hand work back and forth).
package final class SpinningSignal: @unchecked Sendable {
    private static let idle = 0, raised = 1, asleep = 2  // the values of `state`

    private let state = Atomic<Int>(SpinningSignal.idle)
    private let semaphore = DispatchSemaphore(value: 0)
    /// How many times `wait` reads the state before it sleeps.
    package let spins: Int

    package init(spins: Int) {
        self.spins = spins
    }

    /// Raises the signal, waking the waiter if it is asleep. Everything the raiser wrote
    /// before is visible to the waiter after its `wait`.
    package func raise() {
        if state.exchange(Self.raised, ordering: .acquiringAndReleasing) == Self.asleep {
            semaphore.signal()
        }
    }

    /// Returns once the signal is raised, and lowers it for the next round.
    package func wait() {
        var spun = 0
        while spun < spins, state.load(ordering: .acquiring) != Self.raised { spun += 1 }
        // Asleep only if still idle; a raise that comes between sees `asleep` and signals.
        if state.compareExchange(expected: Self.idle, desired: Self.asleep, ordering: .acquiringAndReleasing).exchanged {
            semaphore.wait()
        }
        state.store(Self.idle, ordering: .releasing)
    }
}
