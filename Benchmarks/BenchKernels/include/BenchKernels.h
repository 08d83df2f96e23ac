// The C kernels of the benchmarks, the interleaved uniforms and the FMA peak, built per
// instruction set as the library's kernels are (GenerativeKernels' instruction_sets.h).
#ifndef BENCH_KERNELS_H
#define BENCH_KERNELS_H

#include <stddef.h>
#include <stdint.h>

#include "GenerativeKernels.h"

/// The number of xoshiro256** generators that `bench_xoshiro_uniforms` advances side by side.
#define BENCH_XOSHIRO_LANES 8

/// The states of BENCH_XOSHIRO_LANES xoshiro256** generators, word by word: s[w][l] is word w of
/// lane l's state.
typedef struct {
    uint64_t s[4][BENCH_XOSHIRO_LANES];
} bench_xoshiro_lanes;

/// Writes `blocks` blocks of BENCH_XOSHIRO_LANES doubles: element l of block t is
/// (x >> 11)·2⁻⁵³ for x the t-th next output of lane l, exactly as `nextUniform()`.
void bench_xoshiro_uniforms(bench_xoshiro_lanes *lanes, double *out, size_t blocks);

/// `bench_xoshiro_uniforms` with the given build, which must be supported.
void bench_xoshiro_uniforms_isa(gk_isa isa, bench_xoshiro_lanes *lanes, double *out, size_t blocks);

/// The independent chains of fused multiply-adds that `bench_fma_peak` keeps in registers.
#define BENCH_FMA_CHAINS 12

/// Runs `iterations` rounds of BENCH_FMA_CHAINS independent vector fused multiply-adds, each
/// round 2·BENCH_FMA_CHAINS·(lanes of the build's vectors) flops, and writes a sum of the
/// results to `out` (so that none can be left out).
void bench_fma_peak_isa(gk_isa isa, size_t iterations, double *out);

#endif
