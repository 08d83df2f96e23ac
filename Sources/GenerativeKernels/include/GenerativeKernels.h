// The hot loops of the Generative library, in C so that each can be compiled for several
// instruction sets and the best one the processor supports chosen at run time.
//
// Every kernel exists in three builds of one source (see instruction_sets.h): `portable` (the
// x86-64 baseline, SSE2, or whatever the target's baseline is elsewhere), `avx2` and
// `avx512`. All builds perform the same IEEE operations on every element in the same order
// (fused multiply-adds only where the source says so, correctly rounded in every build; no
// reassociation), so they return identical bits; only the number of elements handled per
// instruction differs. `gk_kernels_in_use` says which build runs,
// and the environment variable GANBOOK_KERNELS names one to force it.
//
// A new kernel is one file, `name.c`, with its body and its GK_DISPATCH line, and its two
// declarations here.
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
    /// No C build: the library runs its plain Swift definitions instead (`Reference`). The
    /// entry points, if called, run the portable build.
    gk_isa_reference = 3,
} gk_isa;

/// Whether this processor (and its operating system) can run the given build.
int gk_isa_supported(gk_isa isa);

/// The build that the kernels without an explicit `isa` argument use: the widest supported
/// one, or the one GANBOOK_KERNELS names (portable, avx2, avx512 or reference).
gk_isa gk_kernels_in_use(void);

/// C = A·B for an n × m operand A and an m × p operand B, each read through strides
/// (element (i, k) of A is a[i·a_row_stride + k·a_column_stride]), into the n × p block of
/// row-major storage at c whose rows are c_row_stride apart, which is entirely overwritten
/// (a stride above p leaves the columns between the block's rows alone, so that threads can
/// fill disjoint column ranges of one matrix). Every element is the sum over k in increasing
/// order from zero of the rounded products a_ik·b_kj, the bits of the Swift triple loop
/// `Reference.product`. n, m, p ≥ 1.
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

/// The Gaussian terms of a radial kernel for `count` squared distances r², in place:
///
///     κ(r²) = Σ_b 2^(s_b·r²),      κ′(r²) = −Σ_b γ_b·2^(s_b·r²),
///
/// each sum taken over b = 0 ..< terms in order, with s_b = scales[b] = −γ_b·log₂e < 0 and
/// γ_b = rates[b], so that 2^(s_b·r²) = exp(−γ_b r²). `values` holds the r² on entry and κ
/// on return; `slopes`, unless NULL, receives κ′. 2ᵗ is Cephes' rational approximation
/// (relative error below 2e-16), and exactly 0 for t < −1022: the bits of the Swift loop
/// `Reference.gaussianTerms`.
void gk_gaussian_terms(
    const double *scales, const double *rates, size_t terms, double *values, double *slopes, size_t count);

/// `gk_gaussian_terms` with the given build, which must be supported.
void gk_gaussian_terms_isa(
    gk_isa isa, const double *scales, const double *rates, size_t terms, double *values, double *slopes,
    size_t count);

/// The constants of one Adam step at step t: η, β₁, β₂, ε, the L2 weight decay λ, and the
/// bias corrections 1/(1 − β₁ᵗ) and 1/(1 − β₂ᵗ).
typedef struct {
    double learning_rate, beta1, beta2, epsilon, weight_decay;
    double correction1, correction2;
} gk_adam_constants;

/// One Adam step on `count` parameters θ with gradients g and moments m and v (none of
/// them overlapping), for each i in turn:
///
///     gᵢ ← g_i + λθᵢ,   mᵢ ← β₁mᵢ + (1 − β₁)gᵢ,   vᵢ ← β₂vᵢ + (1 − β₂)gᵢgᵢ,
///     θᵢ ← θᵢ − η·(mᵢ·correction1)/(√(vᵢ·correction2) + ε),
///
/// the bits of the Swift loop `Reference.adamStep`.
void gk_adam_step(
    const gk_adam_constants *constants, double *theta, double *m, double *v, const double *g, size_t count);

/// `gk_adam_step` with the given build, which must be supported.
void gk_adam_step_isa(
    gk_isa isa, const gk_adam_constants *constants, double *theta, double *m, double *v, const double *g,
    size_t count);

#ifdef __cplusplus
}
#endif

#endif
