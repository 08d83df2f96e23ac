// The hot loops of the Generative library, in C so that each can be compiled for several
// instruction sets and the best one the processor supports chosen at run time.
//
// Every kernel exists in three builds of one source: `portable` (the x86-64 baseline,
// SSE2, or whatever the target's baseline is elsewhere), `avx2` and `avx512`. All builds
// perform the same IEEE operations on every element in the same order (no fused
// multiply-add, no reassociation), so they return identical bits; only the number of
// elements handled per instruction differs. `gk_kernels_in_use` says which build runs, and
// the environment variable GANBOOK_KERNELS=portable forces the baseline one.
#ifndef GENERATIVE_KERNELS_H
#define GENERATIVE_KERNELS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The builds of the kernels.
typedef enum {
    gk_isa_portable = 0,
    gk_isa_avx2 = 1,
    gk_isa_avx512 = 2,
} gk_isa;

/// Whether this processor (and its operating system) can run the given build.
int gk_isa_supported(gk_isa isa);

/// The build that the kernels without an explicit `isa` argument use: the widest supported
/// one, or `gk_isa_portable` if GANBOOK_KERNELS=portable is set.
gk_isa gk_kernels_in_use(void);

/// C = A·B for an n × m operand A and an m × p operand B, each read through strides
/// (element (i, k) of A is a[i·a_row_stride + k·a_column_stride]), into the n × p block of
/// row-major storage at c whose rows are c_row_stride apart, which is entirely overwritten
/// (a stride above p leaves the columns between the block's rows alone, so that threads can
/// fill disjoint column ranges of one matrix). Every element is the sum over k in increasing
/// order from zero of the rounded products a_ik·b_kj. n, m, p ≥ 1.
void gk_multiply(
    const double *a, ptrdiff_t a_row_stride, ptrdiff_t a_column_stride,
    const double *b, ptrdiff_t b_row_stride, ptrdiff_t b_column_stride,
    ptrdiff_t n, ptrdiff_t m, ptrdiff_t p, double *c, ptrdiff_t c_row_stride);

/// The widest panel of columns of B that any build of `gk_multiply` packs (AVX-512's 16):
/// callers that cut a product into column ranges cut at multiples of it.
#define GK_WIDEST_PANEL 16

/// `gk_multiply` with the given build, which must be supported (for tests and benchmarks).
void gk_multiply_isa(
    gk_isa isa,
    const double *a, ptrdiff_t a_row_stride, ptrdiff_t a_column_stride,
    const double *b, ptrdiff_t b_row_stride, ptrdiff_t b_column_stride,
    ptrdiff_t n, ptrdiff_t m, ptrdiff_t p, double *c, ptrdiff_t c_row_stride);

/// The number of xoshiro256** generators that `gk_xoshiro_uniforms` advances side by side.
#define GK_XOSHIRO_LANES 8

/// The states of GK_XOSHIRO_LANES xoshiro256** generators, word by word: s[w][l] is word w of
/// lane l's state.
typedef struct {
    uint64_t s[4][GK_XOSHIRO_LANES];
} gk_xoshiro_lanes;

/// Writes `blocks` blocks of GK_XOSHIRO_LANES doubles: element l of block t is
/// (x >> 11)·2⁻⁵³ for x the t-th next output of lane l, exactly as `nextUniform()`.
void gk_xoshiro_uniforms(gk_xoshiro_lanes *lanes, double *out, size_t blocks);

/// `gk_xoshiro_uniforms` with the given build, which must be supported.
void gk_xoshiro_uniforms_isa(gk_isa isa, gk_xoshiro_lanes *lanes, double *out, size_t blocks);

#ifdef __cplusplus
}
#endif

#endif
