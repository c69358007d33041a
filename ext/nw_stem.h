/*
** nw_stem.h: English stemming (Snowball's Porter2 via libstemmer) with a
** small cache, since news text repeats the same words all the time.
** Pure core: no SQLite.  An NwStemmer is used by one thread at a time.
*/
#ifndef NW_STEM_H
#define NW_STEM_H
#include <stddef.h>

typedef struct NwStemmer NwStemmer;

NwStemmer *nwStemmerNew(void);          /* NULL on OOM */
void nwStemmerFree(NwStemmer *p);

/* The stem of the normalised word z[0..n), valid until the next call.
** Words that are not made of a-z only ("u.s", "2,500", other scripts) or
** that are longer than NW_MAX_STEM_BYTES are their own stem.  Returns
** NULL only when out of memory. */
const char *nwStem(NwStemmer *p, const char *z, size_t n, size_t *pnOut);

#define NW_MAX_STEM_BYTES 64

#endif
