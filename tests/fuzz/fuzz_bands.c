/* libFuzzer target (core): the chunk format of passage_index's stored
** band buckets (nwChunkPut / nwChunkNext in ext/nw_lsh.h).
** Input: 5 bytes of base bucket, then the bytes of a chunk.
** Checks: any bytes decode without an over-read (an exact-size copy) to
** entries whose buckets never fall and stay under 2^40, with rowids
** ascending within a bucket, or stop with -1; then the entries read from
** the input as (bucket delta, rowid) pairs, sorted, are written with
** nwChunkPut and read back exactly. */
#include "fuzz_util.h"
#include "nw_lsh.h"
#include "nw_mem.h"

static uint64_t readLe(const uint8_t *z, size_t n){
  uint64_t v = 0;
  size_t i;
  for(i=0; i<n; i++) v |= (uint64_t)z[i] << (8*i);
  return v;
}

static void checkDecode(const uint8_t *z, size_t n, uint64_t base){
  unsigned char *a = malloc(n ? n : 1);
  NwChunkReader rd;
  uint64_t bkLast = base;
  int64_t rowidLast = 0;
  int e, nEntry = 0;
  if( a==0 ) return;
  if( n ) memcpy(a, z, n);
  nwChunkOpen(&rd, a, n, base);
  while( (e = nwChunkNext(&rd))>0 ){
    if( rd.bk < bkLast ) fuzzFail("a bucket before the previous one", 0);
    if( rd.bk >> NW_LSH_BUCKET_BITS ) fuzzFail("a bucket of more than 40 bits", 0);
    if( nEntry && rd.bk==bkLast && rd.rowid < rowidLast ){
      fuzzFail("rowids fall within a bucket", 0);
    }
    bkLast = rd.bk;
    rowidLast = rd.rowid;
    nEntry++;
  }
  if( e!=0 && e!=-1 ) fuzzFail("nwChunkNext result", 0);
  free(a);
}

typedef struct Entry Entry;
struct Entry { uint64_t bk; int64_t rowid; };
static int cmpEntry(const void *x, const void *y){
  const Entry *a = x, *b = y;
  if( a->bk!=b->bk ) return a->bk<b->bk ? -1 : 1;
  return a->rowid<b->rowid ? -1 : a->rowid>b->rowid;
}

static void checkRoundTrip(const uint8_t *z, size_t n, uint64_t base){
  size_t nEntry = n/10, i;
  Entry *a = malloc(sizeof(Entry)*(nEntry ? nEntry : 1));
  NwChunkWriter w;
  NwChunkReader rd;
  if( a==0 ) return;
  for(i=0; i<nEntry; i++){
    /* small bucket steps (often 0: one bucket, several rowids) */
    a[i].bk = (base + (readLe(z+10*i, 2) % 5) * readLe(z+10*i+2, 1))
              & (((uint64_t)1 << NW_LSH_BUCKET_BITS) - 1);
    a[i].rowid = (int64_t)readLe(z+10*i+3, 7) - ((int64_t)1 << 55);
    if( z[10*i] & 1 ) a[i].rowid = z[10*i] & 2 ? INT64_MAX : INT64_MIN;
  }
  qsort(a, nEntry, sizeof(Entry), cmpEntry);
  memset(&w, 0, sizeof(w));
  for(i=0; i<nEntry; i++){
    if( nwChunkPut(&w, a[i].bk, a[i].rowid) ){ nwChunkFree(&w); free(a); return; }
  }
  nwChunkOpen(&rd, w.a, w.n, nEntry ? a[0].bk : 0);
  for(i=0; i<nEntry; i++){
    if( nwChunkNext(&rd)!=1 ) fuzzFail("a written entry does not read back", 0);
    if( rd.bk!=a[i].bk || rd.rowid!=a[i].rowid ){
      fprintf(stderr, "fuzz: entry %zu: wrote (%llu, %lld), read (%llu, %lld)\n",
              i, (unsigned long long)a[i].bk, (long long)a[i].rowid,
              (unsigned long long)rd.bk, (long long)rd.rowid);
      fuzzFail("an entry reads back different", 0);
    }
  }
  if( nwChunkNext(&rd)!=0 ) fuzzFail("more entries read than written", 0);
  nwChunkFree(&w);
  free(a);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  uint64_t base;
  if( size<5 ) return 0;
  base = readLe(data, 5) & (((uint64_t)1 << NW_LSH_BUCKET_BITS) - 1);
  checkDecode(data+5, size-5, base);
  checkRoundTrip(data+5, size-5, base);
  return 0;
}
