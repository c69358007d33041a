/*
** nw_lsh.h: locality-sensitive hashing over MinHash signatures (see
** nw_similar.h).  Pure core: no SQLite.
**
** The NW_SIG_K slots of a signature are cut into nBand bands of nRow
** slots (the set's NwLshShape; each index keeps its own).  Two passages
** are candidates when all slots of one band agree, which happens with
** probability 1-(1-J^r)^b for Jaccard J.  The default, 64 bands of 4:
** 0.98 at J=0.5, 0.81 at 0.4, 0.41 at 0.3, 0.10 at 0.2.  85 bands of 3
** (passage_index(threshold=0.3)): 1.00 at 0.5, 0.996 at 0.4, 0.90 at 0.3,
** 0.49 at 0.2, at the cost of more candidates to check.  Candidates are
** then checked on the whole signature.  Work is near-linear in the number
** of signatures: sorting each band, never comparing all pairs.
*/
#ifndef NW_LSH_H
#define NW_LSH_H
#include <stdint.h>
#include "nw_similar.h"

#define NW_LSH_BANDS 64      /* the default shape */
#define NW_LSH_ROWS  4
#define NW_LSH_MAX_ROWS 4    /* a band key is at most 4 slots: 64 bits */

typedef struct NwLshShape NwLshShape;
struct NwLshShape {
  int nBand, nRow;
};
/* Is (nBand, nRow) a shape signatures can be cut into?  64-bit, so that
** a value read from a database is checked before it is narrowed. */
int nwLshShapeValid(int64_t nBand, int64_t nRow);
/* The shape that proposes pairs of Jaccard threshold with probability
** 0.9 or more, from the NW_SIG_K slots: 4 rows from 0.45, 3 from 0.25,
** else 2; as many bands as the slots allow.  0 if threshold is not in
** (0, 1]. */
int nwLshShapeFor(double threshold, NwLshShape *pShape);
/* A band bucket with more members than this is skipped: it holds a
** passage repeated thousands of times, whose pairs say nothing new. */
#define NW_LSH_MAX_BUCKET 2000

/* Signatures held in memory: n of them, NW_SIG_BYTES each, aSig[i] is
** the i-th.  The caller owns the bytes. */
typedef struct NwSigSet NwSigSet;
struct NwSigSet {
  const unsigned char *aSig;
  int n;
  NwLshShape shape;          /* how its signatures are cut into bands */
};

/* Key of band b of a signature cut into bands of nRow slots. */
uint64_t nwLshBandKey(const unsigned char *aSig, int nRow, int b);

/* A band index over an NwSigSet: for each band, the signatures sorted by
** band key.  Built once, queried many times. */
typedef struct NwLshIndex NwLshIndex;
int nwLshBuild(const NwSigSet *pSet, NwLshIndex **pp);
void nwLshFree(NwLshIndex *p);

/* Call xHit(pArg, i, score) once for each signature i of the set that
** shares a band with aQuery and whose similarity is >= threshold.  A
** non-zero return from xHit stops the search and is returned.  Band
** buckets with more than nMaxBucket members are skipped (0: none is). */
int nwLshQuery(const NwLshIndex *p, const NwSigSet *pSet,
               const unsigned char *aQuery, double threshold, int nMaxBucket,
               int (*xHit)(void*, int, double), void *pArg);

/* Call xPair(pArg, i, j, score) once for each pair i<j of the set whose
** similarity is >= threshold and that shares a band (in practice: every
** pair with Jaccard well above 0.5).  Memory: one band at a time. */
int nwLshPairs(const NwSigSet *pSet, double threshold,
               int (*xPair)(void*, int, int, double), void *pArg);

/* Do two signatures agree on every slot of some band of shape *pShape? */
int nwLshShareBand(const unsigned char *x, const unsigned char *y,
                   const NwLshShape *pShape);

/* ------------------------------------------------ stored band buckets
** passage_index keeps its bands in the database (nw_sql_index_bands.c)
** as runs of entries (bucket, rowid) sorted by bucket, then rowid.  A
** bucket is band b in bits 32..39 and the band's slots folded to 32 bits
** below: two signatures that agree on band b have the same bucket; a
** bucket shared by chance is told apart by comparing the slots. */
#define NW_LSH_BUCKET_BITS 40
uint64_t nwLshBucket(const unsigned char *aSig, int nRow, int b);

/* A chunk is a BLOB of entries after a base bucket (kept beside it, in
** the row key).  Each entry is the bucket's distance from the previous
** one (from the base for the first) as a varint; then, in a new bucket
** (and for the first entry) the rowid zigzag-coded, in the same bucket
** its distance from the previous rowid.  Rowids ascend within a bucket. */
#define NW_CHUNK_ENTRY_MAX 20        /* bytes one entry can take */
typedef struct NwChunkWriter NwChunkWriter;
struct NwChunkWriter {
  unsigned char *a;                  /* nAlloc bytes, nwMalloc'd */
  size_t n, nAlloc;
  uint64_t base, bk;                 /* first and last bucket written */
  int64_t rowid;                     /* last rowid written */
};
/* Append (bk, rowid), at or after the last entry: NW_OK or NW_NOMEM. */
int nwChunkPut(NwChunkWriter *p, uint64_t bk, int64_t rowid);
void nwChunkReset(NwChunkWriter *p);   /* empty, keeps the buffer */
void nwChunkFree(NwChunkWriter *p);

typedef struct NwChunkReader NwChunkReader;
struct NwChunkReader {
  const unsigned char *a;
  size_t n, i;
  uint64_t bk;                       /* the entry read */
  int64_t rowid;
  int bStarted;
};
void nwChunkOpen(NwChunkReader *p, const unsigned char *a, size_t n,
                 uint64_t base);
/* The next entry into p->bk, p->rowid: 1, 0 at the end, -1 if the bytes
** are no chunk (truncated, a bucket past NW_LSH_BUCKET_BITS, a rowid out
** of range).  Safe for any bytes. */
int nwChunkNext(NwChunkReader *p);

#endif
