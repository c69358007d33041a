/*
** nw_mem.h: the allocator every pure core uses.
**
** Inside the extension these wrap sqlite3_malloc64/sqlite3_free (nw_mem.c),
** so all memory is accounted for by SQLite.  The C unit tests and the fuzz
** targets link tests/c/nw_mem_libc.c instead, which wraps malloc/free, so
** the cores can be tested without SQLite.
*/
#ifndef NW_MEM_H
#define NW_MEM_H
#include <stddef.h>

void *nwMalloc(size_t n);             /* NULL on failure */
void *nwRealloc(void *p, size_t n);   /* NULL on failure; p is kept */
void nwFree(void *p);                 /* NULL is a no-op */

/* Make room for nNeed elements of szElem bytes in the array *pa, whose
** capacity is *pnAlloc, doubling it as needed.  Returns 0, or 7 (NOMEM)
** with the array unchanged. */
int nwArrayGrow(void **pa, int *pnAlloc, int nNeed, size_t szElem);

/* Sort the n records of sz bytes at a by xCmp, stably (equal records keep
** their order), in place: indices are merge-sorted, then the records move
** once each along the permutation's cycles.  For arrays of big records,
** where qsort() moves every record at every step and glibc's takes a copy
** of the whole array.  Returns 0, or 7 (NOMEM) with a unchanged. */
int nwSortRecords(void *a, int n, size_t sz,
                  int (*xCmp)(const void*, const void*));

#endif
