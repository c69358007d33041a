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

#endif
