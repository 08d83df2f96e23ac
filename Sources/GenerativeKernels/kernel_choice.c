// Chooses, once, the build of the kernels that the public entry points call: the widest one
// this processor supports, or the one GANBOOK_KERNELS names.

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "GenerativeKernels.h"

int gk_isa_supported(gk_isa isa)
{
    switch (isa) {
    case gk_isa_portable:
    case gk_isa_reference:
        return 1;
#if defined(__x86_64__)
    case gk_isa_avx2:
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    case gk_isa_avx512:
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq")
            && __builtin_cpu_supports("avx512vl");
#endif
    default:
        return 0;
    }
}

/// The build named by GANBOOK_KERNELS, or the widest supported one if it is unset. An
/// unknown or unsupported name stops the program with a message rather than silently
/// measuring or verifying something other than what was asked for.
static gk_isa choose_isa(void)
{
    static const char *const names[] = {"portable", "avx2", "avx512", "reference"};
    const char *requested = getenv("GANBOOK_KERNELS");
    if (requested == NULL || requested[0] == '\0') {
        if (gk_isa_supported(gk_isa_avx512)) return gk_isa_avx512;
        if (gk_isa_supported(gk_isa_avx2)) return gk_isa_avx2;
        return gk_isa_portable;
    }
    for (int isa = gk_isa_portable; isa <= gk_isa_reference; isa++) {
        if (strcmp(requested, names[isa]) != 0) continue;
        if (gk_isa_supported((gk_isa)isa)) return (gk_isa)isa;
        fprintf(stderr, "error: GANBOOK_KERNELS=%s: this processor does not support it; "
                        "use portable, or unset the variable\n", requested);
        exit(2);
    }
    fprintf(stderr, "error: GANBOOK_KERNELS=%s is not a build of the kernels; "
                    "use portable, avx2, avx512 or reference, or unset the variable\n", requested);
    exit(2);
}

gk_isa gk_kernels_in_use(void)
{
    // -1 until the first call; choosing twice from two threads gives the same answer.
    static _Atomic int chosen = -1;
    int isa = atomic_load_explicit(&chosen, memory_order_relaxed);
    if (isa < 0) {
        isa = choose_isa();
        atomic_store_explicit(&chosen, isa, memory_order_relaxed);
    }
    return (gk_isa)isa;
}
