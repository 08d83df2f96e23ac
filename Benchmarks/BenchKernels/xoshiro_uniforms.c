// Uniform doubles from BENCH_XOSHIRO_LANES xoshiro256** generators advanced side by side,
// built once per instruction set (see GenerativeKernels' instruction_sets.h).
//
// One generator cannot go faster than its state update allows: every step depends on the
// previous one, about two cycles apart. Eight independent generators can: the loop over
// lanes below is one vector instruction per operation wherever the vectors are wide enough
// (AVX-512 holds all eight 64-bit lanes in one register, and has the 64-bit rotation,
// multiplication and conversion to double that xoshiro256** and the scaling need).
//
// The step and the output are those of the reference xoshiro256starstar.c; the conversion
// is that of `nextUniform()`, (x >> 11)·2⁻⁵³, exact in every build.

#ifdef GK_BUILD

// Each build has helpers of its own.
#define rotate_left GK_BUILD(rotate_left)

static inline uint64_t rotate_left(uint64_t x, int k) {
    return (x << k) | (x >> (64 - k));
}

void GK_BUILD(bench_xoshiro_uniforms)(bench_xoshiro_lanes *lanes, double *out, size_t blocks)
{
    uint64_t s0[BENCH_XOSHIRO_LANES], s1[BENCH_XOSHIRO_LANES], s2[BENCH_XOSHIRO_LANES], s3[BENCH_XOSHIRO_LANES];
    for (int l = 0; l < BENCH_XOSHIRO_LANES; l++) {
        s0[l] = lanes->s[0][l];
        s1[l] = lanes->s[1][l];
        s2[l] = lanes->s[2][l];
        s3[l] = lanes->s[3][l];
    }
    for (size_t t = 0; t < blocks; t++) {
        for (int l = 0; l < BENCH_XOSHIRO_LANES; l++) {
            uint64_t result = rotate_left(s1[l] * 5, 7) * 9;
            uint64_t shifted = s1[l] << 17;
            s2[l] ^= s0[l];
            s3[l] ^= s1[l];
            s1[l] ^= s2[l];
            s0[l] ^= s3[l];
            s2[l] ^= shifted;
            s3[l] = rotate_left(s3[l], 45);
            out[t * BENCH_XOSHIRO_LANES + l] = (double)(result >> 11) * 0x1.0p-53;
        }
    }
    for (int l = 0; l < BENCH_XOSHIRO_LANES; l++) {
        lanes->s[0][l] = s0[l];
        lanes->s[1][l] = s1[l];
        lanes->s[2][l] = s2[l];
        lanes->s[3][l] = s3[l];
    }
}

#else
#include "BenchKernels.h"
#include "instruction_sets.h"
GK_DISPATCH(bench_xoshiro_uniforms, (bench_xoshiro_lanes *lanes, double *out, size_t blocks), (lanes, out, blocks))
#endif
