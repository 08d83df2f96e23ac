// Every kernel for AVX2. The matrix product's tiles are 6 rows × 8 columns, 12 of the 16
// ymm registers; the uniforms take two 4-lane registers per state word.
#if defined(__x86_64__)
#pragma clang attribute push(__attribute__((target("avx2"))), apply_to = function)
#define GK_BUILD(kernel) kernel##_avx2
#define GK_VECTOR_BYTES 32
#define GK_TILE_ROWS 6
#define GK_TILE_VECTORS 2
#include "kernels.h"
#pragma clang attribute pop
#endif
