// One build of the kernel file being compiled, for the GK_BUILD, GK_VECTOR_BYTES and
// GK_TILE_ROWS that instruction_sets.h has just defined; included once per build.

typedef double gk_vector __attribute__((vector_size(GK_VECTOR_BYTES)));
#include __BASE_FILE__
#undef GK_BUILD
#undef GK_VECTOR_BYTES
#undef GK_TILE_ROWS
