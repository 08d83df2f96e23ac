// The per-instruction-set builds of each kernel, defined by build_<isa>.c; private to this
// target (dispatch.c routes the public entry points of GenerativeKernels.h to them).
#ifndef GENERATIVE_KERNEL_BUILDS_H
#define GENERATIVE_KERNEL_BUILDS_H

#include "GenerativeKernels.h"

#define GK_DECLARE_BUILDS(isa)                                                              \
    void gk_multiply_##isa(                                                                 \
        const double *a, ptrdiff_t a_row_stride, ptrdiff_t a_column_stride,                 \
        const double *b, ptrdiff_t b_row_stride, ptrdiff_t b_column_stride,                 \
        ptrdiff_t n, ptrdiff_t m, ptrdiff_t p, double *c, ptrdiff_t c_row_stride);          \
    void gk_xoshiro_uniforms_##isa(gk_xoshiro_lanes *lanes, double *out, size_t blocks);    \
    void gk_gaussian_terms_##isa(                                                           \
        const double *scales, const double *rates, size_t terms, double *values,            \
        double *slopes, size_t count);                                                      \
    void gk_adam_step_##isa(                                                                \
        const gk_adam_constants *constants, double *theta, double *m, double *v,            \
        const double *g, size_t count);

GK_DECLARE_BUILDS(portable)
GK_DECLARE_BUILDS(avx2)
GK_DECLARE_BUILDS(avx512)

#endif
