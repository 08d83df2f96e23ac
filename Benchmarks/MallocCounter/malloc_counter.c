// See MallocCounter.h. glibc exports its allocator under __libc_* names precisely so that an
// interposing malloc can forward to it; posix_memalign and aligned_alloc are built on
// __libc_memalign, which returns memory that __libc_free releases. The counter is a relaxed
// atomic: it is read only between two quiet points of the benchmark, never to order memory.
#include "MallocCounter.h"

#include <errno.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdlib.h>

#if defined(__linux__) && defined(__GLIBC__)

extern void *__libc_malloc(size_t size);
extern void *__libc_calloc(size_t count, size_t size);
extern void *__libc_realloc(void *pointer, size_t size);
extern void *__libc_memalign(size_t alignment, size_t size);
extern void *__libc_valloc(size_t size);
extern void *__libc_pvalloc(size_t size);
extern void __libc_free(void *pointer);

static _Atomic uint64_t allocations;

static inline void count(void) { atomic_fetch_add_explicit(&allocations, 1, memory_order_relaxed); }

uint64_t mc_allocation_count(void) { return atomic_load_explicit(&allocations, memory_order_relaxed); }

int mc_is_counting(void) {
    // Through volatile pointers, so that the compiler cannot pair the two calls away.
    void *(*volatile allocate)(size_t) = malloc;
    void (*volatile release)(void *) = free;
    uint64_t before = mc_allocation_count();
    release(allocate(1));
    return mc_allocation_count() != before;
}

void *malloc(size_t size) {
    count();
    return __libc_malloc(size);
}

void *calloc(size_t count_, size_t size) {
    count();
    return __libc_calloc(count_, size);
}

void *realloc(void *pointer, size_t size) {
    count();
    return __libc_realloc(pointer, size);
}

void *reallocarray(void *pointer, size_t count_, size_t size) {
    size_t bytes;
    if (__builtin_mul_overflow(count_, size, &bytes)) {
        errno = ENOMEM;
        return NULL;
    }
    return realloc(pointer, bytes);
}

void *memalign(size_t alignment, size_t size) {
    count();
    return __libc_memalign(alignment, size);
}

void *aligned_alloc(size_t alignment, size_t size) { return memalign(alignment, size); }

int posix_memalign(void **result, size_t alignment, size_t size) {
    // POSIX: a power of two that is a multiple of sizeof(void *).
    if (alignment % sizeof(void *) != 0 || (alignment & (alignment - 1)) != 0) return EINVAL;
    void *pointer = memalign(alignment, size);
    if (pointer == NULL) return ENOMEM;
    *result = pointer;
    return 0;
}

void *valloc(size_t size) {
    count();
    return __libc_valloc(size);
}

void *pvalloc(size_t size) {
    count();
    return __libc_pvalloc(size);
}

void free(void *pointer) { __libc_free(pointer); }

#else

// Elsewhere the allocator is not interposed: the count stays 0 and the row says so.
uint64_t mc_allocation_count(void) { return 0; }
int mc_is_counting(void) { return 0; }

#endif
