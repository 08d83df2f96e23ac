// The matrix product for AVX-512: tiles of 8 rows × 16 columns, 16 of the 32 zmm registers.
#if defined(__x86_64__)
#pragma clang attribute push(__attribute__((target("avx512f,avx512dq,avx512vl"))), apply_to = function)
#define GK_VECTOR_BYTES 64
#define GK_TILE_ROWS 8
#define GK_TILE_VECTORS 2
#define GK_MULTIPLY gk_multiply_avx512
#include "matrix_product.h"
#pragma clang attribute pop
#endif
