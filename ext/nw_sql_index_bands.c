/*
** nw_sql_index_bands.c: the band buckets of a passage_index, kept in the
** database file so that a query reads only the buckets it needs:
**
**     pidx_band(k INTEGER PRIMARY KEY, data BLOB NOT NULL)
**
** Each row is a chunk of entries (bucket, rowid) in bucket order (the
** format is nwChunkNext()'s in nw_lsh.h); its key k says where it belongs:
**
**     bits 60..62  level       0 .. NW_BAND_TOP (6; a key of level 7,
**                              which a hostile file may hold, is never read)
**     bits 40..59  serial      the segment within its level, 1, 2, ...
**     bits  0..39  the bucket of the chunk's first entry (band, hash)
**
** so the chunks of one segment are contiguous and in bucket order, and a
** bucket is found by one seek: the last chunk of the segment whose key
** is at or before it (a bucket is never split between chunks).
**
** Writes are a log-structured merge, as FTS5 keeps its segments: the
** buckets of the passages written are kept in memory (a MATCH on the
** table reads them there too) until the transaction commits, a savepoint
** opens (FTS5 flushes there too, so that ROLLBACK TO discards exactly the
** pending entries) or there are NW_BAND_PENDING_MAX of them; then they
** are sorted and written as one segment, of level 0 if it holds fewer
** than NW_BAND_L0_MAX passages, else of the level its size reaches.  When
** level 0 holds NW_BAND_L0_MAX segments they are merged into one segment
** of level 1; NW_BAND_FANOUT segments of a level make one of the next.
** A merge streams its inputs chunk by chunk: memory does not grow with
** the index.  A query reads every level-0 row (at most NW_BAND_L0_MAX)
** and seeks each of its buckets in every other segment (a few dozen).
**
** Nothing is removed on DELETE or UPDATE: an entry whose rowid is gone,
** or whose signature no longer has that band, is dropped by the caller,
** which reads the signature of every candidate from pidx_sig anyway.
** INSERT INTO pidx(pidx) VALUES('rebuild') writes the table anew;
** 'optimize' then merges it into one segment.
**
** Nothing read here is trusted: a chunk that does not decode, or that is
** not a BLOB, is an error that names the row and the command that repairs
** it; a bucket of a band the shape does not have matches no query; keys
** out of the ranges above are never read.
*/
#include <string.h>
#include <stdlib.h>
#include "nwInt.h"
#include "nw_lsh.h"

#define NW_BAND_LEVEL_SHIFT  60
#define NW_BAND_SERIAL_SHIFT 40
#define NW_BAND_SERIAL_MAX   ((1<<20) - 1)
#define NW_BAND_TOP          6      /* the last level: never merged on
                                    ** (segments of about 2M passages) */
#define NW_BAND_L0_MAX       64     /* level-0 segments (one passage each) */
#define NW_BAND_FANOUT       8      /* segments of a higher level */
#define NW_BAND_MERGE_MAX    64     /* inputs of one merge, whatever is stored */
#define NW_BAND_CHUNK        1000   /* bytes of a chunk, about: a lookup
                                    ** decodes half of one (3000: 1.5x slower) */
#define NW_BAND_PENDING_MAX  (1<<20)  /* entries kept before a flush: 16 MB */
#define NW_BUCKET_MASK (((sqlite3_int64)1 << NW_LSH_BUCKET_BITS) - 1)

enum {
  NW_BSTMT_LAST, NW_BSTMT_INSERT, NW_BSTMT_FIRST, NW_BSTMT_SEEK,
  NW_BSTMT_DELETE, NW_BSTMT_BELOW, NW_BSTMT_COUNT
};
typedef char assertStmtCount[NW_BSTMT_COUNT==NW_BANDS_NSTMT ? 1 : -1];

/* The first key of segment (level, serial); level NW_BAND_TOP+1 at most,
** as the end of the last level. */
static sqlite3_int64 segBase(int iLevel, int iSerial){
  return ((sqlite3_int64)iLevel << NW_BAND_LEVEL_SHIFT)
       | ((sqlite3_int64)iSerial << NW_BAND_SERIAL_SHIFT);
}

void nwBandsInit(NwBands *p, sqlite3 *db, const char *zDb, const char *zName){
  memset(p, 0, sizeof(*p));
  p->db = db;
  p->zDb = zDb;
  p->zName = zName;
}

void nwBandsFinalize(NwBands *p){
  int i;
  for(i=0; i<NW_BSTMT_COUNT; i++){
    sqlite3_finalize(p->aStmt[i]);
    p->aStmt[i] = 0;
  }
}

void nwBandsFree(NwBands *p){
  nwBandsFinalize(p);
  sqlite3_free(p->aPend);
  p->aPend = 0;
  p->nPend = p->nPendAlloc = 0;
  p->nPendRows = 0;
}

void nwBandsDiscard(NwBands *p){
  p->nPend = 0;
  p->nPendRows = 0;
}

static int bandsErr(NwBands *p, char **pzErr){
  *pzErr = sqlite3_mprintf("%s_band: %s", p->zName, sqlite3_errmsg(p->db));
  return *pzErr ? sqlite3_errcode(p->db) : SQLITE_NOMEM;
}

static int bandsCorrupt(NwBands *p, sqlite3_int64 k, char **pzErr){
  *pzErr = sqlite3_mprintf("%s_band: the row with k=%lld is not a chunk of "
                           "band buckets; INSERT INTO \"%w\"(\"%w\") "
                           "VALUES('rebuild') writes the table again",
                           p->zName, k, p->zName, p->zName);
  return *pzErr ? SQLITE_CORRUPT_VTAB : SQLITE_NOMEM;
}

/* Statement i, prepared on first use; the caller resets it. */
static int bandsStmt(NwBands *p, int i, sqlite3_stmt **pp, char **pzErr){
  static const char *const azSql[NW_BSTMT_COUNT] = {
    "SELECT max(k) FROM \"%w\".\"%w_band\" WHERE k >= ?1 AND k < ?2",
    "INSERT INTO \"%w\".\"%w_band\"(k, data) VALUES(?1, ?2)",
    "SELECT k FROM \"%w\".\"%w_band\" WHERE k >= ?1 AND k < ?2"
      " ORDER BY k LIMIT 1",
    "SELECT k, data FROM \"%w\".\"%w_band\" WHERE k >= ?1 AND k <= ?2"
      " ORDER BY k DESC LIMIT 1",
    "DELETE FROM \"%w\".\"%w_band\" WHERE k >= ?1 AND k < ?2",
    "SELECT k, data FROM \"%w\".\"%w_band\" WHERE k < ?1",
  };
  int rc = nwIndexPrepareKept(p->db, &p->aStmt[i], azSql[i], p->zDb, p->zName);
  if( rc==SQLITE_NOMEM ) return rc;
  if( rc ) return bandsErr(p, pzErr);
  *pp = p->aStmt[i];
  return SQLITE_OK;
}

/* Bind ?1 and ?2 of statement i to [lo, hi]. */
static int bandsRange(NwBands *p, int i, sqlite3_int64 lo, sqlite3_int64 hi,
                      sqlite3_stmt **pp, char **pzErr){
  int rc = bandsStmt(p, i, pp, pzErr);
  if( rc ) return rc;
  sqlite3_bind_int64(*pp, 1, lo);
  sqlite3_bind_int64(*pp, 2, hi);
  return SQLITE_OK;
}

/* The highest serial in use at iLevel (0: none). */
static int lastSerial(NwBands *p, int iLevel, int *piSerial, char **pzErr){
  sqlite3_stmt *pStmt = 0;
  int rc = bandsRange(p, NW_BSTMT_LAST, segBase(iLevel, 0),
                      segBase(iLevel+1, 0), &pStmt, pzErr);
  if( rc ) return rc;
  *piSerial = 0;
  if( sqlite3_step(pStmt)==SQLITE_ROW
   && sqlite3_column_type(pStmt, 0)==SQLITE_INTEGER ){
    *piSerial = (int)((sqlite3_column_int64(pStmt, 0) >> NW_BAND_SERIAL_SHIFT)
                      & NW_BAND_SERIAL_MAX);
  }
  if( sqlite3_reset(pStmt) ) return bandsErr(p, pzErr);
  return SQLITE_OK;
}

/* A new serial at iLevel, one past the last. */
static int newSerial(NwBands *p, int iLevel, int *piSerial, char **pzErr){
  int rc = lastSerial(p, iLevel, piSerial, pzErr);
  if( rc ) return rc;
  if( *piSerial>=NW_BAND_SERIAL_MAX ){
    *pzErr = sqlite3_mprintf("%s_band: level %d has no serial left; INSERT "
                             "INTO \"%w\"(\"%w\") VALUES('rebuild') writes the"
                             " table again", p->zName, iLevel, p->zName,
                             p->zName);
    return *pzErr ? SQLITE_FULL : SQLITE_NOMEM;
  }
  (*piSerial)++;
  return SQLITE_OK;
}

static int writeChunk(NwBands *p, sqlite3_int64 iBase, const NwChunkWriter *w,
                      char **pzErr){
  sqlite3_stmt *pStmt = 0;
  int rc = bandsStmt(p, NW_BSTMT_INSERT, &pStmt, pzErr);
  if( rc ) return rc;
  sqlite3_bind_int64(pStmt, 1, iBase | (sqlite3_int64)w->base);
  sqlite3_bind_blob(pStmt, 2, w->a, (int)w->n, SQLITE_STATIC);
  rc = sqlite3_step(pStmt);
  sqlite3_reset(pStmt);
  sqlite3_clear_bindings(pStmt);
  return rc==SQLITE_DONE ? SQLITE_OK : bandsErr(p, pzErr);
}

/* --------------------------------------------------- writing segments */

/* A segment written entry by entry, cut into chunks at bucket changes. */
typedef struct SegWriter SegWriter;
struct SegWriter {
  sqlite3_int64 iBase;
  NwChunkWriter w;
  int bAny;
};

static int segPut(NwBands *p, SegWriter *s, uint64_t bk, sqlite3_int64 rowid,
                  char **pzErr){
  if( s->bAny && bk==s->w.bk && rowid==s->w.rowid ) return SQLITE_OK;
  if( s->bAny && (bk<s->w.bk || (bk==s->w.bk && rowid<s->w.rowid)) ){
    /* only chunks out of order in the file can do this */
    *pzErr = sqlite3_mprintf("%s_band: a segment is out of order; INSERT "
                             "INTO \"%w\"(\"%w\") VALUES('rebuild') writes"
                             " the table again", p->zName, p->zName, p->zName);
    return *pzErr ? SQLITE_CORRUPT_VTAB : SQLITE_NOMEM;
  }
  if( s->bAny && bk!=s->w.bk && s->w.n>=NW_BAND_CHUNK ){
    int rc = writeChunk(p, s->iBase, &s->w, pzErr);
    if( rc ) return rc;
    nwChunkReset(&s->w);
  }
  s->bAny = 1;
  return nwChunkPut(&s->w, bk, rowid)==NW_OK ? SQLITE_OK : SQLITE_NOMEM;
}

static int segFinish(NwBands *p, SegWriter *s, char **pzErr){
  int rc = s->w.n ? writeChunk(p, s->iBase, &s->w, pzErr) : SQLITE_OK;
  nwChunkFree(&s->w);
  return rc;
}

/* The current row of pStmt (k, data) as a chunk: *pk, a[0..*pn), or an
** error if data is no BLOB or empty. */
static int chunkOf(NwBands *p, sqlite3_stmt *pStmt, sqlite3_int64 *pk,
                   const unsigned char **pa, int *pn, char **pzErr){
  *pk = sqlite3_column_int64(pStmt, 0);
  *pa = sqlite3_column_blob(pStmt, 1);
  *pn = sqlite3_column_bytes(pStmt, 1);
  if( sqlite3_column_type(pStmt, 1)!=SQLITE_BLOB || *pn==0 ){
    return bandsCorrupt(p, *pk, pzErr);
  }
  return SQLITE_OK;
}

/* One input of a merge: the chunks of one segment, entry by entry. */
typedef struct SegReader SegReader;
struct SegReader {
  sqlite3_stmt *pStmt;
  unsigned char *aBuf;      /* a copy of the chunk: the merge writes */
  size_t nAlloc;
  NwChunkReader rd;
  sqlite3_int64 k;          /* the chunk's key */
  int bEof;
};

static int readerNext(NwBands *p, SegReader *r, char **pzErr){
  for(;;){
    int rc, n;
    const unsigned char *a;
    int e = nwChunkNext(&r->rd);
    if( e>0 ) return SQLITE_OK;
    if( e<0 ) return bandsCorrupt(p, r->k, pzErr);
    rc = sqlite3_step(r->pStmt);
    if( rc!=SQLITE_ROW ){
      r->bEof = 1;
      return rc==SQLITE_DONE ? SQLITE_OK : bandsErr(p, pzErr);
    }
    rc = chunkOf(p, r->pStmt, &r->k, &a, &n, pzErr);
    if( rc ) return rc;
    if( (size_t)n>r->nAlloc ){
      unsigned char *aNew = sqlite3_realloc64(r->aBuf, (sqlite3_uint64)n);
      if( aNew==0 ) return SQLITE_NOMEM;
      r->aBuf = aNew;
      r->nAlloc = (size_t)n;
    }
    memcpy(r->aBuf, a, (size_t)n);
    nwChunkOpen(&r->rd, r->aBuf, (size_t)n, (uint64_t)(r->k & NW_BUCKET_MASK));
  }
}

static int readerOpen(NwBands *p, SegReader *r, sqlite3_int64 iBase,
                      char **pzErr){
  int rc = nwIndexPrepare(p->db, &r->pStmt, "SELECT k, data FROM"
                          " \"%w\".\"%w_band\" WHERE k >= %lld AND k < %lld"
                          " ORDER BY k", p->zDb, p->zName, iBase,
                          iBase + ((sqlite3_int64)1 << NW_BAND_SERIAL_SHIFT));
  if( rc ) return bandsErr(p, pzErr);
  nwChunkOpen(&r->rd, 0, 0, 0);
  return readerNext(p, r, pzErr);
}

static int entryLess(const SegReader *a, const SegReader *b){
  return a->rd.bk<b->rd.bk || (a->rd.bk==b->rd.bk && a->rd.rowid<b->rd.rowid);
}

static int mergeSegments(NwBands *p, int iLevel, int iLast, int iTo,
                         int *pnIn, char **pzErr);

/* A segment was just made at iLevel with serial iSerial: merge the level
** when it is full. */
static int maybeMerge(NwBands *p, int iLevel, int iSerial, char **pzErr){
  int nMax = iLevel==0 ? NW_BAND_L0_MAX : NW_BAND_FANOUT, nIn = 0;
  if( iLevel>=NW_BAND_TOP || iSerial<nMax ) return SQLITE_OK;
  return mergeSegments(p, iLevel, iLevel, iLevel+1, &nIn, pzErr);
}

/* Merge the segments of levels iLevel..iLast (the first NW_BAND_MERGE_MAX)
** into one new segment of level iTo, dropping repeated entries, then
** remove them; *pnIn says how many there were. */
static int mergeSegments(NwBands *p, int iLevel, int iLast, int iTo,
                         int *pnIn, char **pzErr){
  SegReader aIn[NW_BAND_MERGE_MAX];
  sqlite3_int64 aBase[NW_BAND_MERGE_MAX];
  SegWriter out;
  sqlite3_stmt *pStmt = 0;
  int nIn = 0, i, iSerial = 0, rc;
  sqlite3_int64 iFrom = segBase(iLevel, 0), iEnd = segBase(iLast+1, 0);
  memset(aIn, 0, sizeof(aIn));
  memset(&out, 0, sizeof(out));
  /* the segments of the level, by their first keys */
  rc = bandsStmt(p, NW_BSTMT_FIRST, &pStmt, pzErr);
  while( rc==SQLITE_OK && nIn<NW_BAND_MERGE_MAX && iFrom<iEnd ){
    sqlite3_bind_int64(pStmt, 1, iFrom);
    sqlite3_bind_int64(pStmt, 2, iEnd);
    if( sqlite3_step(pStmt)!=SQLITE_ROW ){
      rc = sqlite3_reset(pStmt) ? bandsErr(p, pzErr) : SQLITE_OK;
      break;
    }
    aBase[nIn] = sqlite3_column_int64(pStmt, 0) & ~NW_BUCKET_MASK;
    iFrom = aBase[nIn++] + ((sqlite3_int64)1 << NW_BAND_SERIAL_SHIFT);
    sqlite3_reset(pStmt);
  }
  *pnIn = nIn;
  if( nIn<=1 && iLevel==iTo ) return rc;       /* one already: nothing to do */
  if( rc==SQLITE_OK ) rc = newSerial(p, iTo, &iSerial, pzErr);
  out.iBase = segBase(iTo, iSerial);
  for(i=0; rc==SQLITE_OK && i<nIn; i++) rc = readerOpen(p, &aIn[i], aBase[i], pzErr);
  while( rc==SQLITE_OK ){
    SegReader *pMin = 0;
    for(i=0; i<nIn; i++){
      if( !aIn[i].bEof && (pMin==0 || entryLess(&aIn[i], pMin)) ) pMin = &aIn[i];
    }
    if( pMin==0 ) break;
    rc = segPut(p, &out, pMin->rd.bk, pMin->rd.rowid, pzErr);
    if( rc==SQLITE_OK ) rc = readerNext(p, pMin, pzErr);
  }
  for(i=0; i<nIn; i++){
    sqlite3_finalize(aIn[i].pStmt);
    sqlite3_free(aIn[i].aBuf);
  }
  if( rc==SQLITE_OK ) rc = segFinish(p, &out, pzErr);
  else nwChunkFree(&out.w);
  for(i=0; rc==SQLITE_OK && i<nIn; i++){
    rc = bandsRange(p, NW_BSTMT_DELETE, aBase[i],
                    aBase[i] + ((sqlite3_int64)1 << NW_BAND_SERIAL_SHIFT),
                    &pStmt, pzErr);
    if( rc==SQLITE_OK ){
      rc = sqlite3_step(pStmt)==SQLITE_DONE ? SQLITE_OK : bandsErr(p, pzErr);
      sqlite3_reset(pStmt);
    }
  }
  if( rc==SQLITE_OK ) rc = maybeMerge(p, iTo, iSerial, pzErr);
  return rc;
}

/* The buckets of a signature into a: one a band, in bucket order. */
static int sigBuckets(const NwLshShape *pShape, const unsigned char *aSig,
                      uint64_t *a){
  int b;
  if( nwSignatureFeatures(aSig)==0 ) return 0;     /* empty: no bucket */
  for(b=0; b<pShape->nBand; b++) a[b] = nwLshBucket(aSig, pShape->nRow, b);
  return pShape->nBand;
}

static int cmpBandEntry(const void *x, const void *y){
  const NwBandEntry *a = x, *b = y;
  if( a->bk!=b->bk ) return a->bk<b->bk ? -1 : 1;
  return a->rowid<b->rowid ? -1 : a->rowid>b->rowid;
}

/* Sort a[0..n) by bucket, then rowid.  Written in rowid order (the usual
** case), an LSD radix sort of the 40 bucket bits, stable, keeps rowids in
** order within a bucket; else qsort.  The sort was a fifth of a build. */
static int sortEntries(NwBandEntry *a, size_t n){
  NwBandEntry *aTmp, *src = a, *dst;
  uint32_t *aCount;
  size_t i;
  int shift;
  for(i=1; i<n && a[i-1].rowid<=a[i].rowid; i++){}
  if( i<n || n<1024 ){
    qsort(a, n, sizeof(NwBandEntry), cmpBandEntry);
    return SQLITE_OK;
  }
  aTmp = sqlite3_malloc64(sizeof(NwBandEntry)*(sqlite3_uint64)n);
  aCount = sqlite3_malloc64(sizeof(uint32_t) << 16);
  if( aTmp==0 || aCount==0 ){
    sqlite3_free(aTmp);
    sqlite3_free(aCount);
    return SQLITE_NOMEM;
  }
  dst = aTmp;
  for(shift=0; shift<NW_LSH_BUCKET_BITS; shift+=16){
    uint32_t sum = 0;
    NwBandEntry *t;
    memset(aCount, 0, sizeof(uint32_t) << 16);
    for(i=0; i<n; i++) aCount[(src[i].bk >> shift) & 0xffff]++;
    for(i=0; i<(1<<16); i++){
      uint32_t c = aCount[i];
      aCount[i] = sum;
      sum += c;
    }
    for(i=0; i<n; i++) dst[aCount[(src[i].bk >> shift) & 0xffff]++] = src[i];
    t = src; src = dst; dst = t;
  }
  if( src!=a ) memcpy(a, src, sizeof(NwBandEntry)*n);
  sqlite3_free(aTmp);
  sqlite3_free(aCount);
  return SQLITE_OK;
}

/* The level of a new segment of nRows passages: 0 below NW_BAND_L0_MAX,
** else the level whose merged segments are about that size. */
static int levelForRows(int nRows){
  int iLevel = 0;
  sqlite3_int64 nCut = NW_BAND_L0_MAX;
  while( nRows>=nCut && iLevel<NW_BAND_TOP ){
    iLevel++;
    nCut *= NW_BAND_FANOUT;
  }
  return iLevel;
}

int nwBandsFlush(NwBands *p, char **pzErr){
  SegWriter s;
  size_t i;
  int iLevel = levelForRows(p->nPendRows), iSerial = 0, rc;
  if( p->nPend==0 ) return SQLITE_OK;
  rc = sortEntries(p->aPend, p->nPend);
  if( rc ) return rc;
  rc = newSerial(p, iLevel, &iSerial, pzErr);
  if( rc ) return rc;
  memset(&s, 0, sizeof(s));
  s.iBase = segBase(iLevel, iSerial);
  for(i=0; rc==SQLITE_OK && i<p->nPend; i++){
    rc = segPut(p, &s, p->aPend[i].bk, p->aPend[i].rowid, pzErr);
  }
  if( rc==SQLITE_OK ) rc = segFinish(p, &s, pzErr);
  else nwChunkFree(&s.w);
  if( rc==SQLITE_OK ){
    nwBandsDiscard(p);
    rc = maybeMerge(p, iLevel, iSerial, pzErr);
  }
  return rc;
}

int nwBandsAdd(NwBands *p, const NwLshShape *pShape, sqlite3_int64 rowid,
               const unsigned char *aSig, char **pzErr){
  uint64_t aBk[NW_SIG_K];
  int i, n = sigBuckets(pShape, aSig, aBk);
  if( n==0 ) return SQLITE_OK;
  if( p->nPend + (size_t)n > p->nPendAlloc ){
    size_t nNew = p->nPendAlloc ? p->nPendAlloc*2 : 4096;
    NwBandEntry *aNew;
    while( nNew < p->nPend + (size_t)n ) nNew *= 2;
    aNew = sqlite3_realloc64(p->aPend, sizeof(NwBandEntry)*nNew);
    if( aNew==0 ) return SQLITE_NOMEM;
    p->aPend = aNew;
    p->nPendAlloc = nNew;
  }
  for(i=0; i<n; i++){
    p->aPend[p->nPend].bk = aBk[i];
    p->aPend[p->nPend++].rowid = rowid;
  }
  p->nPendRows++;
  return p->nPend>=NW_BAND_PENDING_MAX ? nwBandsFlush(p, pzErr) : SQLITE_OK;
}

/* ------------------------------------------------------------ lookups */

/* The entries of the chunk (k, a[0..n)) whose bucket is in aBk[0..nBk)
** (ascending), to xHit.  Buckets of bands the shape does not have (a
** _config edited by hand) match no query. */
static int chunkMatches(NwBands *p, sqlite3_int64 k, const unsigned char *a, int n,
                        const uint64_t *aBk, int nBk,
                        int (*xHit)(void*, int, sqlite3_int64), void *pArg,
                        char **pzErr){
  NwChunkReader rd;
  int j = 0, e, rc = SQLITE_OK;
  nwChunkOpen(&rd, a, (size_t)n, (uint64_t)(k & NW_BUCKET_MASK));
  while( rc==SQLITE_OK && j<nBk && (e = nwChunkNext(&rd))!=0 ){
    if( e<0 ) return bandsCorrupt(p, k, pzErr);
    while( j<nBk && aBk[j]<rd.bk ) j++;
    if( j<nBk && aBk[j]==rd.bk ){
      rc = xHit(pArg, (int)(rd.bk >> 32), (sqlite3_int64)rd.rowid);
    }
  }
  return rc;
}


/* The pending entries (unsorted): a binary search each. */
static int lookupPending(NwBands *p, const uint64_t *aBk, int nBk,
                         int (*xHit)(void*, int, sqlite3_int64), void *pArg){
  size_t i;
  int rc = SQLITE_OK;
  for(i=0; rc==SQLITE_OK && i<p->nPend; i++){
    uint64_t bk = p->aPend[i].bk;
    int lo = 0, hi = nBk;
    while( lo<hi ){
      int mid = (lo+hi)/2;
      if( aBk[mid]<bk ) lo = mid+1; else hi = mid;
    }
    if( lo<nBk && aBk[lo]==bk ) rc = xHit(pArg, (int)(bk>>32), p->aPend[i].rowid);
  }
  return rc;
}

/* Level 0: every row (segments of a few passages). */
static int lookupLevel0(NwBands *p, const uint64_t *aBk, int nBk,
                        int (*xHit)(void*, int, sqlite3_int64), void *pArg,
                        char **pzErr){
  sqlite3_stmt *pStmt = 0;
  int rc = bandsStmt(p, NW_BSTMT_BELOW, &pStmt, pzErr);
  if( rc ) return rc;
  sqlite3_bind_int64(pStmt, 1, segBase(1, 0));
  while( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
    const unsigned char *a;
    sqlite3_int64 k;
    int n;
    rc = chunkOf(p, pStmt, &k, &a, &n, pzErr);
    if( rc==SQLITE_OK ){
      rc = chunkMatches(p, k, a, n, aBk, nBk, xHit, pArg, pzErr);
    }
  }
  if( sqlite3_reset(pStmt) && rc==SQLITE_OK ) rc = bandsErr(p, pzErr);
  return rc;
}

/* One segment above level 0: a seek for each bucket. */
static int lookupSegment(NwBands *p, sqlite3_int64 iBase, const uint64_t *aBk, int nBk,
                         int (*xHit)(void*, int, sqlite3_int64), void *pArg,
                         char **pzErr){
  sqlite3_stmt *pStmt = 0;
  int j, rc = SQLITE_OK;
  for(j=0; rc==SQLITE_OK && j<nBk; j++){
    rc = bandsRange(p, NW_BSTMT_SEEK, iBase, iBase | (sqlite3_int64)aBk[j],
                    &pStmt, pzErr);
    if( rc ) break;
    if( sqlite3_step(pStmt)==SQLITE_ROW ){
      const unsigned char *a;
      sqlite3_int64 k;
      int n;
      rc = chunkOf(p, pStmt, &k, &a, &n, pzErr);
      if( rc==SQLITE_OK ){
        rc = chunkMatches(p, k, a, n, &aBk[j], 1, xHit, pArg, pzErr);
      }
    }
    if( sqlite3_reset(pStmt) && rc==SQLITE_OK ) rc = bandsErr(p, pzErr);
  }
  return rc;
}

int nwBandsLookup(NwBands *p, const NwLshShape *pShape,
                  const unsigned char *aQuery,
                  int (*xHit)(void*, int, sqlite3_int64), void *pArg,
                  char **pzErr){
  uint64_t aBk[NW_SIG_K];
  sqlite3_stmt *pStmt = 0;
  int nBk = sigBuckets(pShape, aQuery, aBk), iLevel, rc;
  if( nBk==0 ) return SQLITE_OK;
  rc = lookupPending(p, aBk, nBk, xHit, pArg);
  if( rc==SQLITE_OK ) rc = lookupLevel0(p, aBk, nBk, xHit, pArg, pzErr);
  for(iLevel=1; rc==SQLITE_OK && iLevel<=NW_BAND_TOP; iLevel++){
    sqlite3_int64 iFrom = segBase(iLevel, 0), iEnd = segBase(iLevel+1, 0);
    while( rc==SQLITE_OK ){
      sqlite3_int64 iBase;
      rc = bandsRange(p, NW_BSTMT_FIRST, iFrom, iEnd, &pStmt, pzErr);
      if( rc ) break;
      if( sqlite3_step(pStmt)!=SQLITE_ROW ){
        if( sqlite3_reset(pStmt) ) rc = bandsErr(p, pzErr);
        break;
      }
      iBase = sqlite3_column_int64(pStmt, 0) & ~NW_BUCKET_MASK;
      sqlite3_reset(pStmt);
      rc = lookupSegment(p, iBase, aBk, nBk, xHit, pArg, pzErr);
      iFrom = iBase + ((sqlite3_int64)1 << NW_BAND_SERIAL_SHIFT);
    }
  }
  return rc;
}

int nwBandsSegments(NwBands *p, int *pnSeg, int *pnLevel0, char **pzErr){
  sqlite3_stmt *pStmt = 0;
  int iLevel, rc = nwIndexPrepare(p->db, &pStmt, "SELECT count(*) FROM"
                                  " \"%w\".\"%w_band\" WHERE k < %lld",
                                  p->zDb, p->zName, segBase(1, 0));
  *pnSeg = *pnLevel0 = 0;
  if( rc ) return bandsErr(p, pzErr);
  if( sqlite3_step(pStmt)==SQLITE_ROW ) *pnLevel0 = sqlite3_column_int(pStmt, 0);
  if( sqlite3_finalize(pStmt) ) return bandsErr(p, pzErr);
  for(iLevel=1; iLevel<=NW_BAND_TOP; iLevel++){
    int iSerial = 0;
    rc = lastSerial(p, iLevel, &iSerial, pzErr);
    if( rc ) return rc;
    *pnSeg += iSerial;           /* serials run 1..last (merges empty a level) */
  }
  return SQLITE_OK;
}

/* ------------------------------------------------------ rebuild, optimize */

/* Every stored signature readable?  Checked before a rebuild deletes
** anything: a single-row INSERT has no statement journal, so a rebuild
** that failed half-way inside BEGIN would leave _band emptied. */
static int checkSignatures(NwBands *p, char **pzErr){
  sqlite3_stmt *pScan = 0;
  const unsigned char *aSig;
  sqlite3_int64 rowid;
  int rc = nwSigScanOpen(p->db, p->zDb, p->zName, NW_ALL_ROWS, &pScan, pzErr);
  while( rc==SQLITE_OK
      && (rc = nwSigScanStep(p->db, pScan, p->zName, &aSig, &rowid, pzErr))==SQLITE_ROW ){
    rc = SQLITE_OK;
  }
  sqlite3_finalize(pScan);
  return rc==SQLITE_DONE ? SQLITE_OK : rc;
}

int nwBandsRebuild(NwBands *p, const NwLshShape *pShape, char **pzErr){
  sqlite3_stmt *pScan = 0;
  const unsigned char *aSig;
  sqlite3_int64 rowid;
  int rc = checkSignatures(p, pzErr);
  if( rc ) return rc;
  nwBandsDiscard(p);
  rc = nwIndexExec(p->db, "DELETE FROM \"%w\".\"%w_band\"", p->zDb, p->zName);
  if( rc ) rc = bandsErr(p, pzErr);
  if( rc==SQLITE_OK ) rc = nwSigScanOpen(p->db, p->zDb, p->zName, NW_ALL_ROWS,
                                         &pScan, pzErr);
  while( rc==SQLITE_OK
      && (rc = nwSigScanStep(p->db, pScan, p->zName, &aSig, &rowid, pzErr))==SQLITE_ROW ){
    rc = nwBandsAdd(p, pShape, rowid, aSig, pzErr);
  }
  sqlite3_finalize(pScan);
  if( rc==SQLITE_DONE ) rc = nwBandsFlush(p, pzErr);
  if( rc ) nwBandsDiscard(p);
  return rc;
}

int nwBandsOptimize(NwBands *p, const NwLshShape *pShape, char **pzErr){
  int rc = nwBandsRebuild(p, pShape, pzErr), nIn = NW_BAND_MERGE_MAX;
  /* then everything into one segment of the top level (a rebuild leaves
  ** fewer than NW_BAND_MERGE_MAX; the loop is for a hostile count) */
  while( rc==SQLITE_OK && nIn>=NW_BAND_MERGE_MAX ){
    rc = mergeSegments(p, 0, NW_BAND_TOP, NW_BAND_TOP, &nIn, pzErr);
  }
  return rc;
}
