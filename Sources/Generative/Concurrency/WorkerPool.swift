import Dispatch
import Foundation
import Synchronization

/// A fixed set of threads that run the pieces of one piece of work at the same time, without
/// allocating: for the matrix products of a training step, which run hundreds of times a
/// second and must not touch the heap (`DispatchQueue.concurrentPerform` allocates several
/// blocks per call, and so would a Swift closure handed to another thread, for its context).
///
/// `run(pieces:context:_:)` runs piece 0 on the calling thread and piece k on worker k − 1,
/// each worker woken by a semaphore of its own and reporting on a shared one, and returns when
/// every piece is done. The work is a C function of a context pointer and a piece index, which
/// crosses threads as two words. The threads are started once, on first use, and wait on
/// their semaphores in between. One caller at a time has the workers: a caller that finds them
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
    private let starts: [DispatchSemaphore]
    private let finished = DispatchSemaphore(value: 0)
    private let busy = Atomic<Bool>(false)
    /// The work of the current `run`, set before the workers are woken and cleared after they
    /// are done (the semaphores order both with the workers' reads).
    private var job: (piece: Piece, context: UnsafeRawPointer)?

    private init(workers: Int) {
        width = max(workers, 0) + 1
        starts = (0..<max(workers, 0)).map { _ in DispatchSemaphore(value: 0) }
        for worker in starts.indices {
            let thread = Thread { [unowned self] in
                while true {
                    starts[worker].wait()
                    job!.piece(job!.context, worker + 1)
                    finished.signal()
                }
            }
            thread.name = "ganbook worker \(worker + 1)"
            thread.start()
        }
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
        for worker in 0..<(pieces - 1) { starts[worker].signal() }
        piece(context, 0)
        for _ in 0..<(pieces - 1) { finished.wait() }
        job = nil
        busy.store(false, ordering: .releasing)
    }
}
