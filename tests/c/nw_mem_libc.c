/* nwMalloc() and friends on the C library, for tests and fuzz targets. */
#include <stdlib.h>
#include "nw_mem.h"

void *nwMalloc(size_t n){ return malloc(n ? n : 1); }
void *nwRealloc(void *p, size_t n){ return realloc(p, n ? n : 1); }
void nwFree(void *p){ free(p); }
