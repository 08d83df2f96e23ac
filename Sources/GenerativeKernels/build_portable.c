// Every kernel for the target's baseline instruction set (SSE2 on x86-64). The matrix
// product keeps the tiles of the former Swift kernel, 4 rows × 4 columns in eight 2-wide
// registers.
#define GK_BUILD(kernel) kernel##_portable
#define GK_VECTOR_BYTES 16
#define GK_TILE_ROWS 4
#define GK_TILE_VECTORS 2
#include "kernels.h"
