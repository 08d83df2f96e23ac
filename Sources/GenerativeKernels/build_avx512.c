// Every kernel for AVX-512. The matrix product's tiles are 8 rows × 16 columns, 16 of the
// 32 zmm registers; the uniforms hold all eight lanes of a state word in one register.
#if defined(__x86_64__)
#pragma clang attribute push(__attribute__((target("avx512f,avx512dq,avx512vl"))), apply_to = function)
#define GK_BUILD(kernel) kernel##_avx512
#define GK_VECTOR_BYTES 64
#define GK_TILE_ROWS 8
#define GK_TILE_VECTORS 2
#include "kernels.h"
#pragma clang attribute pop
#endif
