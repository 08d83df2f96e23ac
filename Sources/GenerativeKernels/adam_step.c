// One step of Adam on one parameter matrix, built once per instruction set (see
// instruction_sets.h). The arithmetic is that of `Reference.adamStep`, operation for
// operation; square root and division are correctly rounded IEEE operations, so eight of
// them in a vector give the bits of eight one at a time.

#ifdef GK_BUILD

void GK_BUILD(gk_adam_step)(
    const gk_adam_constants *constants, double *restrict theta, double *restrict m,
    double *restrict v, const double *restrict g, size_t count)
{
    const double eta = constants->learning_rate, b1 = constants->beta1, b2 = constants->beta2;
    const double eps = constants->epsilon, lambda = constants->weight_decay;
    const double correction1 = constants->correction1, correction2 = constants->correction2;
    for (size_t i = 0; i < count; i++) {
        double gi = g[i] + lambda * theta[i];
        m[i] = b1 * m[i] + (1 - b1) * gi;
        v[i] = b2 * v[i] + (1 - b2) * gi * gi;
        double m_hat = m[i] * correction1;
        double v_hat = v[i] * correction2;
        theta[i] -= eta * m_hat / (__builtin_elementwise_sqrt(v_hat) + eps);
    }
}

#else
#include "instruction_sets.h"
GK_DISPATCH(gk_adam_step,
            (const gk_adam_constants *constants, double *theta, double *m, double *v, const double *g,
             size_t count),
            (constants, theta, m, v, g, count))
#endif
