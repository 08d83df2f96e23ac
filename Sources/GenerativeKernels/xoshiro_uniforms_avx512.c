// Eight-lane xoshiro256** uniforms for AVX-512: one register per state word.
#if defined(__x86_64__)
#pragma clang attribute push(__attribute__((target("avx512f,avx512dq,avx512vl"))), apply_to = function)
#define GK_UNIFORMS gk_xoshiro_uniforms_avx512
#include "xoshiro_uniforms.h"
#pragma clang attribute pop
#endif
