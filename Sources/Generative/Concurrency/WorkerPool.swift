import Dispatch
import Foundation
import Synchronization

/// A fixed set of threads that run the pieces of one piece of work at the same time, without
/// allocating: for the matrix products of a training step, which run hundreds of times a
/// second and must not touch the heap (`DispatchQueue.concurrentPerform` allocates several
/// blocks per call, and so would a Swift closure handed to another thread, for its context).
///
/// `run(pieces:context:_:)` runs piece 0 on the calling thread and piece k on worker k − 1,
/// each worker started by a signal of its own and reporting on another, and returns when
/// every piece is done. The signals spin a little before they sleep (`SpinningSignal`): a
/// training step hands its workers a product every few tens of µs, and a worker still
/// spinning when the next one comes, or a caller whose worker finishes just after it, saves
/// the few to tens of µs that waking a sleeping thread costs. The work is a C function of a
/// context pointer and a piece index, which crosses threads as two words. The threads are
/// started once, on first use, and wait on their signals in between. One caller at a time has the workers: a caller that finds them
/// busy (training runs on several threads at once, as `concurrentMap` does with GANs) runs all
/// its pieces itself, one after the other, which is what a machine already busy should do
/// anyway. Each piece is run by one thread either way, so whatever a piece computes does not
/// depend on which thread ran it, nor on the number of cores.
final class WorkerPool: @unchecked Sendable {
    /// Piece `index` of the work whose arguments `context` points to.
    typealias Piece = @convention(c) (_ context: UnsafeRawPointer, _ index: Int) -> Void

    /// The pool of the processor's cores: one worker per core beyond the caller's.
    static let shared = WorkerPool(workers: ProcessInfo.processInfo.activeProcessorCount - 1)

    /// The most pieces one `run` spreads over threads: the workers and the caller.
    let width: Int
    private let starts: [SpinningSignal]
    private let finishes: [SpinningSignal]
    private let busy = Atomic<Bool>(false)
    /// How long a waiting thread spins before it sleeps, in reads of a signal's state: about
    /// half a millisecond (0.5 ns a read on the 2-core EPYC). That is longer than every gap
    /// between a training step's products (15 to 120 µs in the benchmark's gan-step), so a
    /// worker never sleeps within a step, and short enough that a thread left spinning after
    /// the last one takes little from a busy machine's other work. A tenth of it (50 µs)
    /// covered only the shorter gaps, and the step took 1.60 ms instead of 1.46: the products
    /// handed to a worker that had slept took 10 to 40% longer.
    private static let spins = 1_000_000
    /// The work of the current `run`, set before the workers are started and cleared after
    /// they are done (the signals order both with the workers' reads).
    private var job: (piece: Piece, context: UnsafeRawPointer)?

    private init(workers: Int) {
        width = max(workers, 0) + 1
        starts = (0..<max(workers, 0)).map { _ in SpinningSignal(spins: Self.spins) }
        finishes = (0..<max(workers, 0)).map { _ in SpinningSignal(spins: Self.spins) }
        for worker in starts.indices {
            let thread = Thread { [unowned self] in
                while true {
                    starts[worker].wait()
                    job!.piece(job!.context, worker + 1)
                    finishes[worker].raise()
                }
            }
            thread.name = "ganbook worker \(worker + 1)"
            thread.start()
        }
    }

    /// Runs `body` with the workers held, so that every `run` meanwhile runs its pieces on its
    /// caller's thread: for work that already keeps every core busy, such as `concurrentMap`
    /// over at least as many elements as there are cores, where handing a product's pieces to
    /// a worker would only make a third thread fight two for the same cores (and the worker's
    /// spinning take time from both). When the workers are already held, `body` just runs.
    func withWorkersHeld<Result>(_ body: () -> Result) -> Result {
        guard busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else {
            return body()
        }
        defer { busy.store(false, ordering: .releasing) }
        return body()
    }

    /// Runs `piece(context, 0)`, …, `piece(context, pieces − 1)`, at the same time on up to
    /// `width` threads when the workers are free, and returns when all are done. A piece may
    /// read what `context` points to and write only memory that belongs to it alone.
    /// - Precondition: 1 ≤ `pieces` ≤ `width`.
    func run(pieces: Int, context: UnsafeRawPointer, _ piece: Piece) {
        precondition(pieces >= 1 && pieces <= width, "a run needs between one piece and one per thread")
        guard pieces > 1, busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else {
            for index in 0..<pieces { piece(context, index) }
            return
        }
        job = (piece, context)
        for worker in 0..<(pieces - 1) { starts[worker].raise() }
        piece(context, 0)
        for worker in 0..<(pieces - 1) { finishes[worker].wait() }
        job = nil
        busy.store(false, ordering: .releasing)
    }
}
