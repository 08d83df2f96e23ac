// The matrix product for AVX2: tiles of 6 rows × 8 columns, 12 of the 16 ymm registers.
#if defined(__x86_64__)
#pragma clang attribute push(__attribute__((target("avx2"))), apply_to = function)
#define GK_VECTOR_BYTES 32
#define GK_TILE_ROWS 6
#define GK_TILE_VECTORS 2
#define GK_MULTIPLY gk_multiply_avx2
#include "matrix_product.h"
#pragma clang attribute pop
#endif
