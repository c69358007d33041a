/* C unit tests of the pair listing of passage_pairs() (nw_lsh.c): on sets
** large enough for the radix sort of band keys, nwLshPairs() gives exactly
** the pairs a comparison of every pair gives (share a band, similarity at
** the threshold), each once, and the same listing as a set small enough
** for qsort. */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "nw_lsh.h"

static uint64_t splitmix64(uint64_t x){
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x>>30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x>>27)) * 0x94D049BB133111EBull;
  return x ^ (x>>31);
}

typedef struct Found Found;
struct Found { int n, nDup; unsigned char *aSeen; int nSig; };

static int collect(void *pArg, int i, int j, double score){
  Found *p = pArg;
  size_t k = (size_t)i*(size_t)p->nSig + (size_t)j;
  (void)score;
  if( p->aSeen[k] ) p->nDup++;
  p->aSeen[k] = 1;
  p->n++;
  return 0;
}

/* Do x and y agree on every slot of some band?  Slot by slot, not by
** band key. */
static int shareBand(const unsigned char *x, const unsigned char *y,
                     NwLshShape shape){
  int b;
  for(b=0; b<shape.nBand; b++){
    const unsigned char *bx = x + NW_SIG_HEADER + 2*shape.nRow*b;
    const unsigned char *by = y + NW_SIG_HEADER + 2*shape.nRow*b;
    if( memcmp(bx, by, 2*(size_t)shape.nRow)==0 ) return 1;
  }
  return 0;
}

/* n signatures: groups of 8 variants of one bag (a few features swapped
** each), so pairs at every similarity exist; 1 in 50 empty. */
static unsigned char *makeSet(int n, uint64_t seed){
  static NwFeature aFeat[40];
  unsigned char *a = malloc((size_t)n*NW_SIG_BYTES);
  int i, f;
  for(i=0; a && i<n; i++){
    NwBag bag;
    uint64_t base = splitmix64(seed + (uint64_t)(i/8));
    int nSwap = (i%8)*3;
    for(f=0; f<40; f++){
      aFeat[f].h = splitmix64(base + (uint64_t)f + (f<nSwap ? 1000003u*(uint64_t)(i+1) : 0));
      aFeat[f].flags = 0;
    }
    bag.a = aFeat; bag.n = i%50==7 ? 0 : 40; bag.nAlloc = 40;
    nwSignature(&bag, a + (size_t)i*NW_SIG_BYTES);
  }
  return a;
}

static int samePairs(int n, double threshold, NwLshShape shape){
  unsigned char *aSig = makeSet(n, 77);
  NwSigSet set;
  Found got = {0, 0, 0, n};
  int i, j, nWant = 0, nMissing = 0;
  got.aSeen = calloc((size_t)n*(size_t)n, 1);
  if( aSig==0 || got.aSeen==0 ) return 0;
  set.aSig = aSig; set.n = n; set.shape = shape;
  nwLshPairs(&set, threshold, collect, &got);
  for(i=0; i<n; i++){
    for(j=i+1; j<n; j++){
      const unsigned char *x = aSig + (size_t)i*NW_SIG_BYTES;
      const unsigned char *y = aSig + (size_t)j*NW_SIG_BYTES;
      if( nwSignatureFeatures(x)==0 || nwSignatureFeatures(y)==0 ) continue;
      if( shareBand(x, y, shape) && nwSignatureSimilarity(x, y)>=threshold ){
        nWant++;
        nMissing += !got.aSeen[(size_t)i*(size_t)n + (size_t)j];
      }
    }
  }
  printf("  %d signatures, %d bands of %d, threshold %.1f: %d pairs listed, %d expected, %d missing, %d twice\n",
         n, shape.nBand, shape.nRow, threshold, got.n, nWant, nMissing, got.nDup);
  free(aSig);
  free(got.aSeen);
  return nWant>0 && got.n==nWant && nMissing==0 && got.nDup==0;
}

/* nwSignatureSimilarity() against the slots counted one by one. */
static int similarityExact(void){
  unsigned char *a = makeSet(400, 5);
  int i, j, nSame = 0, nPairs = 0;
  if( a==0 ) return 0;
  for(i=0; i<400; i+=3){
    for(j=i; j<400; j+=7){
      const unsigned char *x = a + (size_t)i*NW_SIG_BYTES, *y = a + (size_t)j*NW_SIG_BYTES;
      int k, nEq = 0;
      double want;
      for(k=0; k<NW_SIG_K; k++){
        nEq += memcmp(x + NW_SIG_HEADER + 2*k, y + NW_SIG_HEADER + 2*k, 2)==0;
      }
      want = nwSignatureFeatures(x)==0 || nwSignatureFeatures(y)==0 ? 0.0 : (double)nEq/NW_SIG_K;
      nSame += nwSignatureSimilarity(x, y)==want;
      nPairs++;
    }
  }
  free(a);
  return nSame==nPairs && nPairs>1000;
}

/* Recall of pairs at Jaccard near j under a shape: variants of one bag
** with a share j of their features in common, as the planted pairs of the
** benchmark; the share of those pairs listed at threshold 0. */
static double recallAt(double j, NwLshShape shape){
  enum { NPAIR = 400, NFEAT = 60 };
  static NwFeature aFeat[NFEAT];
  unsigned char *a = malloc((size_t)2*NPAIR*NW_SIG_BYTES);
  NwSigSet set;
  Found got = {0, 0, 0, 2*NPAIR};
  int i, f, nShared = (int)(2.0*j*NFEAT/(1.0+j) + 0.5), nFound = 0;
  got.aSeen = calloc((size_t)4*NPAIR*NPAIR, 1);
  if( a==0 || got.aSeen==0 ) return 0.0;
  for(i=0; i<2*NPAIR; i++){
    NwBag bag;
    for(f=0; f<NFEAT; f++){
      /* the first nShared features of both variants are the pair's own */
      aFeat[f].h = f<nShared ? splitmix64(1000u*(uint64_t)(i/2) + (uint64_t)f)
                             : splitmix64(9000000u + 1000u*(uint64_t)i + (uint64_t)f);
      aFeat[f].flags = 0;
    }
    bag.a = aFeat; bag.n = NFEAT; bag.nAlloc = NFEAT;
    nwSignature(&bag, a + (size_t)i*NW_SIG_BYTES);
  }
  set.aSig = a; set.n = 2*NPAIR; set.shape = shape;
  nwLshPairs(&set, 0.0, collect, &got);
  for(i=0; i<NPAIR; i++) nFound += got.aSeen[(size_t)(2*i)*(size_t)(2*NPAIR) + (size_t)(2*i+1)];
  free(a);
  free(got.aSeen);
  printf("  Jaccard %.2f, %d bands of %d: %d of %d pairs listed\n", j, shape.nBand,
         shape.nRow, nFound, NPAIR);
  return (double)nFound/NPAIR;
}

/* A pair whose first shared band is a bucket too big to list (more than
** NW_LSH_MAX_BUCKET members) is listed from a later band it shares. */
static int bigBucketPair(void){
  int n = NW_LSH_MAX_BUCKET + 100, i, bOk;
  unsigned char *aSig = makeSet(n, 4242);
  NwSigSet set;
  Found got = {0, 0, 0, n};
  got.aSeen = calloc((size_t)n*(size_t)n, 1);
  if( aSig==0 || got.aSeen==0 ) return 0;
  for(i=0; i<n; i++){
    /* band 0 the same everywhere: one bucket of n */
    memset(aSig + (size_t)i*NW_SIG_BYTES + NW_SIG_HEADER, 0x5a, 2*NW_LSH_ROWS);
  }
  /* signatures 1 and 17 (different groups) share band 9 as well */
  memcpy(aSig + (size_t)17*NW_SIG_BYTES + NW_SIG_HEADER + 2*NW_LSH_ROWS*9,
         aSig + (size_t)1*NW_SIG_BYTES + NW_SIG_HEADER + 2*NW_LSH_ROWS*9,
         2*NW_LSH_ROWS);
  set.aSig = aSig; set.n = n; set.shape.nBand = NW_LSH_BANDS; set.shape.nRow = NW_LSH_ROWS;
  nwLshPairs(&set, 0.0, collect, &got);
  bOk = got.aSeen[(size_t)1*(size_t)n + 17] && got.nDup==0;
  free(aSig);
  free(got.aSeen);
  return bOk;
}

int main(void){
  const NwLshShape def = {NW_LSH_BANDS, NW_LSH_ROWS}, low = {85, 3};
  NwLshShape got;
  CHECK(similarityExact(), "signature similarity, four slots at a time, is the count of equal slots");
  CHECK(samePairs(3000, 0.3, def), "radix-sorted bands (3,000 signatures) list every pair of a comparison of all pairs, once");
  CHECK(samePairs(3000, 0.7, def), "the same at threshold 0.7");
  CHECK(samePairs(600, 0.3, def), "qsorted bands (600 signatures) too");
  CHECK(samePairs(3000, 0.3, low), "85 bands of 3 slots: every pair sharing a band, once");
  CHECK(nwLshShapeFor(0.3, &got) && got.nBand==85 && got.nRow==3
        && nwLshShapeFor(0.5, &got) && got.nBand==64 && got.nRow==4
        && nwLshShapeFor(0.2, &got) && got.nBand==128 && got.nRow==2
        && !nwLshShapeFor(0.0, &got) && !nwLshShapeFor(1.5, &got),
        "nwLshShapeFor: 0.3 -> 85 x 3, 0.5 -> 64 x 4, 0.2 -> 128 x 2, none outside (0, 1]");
  CHECK(nwLshShapeValid(85, 3) && nwLshShapeValid(64, 4) && !nwLshShapeValid(65, 4)
        && !nwLshShapeValid(51, 5) && !nwLshShapeValid(0, 3), "nwLshShapeValid");
  CHECK(recallAt(0.3, low)>=0.85 && recallAt(0.3, def)<=0.55,
        "at Jaccard 0.3, 85 bands of 3 list about 0.90 of the pairs, 64 of 4 about 0.41");
  CHECK(recallAt(0.5, low)>=0.98 && recallAt(0.5, def)>=0.95, "at Jaccard 0.5 both list nearly all");
  CHECK(bigBucketPair(), "a pair whose first shared band is a skipped big bucket is listed from a later band, once");
  printf("%d failed\n", nFailed);
  return nFailed!=0;
}
