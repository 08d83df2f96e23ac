// The Gaussian terms of a radial kernel, the inner loop of every MMD, built once per
// instruction set (see instruction_sets.h). The arithmetic is that of
// `Reference.exp2(ofNonPositive:)` and `Reference.gaussianTerms`, operation for operation,
// so every build gives their bits:
//
//     t = k + f,  k = round(t),  f ∈ [−½, ½],     2ᵗ = 2ᵏ · 2ᶠ,
//
// where k is rounded by adding and subtracting 1.5·2⁵² (the sum has no bits below the units
// place, so the addition itself rounds t to the nearest integer), 2ᶠ is the rational
// approximation of Cephes' `exp2` (S. L. Moshier, Methods and Programs for Mathematical
// Functions, 1989),
//
//     2ᶠ = 1 + 2·f·P(f²) / (Q(f²) − f·P(f²)),
//
// with a peak relative error of 2e-16 on [−½, ½], and 2ᵏ is built as the bit pattern of a
// double: the biased exponent k + 1023 shifted into place (the low bits of t + 1.5·2⁵²
// already hold k, so no conversion to an integer is needed). Written without branches or
// tables, the loop over a block of distances becomes straight vector code.

#ifdef GK_BUILD

#include <math.h>

// Each build has helpers of its own.
#define exp2_of_non_positive GK_BUILD(exp2_of_non_positive)
#define gaussian_terms_block GK_BUILD(gaussian_terms_block)

/// 2ᵗ for t ≤ 0. Arguments below −1022 give exactly 0: the true values are below the
/// smallest normal double, too small to change a sum of kernel values unless every term is
/// as small. So t = −∞ gives 0, which is what the padding of a last partial block relies
/// on; NaN stays NaN.
static inline __attribute__((always_inline)) double exp2_of_non_positive(double t)
{
    const double shifter = 0x1.8p52;
    int underflows = t < -1022;
    double clamped = underflows ? -1022.0 : t;
    double shifted = clamped + shifter;
    double k = shifted - shifter;
    double f = clamped - k;
    double ff = f * f;
    double p = f * ((2.30933477057345225087e-2 * ff + 2.02020656693165307700e1) * ff + 1.51390680115615096133e3);
    double q = (ff + 2.33184211722314911771e2) * ff + 4.36821166879210612817e3;
    double two_to_f = 1 + 2 * (p / (q - p));
    // k + 1023 lies in 1…1023, the biased exponent of the normal double 2ᵏ.
    uint64_t bits;
    memcpy(&bits, &shifted, sizeof bits);
    bits = (bits + 1023) << 52;
    double two_to_k;
    memcpy(&two_to_k, &bits, sizeof two_to_k);
    double value = two_to_f * two_to_k;
    return underflows ? 0.0 : value;
}

/// Distances are taken a block at a time, two vectors' worth, so that the two independent
/// chains of each term's division overlap.
#define terms_block (2 * vector_lanes)

/// The terms for one block of `width` ≤ terms_block squared distances at `r2`, the rest of
/// the block padded with +∞ (whose terms are exactly 0 and are not stored). Always inlined,
/// so that `with_slopes` is a constant and the values-only form does no slope arithmetic.
static inline __attribute__((always_inline)) void gaussian_terms_block(
    const double *scales, const double *rates, size_t terms,
    double *r2, double *slopes, size_t width, int with_slopes)
{
    double distance[terms_block], value[terms_block], slope[terms_block];
    for (int l = 0; l < terms_block; l++) {
        distance[l] = (size_t)l < width ? r2[l] : INFINITY;
        value[l] = 0;
        slope[l] = 0;
    }
    for (size_t b = 0; b < terms; b++) {
        double scale = scales[b], rate = rates[b];
        for (int l = 0; l < terms_block; l++) {
            double e = exp2_of_non_positive(scale * distance[l]);
            value[l] += e;
            if (with_slopes) slope[l] -= rate * e;
        }
    }
    for (size_t l = 0; l < width; l++) {
        r2[l] = value[l];
        if (with_slopes) slopes[l] = slope[l];
    }
}

void GK_BUILD(gk_gaussian_terms)(
    const double *scales, const double *rates, size_t terms, double *values, double *slopes, size_t count)
{
    for (size_t j = 0; j < count; j += terms_block) {
        size_t width = count - j < terms_block ? count - j : terms_block;
        if (slopes != NULL)
            gaussian_terms_block(scales, rates, terms, values + j, slopes + j, width, 1);
        else
            gaussian_terms_block(scales, rates, terms, values + j, NULL, width, 0);
    }
}

#undef terms_block

#else
#include "instruction_sets.h"
GK_DISPATCH(gk_gaussian_terms,
            (const double *scales, const double *rates, size_t terms, double *values, double *slopes,
             size_t count),
            (scales, rates, terms, values, slopes, count))
#endif
