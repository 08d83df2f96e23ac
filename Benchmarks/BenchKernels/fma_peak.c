// The processor's fused multiply-add peak, the physical limit that the gan-step's GFLOP/s is
// measured against; built once per instruction set (see GenerativeKernels' instruction_sets.h).
//
// An FMA takes several cycles (four on recent x86) before its result can feed the next one,
// and a core starts up to two every cycle, so one chain of dependent FMAs reaches an eighth of
// the peak. BENCH_FMA_CHAINS independent chains, each a vector register updated in place
// (x ← x·s + t, a contraction towards t/(1 − s) that neither overflows nor turns subnormal),
// keep every FMA unit busy: 12 chains cover a latency of 4 on two units with room to spare,
// and with the two constants fit in the 16 registers of AVX2.

#ifdef GK_BUILD

void GK_BUILD(bench_fma_peak)(size_t iterations, double *out)
{
    gk_vector chains[BENCH_FMA_CHAINS];
    for (int c = 0; c < BENCH_FMA_CHAINS; c++) chains[c] = (gk_vector){0} + (double)c;
    gk_vector s = (gk_vector){0} + 0.999999, t = (gk_vector){0} + 1e-6;
    for (size_t i = 0; i < iterations; i++) {
        for (int c = 0; c < BENCH_FMA_CHAINS; c++) chains[c] = __builtin_elementwise_fma(chains[c], s, t);
    }
    double sum = 0;
    for (int c = 0; c < BENCH_FMA_CHAINS; c++)
        for (int l = 0; l < vector_lanes; l++) sum += chains[c][l];
    *out = sum;
}

#else
#include "BenchKernels.h"
#include "instruction_sets.h"
GK_DISPATCH(bench_fma_peak, (size_t iterations, double *out), (iterations, out))
#endif
