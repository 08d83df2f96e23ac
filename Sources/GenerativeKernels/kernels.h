// The bodies of every kernel, included once per instruction set by build_<isa>.c, which
// define
//
//     GK_BUILD(kernel)  the name of a kernel's build, such as gk_multiply_avx512,
//     GK_VECTOR_BYTES   the width of a vector register (16, 32 or 64),
//     GK_TILE_ROWS      the rows of C that one matrix-product tile holds in registers,
//     GK_TILE_VECTORS   the vectors of columns that one such tile holds.
//
// No kernel may fuse a multiply and an add, which the AVX2 and AVX-512 builds could
// otherwise do and which would change the last bits: the pragma holds for all of them.

#pragma clang fp contract(off)

#include "kernel_builds.h"

/// A vector register of doubles, and how many it holds.
typedef double gk_vector __attribute__((vector_size(GK_VECTOR_BYTES)));
enum { vector_lanes = GK_VECTOR_BYTES / sizeof(double) };

#include "matrix_product.h"
#include "xoshiro_uniforms.h"
#include "gaussian_terms.h"
#include "adam_step.h"
