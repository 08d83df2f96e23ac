// Counts the process's heap allocations, for the benchmark's "allocations per gan-step" row.
//
// malloc_counter.c defines the C library's allocation functions, so that every allocation of
// the process (the Swift runtime's, Foundation's, the dispatch library's, on any thread) goes
// through them: each adds one to a counter and forwards to glibc's own implementation
// (__libc_malloc and its siblings). Only the benchmark executable links it; ganbook, the
// chapters and the tests keep the C library's allocator untouched.
#ifndef MALLOC_COUNTER_H
#define MALLOC_COUNTER_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The number of allocations (malloc, calloc, realloc, reallocarray, aligned_alloc,
/// posix_memalign, memalign, valloc, pvalloc) made so far by any thread of the process.
uint64_t mc_allocation_count(void);

/// Whether the counter is in the allocation path: 1 if a malloc made to test it was counted.
int mc_is_counting(void);

#ifdef __cplusplus
}
#endif

#endif
