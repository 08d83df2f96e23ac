import BenchmarkWorkloads
import Generative
import MallocCounter

/// Heap allocations per steady-state `gan-step`, counted by the malloc interposer that only
/// this executable links (MallocCounter): the trainer of `ganStep()`, warmed up by a few steps
/// (the first allocates the workspace and the optimisers' moments), then `train(steps:)` over
/// `shortRun` and over `longRun` steps. Each run allocates the room it reserves in the history
/// once, before its first step, so the difference of the two counts over the difference of the
/// step counts is what one step allocates: exactly 0 when no step allocates.
struct AllocationCount {
    static let (shortRun, longRun) = (100, 1_000)

    /// Whether the interposer saw a test allocation (false off glibc: the counts are then 0).
    let counting: Bool
    /// The allocations of `train(steps: shortRun)` and `train(steps: longRun)`.
    let short, long: UInt64

    init() {
        var trainer = GANTrainer.numPyReference(seed: 0)
        trainer.train(steps: 10)
        func allocations(steps: Int) -> UInt64 {
            let before = mc_allocation_count()
            trainer.train(steps: steps)
            return mc_allocation_count() - before
        }
        counting = mc_is_counting() != 0
        short = allocations(steps: Self.shortRun)
        long = allocations(steps: Self.longRun)
    }

    /// (long − short)/(longRun − shortRun).
    var perStep: Double { (Double(long) - Double(short)) / Double(Self.longRun - Self.shortRun) }
}
