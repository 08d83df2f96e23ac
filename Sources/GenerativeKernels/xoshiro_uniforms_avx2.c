// Eight-lane xoshiro256** uniforms for AVX2: two 4-lane registers per state word.
#if defined(__x86_64__)
#pragma clang attribute push(__attribute__((target("avx2"))), apply_to = function)
#define GK_UNIFORMS gk_xoshiro_uniforms_avx2
#include "xoshiro_uniforms.h"
#pragma clang attribute pop
#endif
