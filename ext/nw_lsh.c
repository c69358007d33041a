/*
** nw_lsh.c: band keys, band indexes, candidate queries and pair listing.
*/
#include <string.h>
#include <stdlib.h>
#include "nw_lsh.h"
#include "nw_text.h"
#include "nw_mem.h"

typedef struct BandEntry BandEntry;
struct BandEntry {
  uint64_t key;
  int i;                 /* signature number */
};

struct NwLshIndex {
  int n;
  BandEntry *a;          /* NW_LSH_BANDS runs of n entries, each sorted */
  /* One bit per (band, key) present, about 8 bits per entry: most
  ** queried bands are in no bucket, and one bit read (cache resident for
  ** small sets) rejects them before a binary search would. */
  uint64_t *aFilter;
  uint64_t mFilter;      /* bits - 1, a power of two minus one */
};

/* The bytes of band b: NW_LSH_ROWS slots of 2 bytes, side by side. */
static const unsigned char *bandBytes(const unsigned char *aSig, int b){
  return aSig + NW_SIG_HEADER + 2*NW_LSH_ROWS*b;
}

uint64_t nwLshBandKey(const unsigned char *aSig, int b){
  uint64_t k;
  memcpy(&k, bandBytes(aSig, b), sizeof(k));   /* 4 slots of 16 bits */
  return k;
}

static int cmpBandEntry(const void *a, const void *b){
  const BandEntry *x = a, *y = b;
  if( x->key!=y->key ) return x->key<y->key ? -1 : 1;
  return x->i - y->i;
}

static const unsigned char *sigAt(const NwSigSet *p, int i){
  return p->aSig + (size_t)i*NW_SIG_BYTES;
}

/* Empty signatures (no features) join no bucket. */
static int sigEmpty(const unsigned char *aSig){
  return nwSignatureFeatures(aSig)==0;
}

/* Fill a[0..n) with band b of every signature, sorted. */
static void fillBand(const NwSigSet *pSet, int b, BandEntry *a){
  int i;
  for(i=0; i<pSet->n; i++){
    a[i].key = sigEmpty(sigAt(pSet, i)) ? 0 : nwLshBandKey(sigAt(pSet, i), b);
    a[i].i = i;
  }
  if( pSet->n>1 ) qsort(a, (size_t)pSet->n, sizeof(BandEntry), cmpBandEntry);
}

/* The filter bit of key in band b. */
static uint64_t filterBit(const NwLshIndex *p, uint64_t key, int b){
  uint64_t h = (key ^ ((uint64_t)(b+1) * 0x9E3779B97F4A7C15ull))
             * 0xD6E8FEB86659FD93ull;
  return (h >> 20) & p->mFilter;
}

static int filterHas(const NwLshIndex *p, uint64_t key, int b){
  uint64_t i = filterBit(p, key, b);
  return (p->aFilter[i>>6] >> (i&63)) & 1;
}

static int filterBuild(NwLshIndex *p){
  uint64_t nBit = 64;
  size_t i, nEntry = (size_t)NW_LSH_BANDS*(size_t)p->n;
  while( nBit < 8*(uint64_t)nEntry ) nBit *= 2;
  p->mFilter = nBit-1;
  p->aFilter = nwMalloc((size_t)(nBit/8));
  if( p->aFilter==0 ) return NW_NOMEM;
  memset(p->aFilter, 0, (size_t)(nBit/8));
  for(i=0; i<nEntry; i++){
    uint64_t bit = filterBit(p, p->a[i].key, (int)(i/(size_t)p->n));
    p->aFilter[bit>>6] |= (uint64_t)1 << (bit&63);
  }
  return NW_OK;
}

int nwLshBuild(const NwSigSet *pSet, NwLshIndex **pp){
  NwLshIndex *p = nwMalloc(sizeof(*p));
  int b;
  *pp = 0;
  if( p==0 ) return NW_NOMEM;
  memset(p, 0, sizeof(*p));
  p->n = pSet->n;
  p->a = nwMalloc(sizeof(BandEntry)*(size_t)NW_LSH_BANDS*(size_t)(pSet->n+1));
  if( p->a==0 ){ nwLshFree(p); return NW_NOMEM; }
  for(b=0; b<NW_LSH_BANDS; b++) fillBand(pSet, b, p->a + (size_t)b*p->n);
  if( filterBuild(p) ){ nwLshFree(p); return NW_NOMEM; }
  *pp = p;
  return NW_OK;
}

void nwLshFree(NwLshIndex *p){
  if( p==0 ) return;
  nwFree(p->a);
  nwFree(p->aFilter);
  nwFree(p);
}

/* True if the signatures agree on some band before b: the pair was
** already seen there. */
static int sharedEarlierBand(const unsigned char *x, const unsigned char *y,
                             int b){
  int e;
  for(e=0; e<b; e++){
    if( memcmp(bandBytes(x, e), bandBytes(y, e), 2*NW_LSH_ROWS)==0 ) return 1;
  }
  return 0;
}

int nwLshQuery(const NwLshIndex *p, const NwSigSet *pSet,
               const unsigned char *aQuery, double threshold, int nMaxBucket,
               int (*xHit)(void*, int, double), void *pArg){
  int b, rc = 0;
  if( sigEmpty(aQuery) ) return 0;
  for(b=0; rc==0 && b<NW_LSH_BANDS; b++){
    const BandEntry *a = p->a + (size_t)b*p->n;
    uint64_t key = nwLshBandKey(aQuery, b);
    int lo = 0, hi = p->n;
    if( !filterHas(p, key, b) ) continue;
    while( lo<hi ){
      int mid = (lo+hi)/2;
      if( a[mid].key<key ) lo = mid+1; else hi = mid;
    }
    if( nMaxBucket>0 && lo+nMaxBucket<p->n && a[lo+nMaxBucket].key==key ){
      continue;
    }
    for(; rc==0 && lo<p->n && a[lo].key==key; lo++){
      const unsigned char *aSig = sigAt(pSet, a[lo].i);
      double s;
      if( sigEmpty(aSig) || sharedEarlierBand(aQuery, aSig, b) ) continue;
      s = nwSignatureSimilarity(aQuery, aSig);
      if( s>=threshold ) rc = xHit(pArg, a[lo].i, s);
    }
  }
  return rc;
}

int nwLshPairs(const NwSigSet *pSet, double threshold,
               int (*xPair)(void*, int, int, double), void *pArg){
  BandEntry *a = nwMalloc(sizeof(BandEntry)*(size_t)(pSet->n+1));
  int b, rc = 0;
  if( a==0 ) return NW_NOMEM;
  for(b=0; rc==0 && b<NW_LSH_BANDS; b++){
    int lo = 0;
    fillBand(pSet, b, a);
    while( rc==0 && lo<pSet->n ){
      int hi = lo+1, x, y;
      while( hi<pSet->n && a[hi].key==a[lo].key ) hi++;
      if( hi-lo>1 && hi-lo<=NW_LSH_MAX_BUCKET
       && !sigEmpty(sigAt(pSet, a[lo].i)) ){
        for(x=lo; rc==0 && x<hi; x++){
          for(y=x+1; rc==0 && y<hi; y++){
            const unsigned char *s1 = sigAt(pSet, a[x].i);
            const unsigned char *s2 = sigAt(pSet, a[y].i);
            double s;
            if( sharedEarlierBand(s1, s2, b) ) continue;
            s = nwSignatureSimilarity(s1, s2);
            if( s>=threshold ) rc = xPair(pArg, a[x].i, a[y].i, s);
          }
        }
      }
      lo = hi;
    }
  }
  nwFree(a);
  return rc;
}
