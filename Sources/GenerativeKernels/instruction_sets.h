// Builds one kernel file for every instruction set, and routes its public entry point to the
// build chosen at run time. A kernel file ends with
//
//     #else
//     #include "instruction_sets.h"
//     GK_DISPATCH(name, (parameters…), (arguments…))
//     #endif
//
// after its body, written once between `#ifdef GK_BUILD` and that `#else`. This header then
// includes the file being compiled (__BASE_FILE__) again once per build, with
//
//     GK_BUILD(name)    the name of a function's build, such as gk_multiply_avx512,
//     GK_VECTOR_BYTES   the width of a vector register (16, 32 or 64),
//     gk_vector         a vector register of doubles, vector_lanes of them,
//     GK_TILE_ROWS      the rows of C that one matrix-product tile holds in registers,
//     GK_TILE_VECTORS   the vectors of columns that one such tile holds.
//
// The file's static helpers exist once per build, so it names each through GK_BUILD
// (`#define helper GK_BUILD(helper)`). A multiply and an add are fused only where a kernel
// says so (`__builtin_elementwise_fma`, `__builtin_fma`), in every build alike: IEEE 754 fma
// is correctly rounded, so the AVX2 and AVX-512 builds' FMA instructions and the portable
// build's call of the C library's fma() give the same bits. The compiler must not fuse
// anything else on its own, which would make the builds differ in the last bits: the pragma
// below holds for all of them.

#pragma clang fp contract(off)

#include <stdlib.h>
#include <string.h>

#include "GenerativeKernels.h"

#define gk_vector GK_BUILD(gk_vector)
#define vector_lanes ((int)(GK_VECTOR_BYTES / sizeof(double)))
#define GK_TILE_VECTORS 2

// The baseline of the target (SSE2 on x86-64): tiles of 4 rows × 4 columns, in eight 2-wide
// registers.
#define GK_BUILD(name) name##_portable
#define GK_VECTOR_BYTES 16
#define GK_TILE_ROWS 4
#include "instruction_set.h"

#if defined(__x86_64__)

// AVX2 with FMA (chosen only where the processor has both): tiles of 6 rows × 8 columns, 12
// of the 16 ymm registers.
#pragma clang attribute push(__attribute__((target("avx2,fma"))), apply_to = function)
#define GK_BUILD(name) name##_avx2
#define GK_VECTOR_BYTES 32
#define GK_TILE_ROWS 6
#include "instruction_set.h"
#pragma clang attribute pop

// AVX-512: tiles of 8 rows × 16 columns, 16 of the 32 zmm registers.
#pragma clang attribute push(__attribute__((target("avx512f,avx512dq,avx512vl"))), apply_to = function)
#define GK_BUILD(name) name##_avx512
#define GK_VECTOR_BYTES 64
#define GK_TILE_ROWS 8
#include "instruction_set.h"
#pragma clang attribute pop

/// Defines `name_isa(isa, parameters…)`, which calls the build for `isa`, and `name(parameters…)`,
/// which calls the build in use.
#define GK_DISPATCH(name, parameters, arguments)                                     \
    void name##_isa(gk_isa isa, GK_UNPARENTHESIZED parameters)                       \
    {                                                                                \
        switch (isa) {                                                               \
        case gk_isa_avx512: name##_avx512 arguments; return;                          \
        case gk_isa_avx2: name##_avx2 arguments; return;                              \
        default: name##_portable arguments; return;                                   \
        }                                                                            \
    }                                                                                \
    void name parameters { name##_isa(gk_kernels_in_use(), GK_UNPARENTHESIZED arguments); }

#else

#define GK_DISPATCH(name, parameters, arguments)                                     \
    void name##_isa(gk_isa isa, GK_UNPARENTHESIZED parameters) { name##_portable arguments; } \
    void name parameters { name##_portable arguments; }

#endif

#define GK_UNPARENTHESIZED(...) __VA_ARGS__
