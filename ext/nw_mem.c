/*
** nw_mem.c: nwMalloc() and friends on top of SQLite's allocator.
*/
#include "nwInt.h"

void *nwMalloc(size_t n){ return sqlite3_malloc64((sqlite3_uint64)n); }
void *nwRealloc(void *p, size_t n){ return sqlite3_realloc64(p, (sqlite3_uint64)n); }
void nwFree(void *p){ sqlite3_free(p); }
