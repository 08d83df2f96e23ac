import BenchKernels
import Dispatch
import Foundation
import GenerativeKernels

/// The machine's measured fused multiply-add peak, in flops per second: `bench_fma_peak` in
/// the widest build this processor supports, run on every core at once (one thread per core,
/// started together), the median of five repetitions. The gan-step's GFLOP/s is compared with
/// it, a steadier anchor than the NumPy reference's time.
struct FMAPeak {
    /// The threads run at once, one per core.
    let threads = ProcessInfo.processInfo.activeProcessorCount
    /// The build measured, the widest the processor supports, and its doubles per vector.
    let build: (name: String, lanes: Int) =
        gk_isa_supported(gk_isa_avx512) != 0 ? ("avx512", 8) : gk_isa_supported(gk_isa_avx2) != 0 ? ("avx2", 4) : ("portable", 2)
    /// Flops per second over all threads.
    let flopsPerSecond: Double

    init(iterations: Int = 4_000_000) {
        let threads = threads
        let isa = build.lanes == 8 ? gk_isa_avx512 : build.lanes == 4 ? gk_isa_avx2 : gk_isa_portable
        let seconds = medianSecondsPerCall(iterations: 1) {
            DispatchQueue.concurrentPerform(iterations: threads) { _ in
                var sum = 0.0
                bench_fma_peak_isa(isa, iterations, &sum)
                blackHole(sum)
            }
        }
        flopsPerSecond = Double(threads * iterations * Int(BENCH_FMA_CHAINS) * build.lanes * 2) / seconds
    }
}
