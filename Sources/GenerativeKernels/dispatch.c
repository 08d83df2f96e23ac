// Chooses, once, the widest build of the kernels that this processor supports, and routes
// the public entry points to it.

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "GenerativeKernels.h"
#include "kernel_builds.h"

int gk_isa_supported(gk_isa isa)
{
    switch (isa) {
    case gk_isa_portable:
        return 1;
#if defined(__x86_64__)
    case gk_isa_avx2:
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx2");
    case gk_isa_avx512:
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq")
            && __builtin_cpu_supports("avx512vl");
#endif
    default:
        return 0;
    }
}

/// The build named by GANBOOK_KERNELS, or the widest supported one if it is unset. An
/// unknown or unsupported name stops the program with a message rather than silently
/// measuring or verifying something other than what was asked for.
static gk_isa choose_isa(void)
{
    static const char *const names[] = {"portable", "avx2", "avx512"};
    const char *requested = getenv("GANBOOK_KERNELS");
    if (requested == NULL || requested[0] == '\0') {
        if (gk_isa_supported(gk_isa_avx512)) return gk_isa_avx512;
        if (gk_isa_supported(gk_isa_avx2)) return gk_isa_avx2;
        return gk_isa_portable;
    }
    for (int isa = gk_isa_portable; isa <= gk_isa_avx512; isa++) {
        if (strcmp(requested, names[isa]) != 0) continue;
        if (gk_isa_supported((gk_isa)isa)) return (gk_isa)isa;
        fprintf(stderr, "error: GANBOOK_KERNELS=%s: this processor does not support it; "
                        "use portable, or unset the variable\n", requested);
        exit(2);
    }
    fprintf(stderr, "error: GANBOOK_KERNELS=%s is not a build of the kernels; "
                    "use portable, avx2 or avx512, or unset the variable\n", requested);
    exit(2);
}

gk_isa gk_kernels_in_use(void)
{
    // -1 until the first call; choosing twice from two threads gives the same answer.
    static _Atomic int chosen = -1;
    int isa = atomic_load_explicit(&chosen, memory_order_relaxed);
    if (isa < 0) {
        isa = choose_isa();
        atomic_store_explicit(&chosen, isa, memory_order_relaxed);
    }
    return (gk_isa)isa;
}

/// Calls the build of `kernel` for `isa`.
#if defined(__x86_64__)
#define GK_DISPATCH(isa, kernel, ...)                                   \
    switch (isa) {                                                      \
    case gk_isa_avx512: kernel##_avx512(__VA_ARGS__); return;           \
    case gk_isa_avx2: kernel##_avx2(__VA_ARGS__); return;               \
    default: kernel##_portable(__VA_ARGS__); return;                    \
    }
#else
#define GK_DISPATCH(isa, kernel, ...) kernel##_portable(__VA_ARGS__)
#endif

void gk_multiply_isa(
    gk_isa isa,
    const double *a, ptrdiff_t a_row_stride, ptrdiff_t a_column_stride,
    const double *b, ptrdiff_t b_row_stride, ptrdiff_t b_column_stride,
    ptrdiff_t n, ptrdiff_t m, ptrdiff_t p, double *c, ptrdiff_t c_row_stride)
{
    GK_DISPATCH(isa, gk_multiply, a, a_row_stride, a_column_stride, b, b_row_stride, b_column_stride,
                n, m, p, c, c_row_stride)
}

void gk_multiply(
    const double *a, ptrdiff_t a_row_stride, ptrdiff_t a_column_stride,
    const double *b, ptrdiff_t b_row_stride, ptrdiff_t b_column_stride,
    ptrdiff_t n, ptrdiff_t m, ptrdiff_t p, double *c, ptrdiff_t c_row_stride)
{
    gk_multiply_isa(gk_kernels_in_use(), a, a_row_stride, a_column_stride,
                    b, b_row_stride, b_column_stride, n, m, p, c, c_row_stride);
}

void gk_xoshiro_uniforms_isa(gk_isa isa, gk_xoshiro_lanes *lanes, double *out, size_t blocks)
{
    GK_DISPATCH(isa, gk_xoshiro_uniforms, lanes, out, blocks)
}

void gk_xoshiro_uniforms(gk_xoshiro_lanes *lanes, double *out, size_t blocks)
{
    gk_xoshiro_uniforms_isa(gk_kernels_in_use(), lanes, out, blocks);
}

void gk_gaussian_terms_isa(
    gk_isa isa, const double *scales, const double *rates, size_t terms, double *values, double *slopes,
    size_t count)
{
    GK_DISPATCH(isa, gk_gaussian_terms, scales, rates, terms, values, slopes, count)
}

void gk_gaussian_terms(
    const double *scales, const double *rates, size_t terms, double *values, double *slopes, size_t count)
{
    gk_gaussian_terms_isa(gk_kernels_in_use(), scales, rates, terms, values, slopes, count);
}

void gk_adam_step_isa(
    gk_isa isa, const gk_adam_constants *constants, double *theta, double *m, double *v, const double *g,
    size_t count)
{
    GK_DISPATCH(isa, gk_adam_step, constants, theta, m, v, g, count)
}

void gk_adam_step(
    const gk_adam_constants *constants, double *theta, double *m, double *v, const double *g, size_t count)
{
    gk_adam_step_isa(gk_kernels_in_use(), constants, theta, m, v, g, count);
}
