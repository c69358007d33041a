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
  NwLshShape shape;
  BandEntry *a;          /* shape.nBand runs of n entries, each sorted */
  /* One bit per (band, key) present, about 8 bits per entry: most
  ** queried bands are in no bucket, and one bit read (cache resident for
  ** small sets) rejects them before a binary search would. */
  uint64_t *aFilter;
  uint64_t mFilter;      /* bits - 1, a power of two minus one */
};

int nwLshShapeValid(int64_t nBand, int64_t nRow){
  return nRow>=1 && nRow<=NW_LSH_MAX_ROWS && nBand>=1 && nBand<=NW_SIG_K
      && nBand*nRow<=NW_SIG_K;
}

int nwLshShapeFor(double threshold, NwLshShape *pShape){
  if( !(threshold>0.0 && threshold<=1.0) ) return 0;
  pShape->nRow = threshold>=0.45 ? 4 : threshold>=0.25 ? 3 : 2;
  pShape->nBand = pShape->nRow==4 ? NW_LSH_BANDS : NW_SIG_K/pShape->nRow;
  return 1;
}

/* The bytes of band b: nRow slots of 2 bytes, side by side. */
static const unsigned char *bandBytes(const unsigned char *aSig, int nRow,
                                      int b){
  return aSig + NW_SIG_HEADER + 2*nRow*b;
}

uint64_t nwLshBandKey(const unsigned char *aSig, int nRow, int b){
  uint64_t k = 0;
  memcpy(&k, bandBytes(aSig, nRow, b), 2*(size_t)nRow);  /* slots of 16 bits */
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

/* What sorting the bands of one set needs, made once for all 64 bands:
** which signatures are empty, and the buffers of a radix sort. */
typedef struct BandSort BandSort;
struct BandSort {
  unsigned char *aEmpty;   /* aEmpty[i]: signature i has no features */
  BandEntry *aTmp;         /* n entries */
  uint32_t *aCount;        /* 1 << NW_RADIX_BITS counts */
};
#define NW_RADIX_BITS 16
#define NW_RADIX_MIN  1024   /* below this many entries qsort is cheaper */

static void bandSortFree(BandSort *p){
  nwFree(p->aEmpty);
  nwFree(p->aTmp);
  nwFree(p->aCount);
  memset(p, 0, sizeof(*p));
}

static int bandSortInit(BandSort *p, const NwSigSet *pSet){
  int i;
  memset(p, 0, sizeof(*p));
  p->aEmpty = nwMalloc((size_t)pSet->n + 1);
  if( pSet->n>=NW_RADIX_MIN ){
    p->aTmp = nwMalloc(sizeof(BandEntry)*(size_t)pSet->n);
    p->aCount = nwMalloc(sizeof(uint32_t) << NW_RADIX_BITS);
  }
  if( p->aEmpty==0 || (pSet->n>=NW_RADIX_MIN && (p->aTmp==0 || p->aCount==0)) ){
    bandSortFree(p);
    return NW_NOMEM;
  }
  for(i=0; i<pSet->n; i++) p->aEmpty[i] = (unsigned char)sigEmpty(sigAt(pSet, i));
  return NW_OK;
}

/* Sort a[0..n) by key, then i: an LSD radix sort of NW_RADIX_BITS-bit
** digits, stable, so entries filled in ascending i keep that order among
** equal keys, exactly as cmpBandEntry orders them.  A pass whose digit is
** the same in every entry moves nothing and is skipped.  The band sorts
** were most of a pair listing with qsort (one comparison call each). */
static void radixSort(BandEntry *a, int n, BandSort *p){
  BandEntry *src = a, *dst = p->aTmp, *t;
  const int nBucket = 1 << NW_RADIX_BITS;
  int shift, i;
  for(shift=0; shift<64; shift+=NW_RADIX_BITS){
    uint32_t sum = 0;
    memset(p->aCount, 0, sizeof(uint32_t)*(size_t)nBucket);
    for(i=0; i<n; i++) p->aCount[(src[i].key >> shift) & (uint64_t)(nBucket-1)]++;
    if( p->aCount[(src[0].key >> shift) & (uint64_t)(nBucket-1)]==(uint32_t)n ) continue;
    for(i=0; i<nBucket; i++){
      uint32_t c = p->aCount[i];
      p->aCount[i] = sum;
      sum += c;
    }
    for(i=0; i<n; i++){
      dst[p->aCount[(src[i].key >> shift) & (uint64_t)(nBucket-1)]++] = src[i];
    }
    t = src; src = dst; dst = t;
  }
  if( src!=a ) memcpy(a, src, sizeof(BandEntry)*(size_t)n);
}

/* Fill a[0..n) with band b of every signature, sorted. */
static void fillBand(const NwSigSet *pSet, int b, BandEntry *a, BandSort *pSort){
  int i;
  for(i=0; i<pSet->n; i++){
    a[i].key = pSort->aEmpty[i] ? 0 : nwLshBandKey(sigAt(pSet, i),
                                                   pSet->shape.nRow, b);
    a[i].i = i;
  }
  if( pSet->n>=NW_RADIX_MIN ){
    radixSort(a, pSet->n, pSort);
  }else if( pSet->n>1 ){
    qsort(a, (size_t)pSet->n, sizeof(BandEntry), cmpBandEntry);
  }
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
  size_t i, nEntry = (size_t)p->shape.nBand*(size_t)p->n;
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
  BandSort sort;
  int b;
  *pp = 0;
  if( p==0 ) return NW_NOMEM;
  memset(p, 0, sizeof(*p));
  p->n = pSet->n;
  p->shape = pSet->shape;
  p->a = nwMalloc(sizeof(BandEntry)*(size_t)p->shape.nBand*(size_t)(pSet->n+1));
  if( p->a==0 || bandSortInit(&sort, pSet) ){ nwLshFree(p); return NW_NOMEM; }
  for(b=0; b<p->shape.nBand; b++) fillBand(pSet, b, p->a + (size_t)b*p->n, &sort);
  bandSortFree(&sort);
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

/* The buckets skipped as too big (more than the bucket limit): a pair
** that shares only such a band there was not seen there.  For pair
** listing, the (band, key) of each; for a query, a bit per band. */
typedef struct BigBucket BigBucket;
struct BigBucket { uint64_t key; int b; };
typedef struct Skipped Skipped;
struct Skipped {
  BigBucket *a;              /* pair listing: every skipped bucket so far */
  int n, nAlloc;
  uint64_t aMask[(NW_SIG_K+63)/64];   /* a query: bands it skipped */
};

static int skippedHas(const Skipped *p, int e, uint64_t key){
  int i;
  if( (p->aMask[e>>6]>>(e&63)) & 1 ) return 1;
  for(i=0; i<p->n; i++) if( p->a[i].b==e && p->a[i].key==key ) return 1;
  return 0;
}

/* The first band from e, before b, on which the signatures agree, or -1. */
static int firstSharedBand(const unsigned char *x, const unsigned char *y,
                           int nRow, int e, int b){
  const unsigned char *px = bandBytes(x, nRow, e), *py = bandBytes(y, nRow, e);
  const unsigned char *pStart = px;
  const unsigned char *pEnd = bandBytes(x, nRow, b);
  /* fixed-size loads the compiler inlines: a memcmp() call per band was
  ** half of a pair listing with 85 bands (a similar pair shares many) */
  switch( nRow ){
    case 4:
      for(; px<pEnd; px+=8, py+=8){
        uint64_t u, v;
        memcpy(&u, px, 8); memcpy(&v, py, 8);
        if( u==v ) return e + (int)((px-pStart)/8);
      }
      return -1;
    case 3:
      for(; px<pEnd; px+=6, py+=6){
        uint32_t u, v;
        uint16_t u2, v2;
        memcpy(&u, px, 4); memcpy(&v, py, 4);
        memcpy(&u2, px+4, 2); memcpy(&v2, py+4, 2);
        if( u==v && u2==v2 ) return e + (int)((px-pStart)/6);
      }
      return -1;
    default:
      for(; px<pEnd; px+=2*nRow, py+=2*nRow){
        if( memcmp(px, py, 2*(size_t)nRow)==0 ){
          return e + (int)((px-pStart)/(2*nRow));
        }
      }
      return -1;
  }
}

/* True if the signatures agree on some band before b whose bucket was not
** skipped: the pair was already seen there. */
static int seenEarlier(const unsigned char *x, const unsigned char *y,
                       int nRow, int b, const Skipped *pSkip){
  int e = firstSharedBand(x, y, nRow, 0, b);
  while( e>=0 && skippedHas(pSkip, e, nwLshBandKey(x, nRow, e)) ){
    e = firstSharedBand(x, y, nRow, e+1, b);
  }
  return e>=0;
}

int nwLshQuery(const NwLshIndex *p, const NwSigSet *pSet,
               const unsigned char *aQuery, double threshold, int nMaxBucket,
               int (*xHit)(void*, int, double), void *pArg){
  int b, rc = 0;
  Skipped skip;
  memset(&skip, 0, sizeof(skip));
  if( sigEmpty(aQuery) ) return 0;
  for(b=0; rc==0 && b<p->shape.nBand; b++){
    const BandEntry *a = p->a + (size_t)b*p->n;
    uint64_t key = nwLshBandKey(aQuery, p->shape.nRow, b);
    int lo = 0, hi = p->n;
    if( !filterHas(p, key, b) ) continue;
    while( lo<hi ){
      int mid = (lo+hi)/2;
      if( a[mid].key<key ) lo = mid+1; else hi = mid;
    }
    if( nMaxBucket>0 && lo+nMaxBucket<p->n && a[lo+nMaxBucket].key==key ){
      skip.aMask[b>>6] |= (uint64_t)1 << (b&63);
      continue;
    }
    for(; rc==0 && lo<p->n && a[lo].key==key; lo++){
      const unsigned char *aSig = sigAt(pSet, a[lo].i);
      double s = nwSignatureSimilarity(aQuery, aSig);    /* 0 if empty */
      if( s>=threshold && !seenEarlier(aQuery, aSig, p->shape.nRow, b, &skip) ){
        rc = xHit(pArg, a[lo].i, s);
      }
    }
  }
  return rc;
}

int nwLshPairs(const NwSigSet *pSet, double threshold,
               int (*xPair)(void*, int, int, double), void *pArg){
  BandEntry *a = nwMalloc(sizeof(BandEntry)*(size_t)(pSet->n+1));
  BandSort sort;
  Skipped skip;
  int b, rc = 0;
  memset(&skip, 0, sizeof(skip));
  if( a==0 || bandSortInit(&sort, pSet) ){ nwFree(a); return NW_NOMEM; }
  for(b=0; rc==0 && b<pSet->shape.nBand; b++){
    int lo = 0;
    fillBand(pSet, b, a, &sort);
    while( rc==0 && lo<pSet->n ){
      int hi = lo+1, x, y;
      while( hi<pSet->n && a[hi].key==a[lo].key ) hi++;
      if( hi-lo>NW_LSH_MAX_BUCKET && !sort.aEmpty[a[lo].i] ){
        if( nwArrayGrow((void**)&skip.a, &skip.nAlloc, skip.n+1, sizeof(BigBucket)) ){
          rc = NW_NOMEM;
          break;
        }
        skip.a[skip.n].key = a[lo].key;
        skip.a[skip.n].b = b;
        skip.n++;
      }else if( hi-lo>1 && !sort.aEmpty[a[lo].i] ){
        for(x=lo; rc==0 && x<hi; x++){
          for(y=x+1; rc==0 && y<hi; y++){
            const unsigned char *s1 = sigAt(pSet, a[x].i);
            const unsigned char *s2 = sigAt(pSet, a[y].i);
            /* the score first: most candidates are under the threshold,
            ** and only a pair that is listed needs to know whether an
            ** earlier band listed it already */
            double s = nwSignatureSimilarity(s1, s2);
            if( s>=threshold && !seenEarlier(s1, s2, pSet->shape.nRow, b, &skip) ){
              rc = xPair(pArg, a[x].i, a[y].i, s);
            }
          }
        }
      }
      lo = hi;
    }
  }
  bandSortFree(&sort);
  nwFree(skip.a);
  nwFree(a);
  return rc;
}

int nwLshShareBand(const unsigned char *x, const unsigned char *y,
                   const NwLshShape *pShape){
  return firstSharedBand(x, y, pShape->nRow, 0, pShape->nBand)>=0;
}

/* --------------------------------------------------- stored buckets */

uint64_t nwLshBucket(const unsigned char *aSig, int nRow, int b){
  uint64_t k = nwLshBandKey(aSig, nRow, b);
  /* fold the 64 bits, mixed so that 3-slot keys spread over 32 */
  k *= 0x9E3779B97F4A7C15ull;
  return ((uint64_t)(unsigned)b << 32) | (k >> 32);
}

static size_t putVarint(unsigned char *a, uint64_t v){
  size_t n = 0;
  while( v>=0x80 ){
    a[n++] = (unsigned char)(v | 0x80);
    v >>= 7;
  }
  a[n++] = (unsigned char)v;
  return n;
}

/* A varint at a[*pi..n) into *pv: 1, or 0 if truncated or over 64 bits. */
static int getVarint(const unsigned char *a, size_t n, size_t *pi,
                     uint64_t *pv){
  uint64_t v = 0;
  int shift;
  for(shift=0; shift<64 && *pi<n; shift+=7){
    unsigned char c = a[(*pi)++];
    if( shift==63 && c>1 ) return 0;
    v |= (uint64_t)(c & 0x7f) << shift;
    if( (c & 0x80)==0 ){
      *pv = v;
      return 1;
    }
  }
  return 0;
}

static uint64_t zigzag(int64_t v){
  return ((uint64_t)v << 1) ^ (uint64_t)(v>>63);
}
static int64_t unzigzag(uint64_t u){
  return (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
}

int nwChunkPut(NwChunkWriter *p, uint64_t bk, int64_t rowid){
  if( p->n + NW_CHUNK_ENTRY_MAX > p->nAlloc ){
    size_t nNew = p->nAlloc ? p->nAlloc*2 : 4096;
    unsigned char *aNew = nwRealloc(p->a, nNew);
    if( aNew==0 ) return NW_NOMEM;
    p->a = aNew;
    p->nAlloc = nNew;
  }
  if( p->n==0 ){
    p->base = bk;
    p->n += putVarint(p->a + p->n, 0);
    p->n += putVarint(p->a + p->n, zigzag(rowid));
  }else if( bk!=p->bk ){
    p->n += putVarint(p->a + p->n, bk - p->bk);
    p->n += putVarint(p->a + p->n, zigzag(rowid));
  }else{
    p->n += putVarint(p->a + p->n, 0);
    p->n += putVarint(p->a + p->n, (uint64_t)rowid - (uint64_t)p->rowid);
  }
  p->bk = bk;
  p->rowid = rowid;
  return NW_OK;
}

void nwChunkReset(NwChunkWriter *p){
  p->n = 0;
}

void nwChunkFree(NwChunkWriter *p){
  nwFree(p->a);
  memset(p, 0, sizeof(*p));
}

void nwChunkOpen(NwChunkReader *p, const unsigned char *a, size_t n,
                 uint64_t base){
  p->a = a;
  p->n = a ? n : 0;
  p->i = 0;
  p->bk = base;
  p->rowid = 0;
  p->bStarted = 0;
}

int nwChunkNext(NwChunkReader *p){
  uint64_t d, r;
  if( p->i>=p->n ) return 0;
  if( !getVarint(p->a, p->n, &p->i, &d) || !getVarint(p->a, p->n, &p->i, &r) ){
    return -1;
  }
  if( !p->bStarted || d>0 ){
    if( d >= ((uint64_t)1 << NW_LSH_BUCKET_BITS) - p->bk ) return -1;
    if( !p->bStarted && d ) return -1;     /* the first is the base */
    p->bk += d;
    p->rowid = unzigzag(r);
    p->bStarted = 1;
  }else{
    /* INT64_MAX - rowid is exact in 64-bit unsigned arithmetic */
    if( r > (uint64_t)INT64_MAX - (uint64_t)p->rowid ) return -1;
    p->rowid = (int64_t)((uint64_t)p->rowid + r);
  }
  return 1;
}
