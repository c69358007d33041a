/*
** nw_index.c: the passage_index virtual table and passage_pairs().
**
**     CREATE VIRTUAL TABLE pidx USING passage_index();
**     INSERT INTO pidx(rowid, text) SELECT id, text FROM passages_table;
**     INSERT INTO pidx(rowid, signature) VALUES (7, passage_signature(:t));
**     DELETE FROM pidx WHERE rowid = 7;
**     SELECT rowid, score FROM pidx WHERE pidx MATCH :text AND k = 10;
**     SELECT a, b, score FROM passage_pairs('pidx', 0.5);
**
** Storage (shadow tables, named after the virtual table):
**     pidx_config(key PRIMARY KEY, value)  format version and LSH shape
**     pidx_sig(id INTEGER PRIMARY KEY, sig BLOB)  one signature a passage
** The text is not stored: join on rowid with the table it came from.
**
** Queries use an in-memory band index (nw_lsh.h) built from pidx_sig on
** the first MATCH and kept while nothing changes; a write on this
** connection, a rollback, or a commit by another connection (PRAGMA
** data_version) makes the next MATCH rebuild it.
**
** Columns: text (write only), signature, score (MATCH only), then hidden
** k and the column named after the table, which takes MATCH.
**
** xBestIndex idxNum bits: 1 MATCH (argv: the query), 2 k (argv: k),
** 4 rowid = ? (argv: the rowid).  Without 1 or 4 it scans pidx_sig.
*/
#include <stdarg.h>
#include <string.h>
#include <stdlib.h>
#include "nwInt.h"
#include "nw_lsh.h"

#define NW_INDEX_VERSION 1
#define NW_INDEX_DEFAULT_K 10
#define NW_INDEX_MAX_K 10000
#define NW_ALL_ROWS (-9223372036854775807LL - 1)   /* smallest rowid */

#define NW_ICOL_TEXT      0
#define NW_ICOL_SIGNATURE 1
#define NW_ICOL_SCORE     2
#define NW_ICOL_K         3
#define NW_ICOL_MATCH     4

typedef struct NwIndexVtab NwIndexVtab;
typedef struct NwIndexCursor NwIndexCursor;

struct NwIndexVtab {
  sqlite3_vtab base;
  sqlite3 *db;
  NwContext *pCtx;
  char *zDb;                   /* schema name: "main", "temp", ... */
  char *zName;                 /* the virtual table's name */
  /* The in-memory copy of pidx_sig and its band index. */
  unsigned char *aSig;         /* n signatures */
  sqlite3_int64 *aRowid;       /* their rowids */
  int n;
  NwLshIndex *pLsh;
  int bStale;                  /* this connection wrote since the build */
  sqlite3_int64 iDataVersion;  /* PRAGMA data_version at the build */
};

/* One result row. */
typedef struct NwHit NwHit;
struct NwHit {
  sqlite3_int64 rowid;
  double score;
};

struct NwIndexCursor {
  sqlite3_vtab_cursor base;
  NwHit *aHit;                 /* MATCH results, best first */
  int nHit, iHit;
  sqlite3_stmt *pScan;         /* rowid lookup or full scan */
  int bEof;
};

/* ------------------------------------------------------------ helpers */

/* Run one statement built from zFmt (sqlite3_mprintf syntax). */
static int indexExec(sqlite3 *db, const char *zFmt, ...){
  va_list ap;
  char *zSql;
  int rc;
  va_start(ap, zFmt);
  zSql = sqlite3_vmprintf(zFmt, ap);
  va_end(ap);
  if( zSql==0 ) return SQLITE_NOMEM;
  rc = sqlite3_exec(db, zSql, 0, 0, 0);
  sqlite3_free(zSql);
  return rc;
}

static int indexPrepare(sqlite3 *db, sqlite3_stmt **pp, const char *zFmt, ...){
  va_list ap;
  char *zSql;
  int rc;
  va_start(ap, zFmt);
  zSql = sqlite3_vmprintf(zFmt, ap);
  va_end(ap);
  if( zSql==0 ) return SQLITE_NOMEM;
  rc = sqlite3_prepare_v2(db, zSql, -1, pp, 0);
  sqlite3_free(zSql);
  return rc;
}

static void indexCacheClear(NwIndexVtab *p){
  nwLshFree(p->pLsh);
  sqlite3_free(p->aSig);
  sqlite3_free(p->aRowid);
  p->pLsh = 0;
  p->aSig = 0;
  p->aRowid = 0;
  p->n = 0;
}

/* The signature for a value: a checked BLOB, or computed from text.
** aSig gets NW_SIG_BYTES; returns SQLITE_OK or an error with zErrMsg. */
static int indexSignature(NwIndexVtab *p, sqlite3_value *pVal,
                          unsigned char *aSig){
  const char *zWhy = 0;
  if( sqlite3_value_type(pVal)==SQLITE_BLOB ){
    const unsigned char *a = sqlite3_value_blob(pVal);
    int n = sqlite3_value_bytes(pVal);
    if( nwSignatureCheck(a, (size_t)n, &zWhy) ){
      nwVtabError(&p->base, "passage_index: not a passage_signature() BLOB"
                  " (%s, %d bytes)", zWhy, n);
      return SQLITE_ERROR;
    }
    memcpy(aSig, a, NW_SIG_BYTES);
    return SQLITE_OK;
  }else{
    NwText text = {0, 0};
    NwBag bag = {0, 0, 0};
    NwFeaturizer f;
    int rc;
    memset(&f, 0, sizeof(f));
    rc = nwTextInit(&text, (const char*)sqlite3_value_text(pVal),
                    sqlite3_value_bytes(pVal));
    if( rc==NW_OK ) rc = nwContextFeaturizer(p->pCtx, &f);
    if( rc==NW_OK ) rc = nwBagFromText(&f, text.z, text.n, &bag);
    if( rc==NW_OK ) nwSignature(&bag, aSig);
    nwBagClear(&bag);
    nwBufClear(&f.norm);
    nwTextClear(&text);
    if( rc==NW_ERROR ){
      nwVtabError(&p->base, "passage_index: could not read the text");
    }
    return rc;
  }
}

/* -------------------------------------------------- create / connect */

static int indexInit(sqlite3 *db, void *pAux, int argc,
                     const char *const *argv, sqlite3_vtab **ppVtab,
                     char **pzErr, int bCreate){
  NwIndexVtab *p;
  int rc;
  if( argc>3 ){
    *pzErr = sqlite3_mprintf("passage_index: unknown option '%s'; "
                             "passage_index() takes no options", argv[3]);
    return SQLITE_ERROR;
  }
  p = sqlite3_malloc64(sizeof(*p));
  if( p==0 ) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  p->db = db;
  p->pCtx = (NwContext*)pAux;
  p->zDb = sqlite3_mprintf("%s", argv[1]);
  p->zName = sqlite3_mprintf("%s", argv[2]);
  p->bStale = 1;
  if( p->zDb==0 || p->zName==0 ){ rc = SQLITE_NOMEM; goto fail; }
  if( bCreate ){
    rc = indexExec(db, "CREATE TABLE \"%w\".\"%w_config\"(key TEXT PRIMARY KEY,"
                   " value) WITHOUT ROWID;"
                   "INSERT INTO \"%w\".\"%w_config\" VALUES('version', %d),"
                   "('slots', %d), ('bands', %d), ('rows', %d);"
                   "CREATE TABLE \"%w\".\"%w_sig\"(id INTEGER PRIMARY KEY,"
                   " sig BLOB NOT NULL);",
                   p->zDb, p->zName, p->zDb, p->zName, NW_INDEX_VERSION,
                   NW_SIG_K, NW_LSH_BANDS, NW_LSH_ROWS, p->zDb, p->zName);
    if( rc ){
      *pzErr = sqlite3_mprintf("passage_index: %s", sqlite3_errmsg(db));
      goto fail;
    }
  }else{
    sqlite3_stmt *pStmt = 0;
    int iVersion = -1;
    rc = indexPrepare(db, &pStmt, "SELECT value FROM \"%w\".\"%w_config\""
                      " WHERE key='version'", p->zDb, p->zName);
    if( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
      iVersion = sqlite3_column_int(pStmt, 0);
    }
    sqlite3_finalize(pStmt);
    if( iVersion!=NW_INDEX_VERSION ){
      *pzErr = sqlite3_mprintf("passage_index: %s_config: format version %d"
                               " is not supported (this build reads %d)",
                               p->zName, iVersion, NW_INDEX_VERSION);
      rc = SQLITE_ERROR;
      goto fail;
    }
  }
  {
    char *zSchema = sqlite3_mprintf("CREATE TABLE x(text, signature, score,"
                                    " k HIDDEN, \"%w\" HIDDEN)", p->zName);
    if( zSchema==0 ){ rc = SQLITE_NOMEM; goto fail; }
    rc = sqlite3_declare_vtab(db, zSchema);
    sqlite3_free(zSchema);
    if( rc ) goto fail;
  }
  *ppVtab = &p->base;
  return SQLITE_OK;
fail:
  sqlite3_free(p->zDb);
  sqlite3_free(p->zName);
  sqlite3_free(p);
  return rc;
}

static int indexCreate(sqlite3 *db, void *pAux, int argc,
                       const char *const *argv, sqlite3_vtab **ppVtab,
                       char **pzErr){
  return indexInit(db, pAux, argc, argv, ppVtab, pzErr, 1);
}
static int indexConnect(sqlite3 *db, void *pAux, int argc,
                        const char *const *argv, sqlite3_vtab **ppVtab,
                        char **pzErr){
  return indexInit(db, pAux, argc, argv, ppVtab, pzErr, 0);
}

static int indexDisconnect(sqlite3_vtab *pVtab){
  NwIndexVtab *p = (NwIndexVtab*)pVtab;
  indexCacheClear(p);
  sqlite3_free(p->zDb);
  sqlite3_free(p->zName);
  sqlite3_free(p);
  return SQLITE_OK;
}

static int indexDestroy(sqlite3_vtab *pVtab){
  NwIndexVtab *p = (NwIndexVtab*)pVtab;
  int rc = indexExec(p->db, "DROP TABLE IF EXISTS \"%w\".\"%w_config\";"
                     "DROP TABLE IF EXISTS \"%w\".\"%w_sig\";",
                     p->zDb, p->zName, p->zDb, p->zName);
  if( rc==SQLITE_OK ) indexDisconnect(pVtab);
  return rc;
}

static int indexRename(sqlite3_vtab *pVtab, const char *zNew){
  NwIndexVtab *p = (NwIndexVtab*)pVtab;
  int rc = indexExec(p->db,
      "ALTER TABLE \"%w\".\"%w_config\" RENAME TO \"%w_config\";"
      "ALTER TABLE \"%w\".\"%w_sig\" RENAME TO \"%w_sig\";",
      p->zDb, p->zName, zNew, p->zDb, p->zName, zNew);
  if( rc==SQLITE_OK ){
    char *zName = sqlite3_mprintf("%s", zNew);
    if( zName==0 ) return SQLITE_NOMEM;
    sqlite3_free(p->zName);
    p->zName = zName;
  }
  return rc;
}

static int indexShadowName(const char *zName){
  return strcmp(zName, "config")==0 || strcmp(zName, "sig")==0;
}

/* -------------------------------------------------------------- writes */

static int indexUpdate(sqlite3_vtab *pVtab, int argc, sqlite3_value **argv,
                       sqlite_int64 *pRowid){
  NwIndexVtab *p = (NwIndexVtab*)pVtab;
  sqlite3_stmt *pStmt = 0;
  unsigned char aSig[NW_SIG_BYTES];
  sqlite3_value *pText, *pSig;
  int rc;
  p->bStale = 1;
  if( sqlite3_value_type(argv[0])!=SQLITE_NULL ){          /* DELETE, UPDATE */
    rc = indexExec(p->db, "DELETE FROM \"%w\".\"%w_sig\" WHERE id=%lld",
                   p->zDb, p->zName, sqlite3_value_int64(argv[0]));
    if( rc || argc==1 ) return rc;
  }
  pText = argv[2+NW_ICOL_TEXT];
  pSig = argv[2+NW_ICOL_SIGNATURE];
  if( sqlite3_value_type(pSig)!=SQLITE_NULL ){
    if( sqlite3_value_type(pSig)!=SQLITE_BLOB ){
      nwVtabError(pVtab, "passage_index: signature must be a BLOB from "
                  "passage_signature()");
      return SQLITE_ERROR;
    }
    rc = indexSignature(p, pSig, aSig);
  }else if( sqlite3_value_type(pText)!=SQLITE_NULL ){
    rc = indexSignature(p, pText, aSig);
  }else{
    nwVtabError(pVtab, "passage_index: an inserted row needs text or a "
                "signature");
    return SQLITE_ERROR;
  }
  if( rc ) return rc;
  rc = indexPrepare(p->db, &pStmt, "INSERT %s INTO \"%w\".\"%w_sig\"(id, sig)"
                    " VALUES(?, ?)",
                    sqlite3_vtab_on_conflict(p->db)==SQLITE_REPLACE
                      ? "OR REPLACE" : "", p->zDb, p->zName);
  if( rc ) return rc;
  sqlite3_bind_value(pStmt, 1, argv[1]);
  sqlite3_bind_blob(pStmt, 2, aSig, NW_SIG_BYTES, SQLITE_STATIC);
  rc = sqlite3_step(pStmt);
  rc = sqlite3_finalize(pStmt);
  if( rc==SQLITE_OK ){
    *pRowid = sqlite3_last_insert_rowid(p->db);
  }else{
    nwVtabError(pVtab, "passage_index: %s", sqlite3_errmsg(p->db));
  }
  return rc;
}

/* Rolled-back writes may be in the cache: rebuild on the next MATCH. */
static int indexRollback(sqlite3_vtab *pVtab){
  ((NwIndexVtab*)pVtab)->bStale = 1;
  return SQLITE_OK;
}
static int indexRollbackTo(sqlite3_vtab *pVtab, int iSavepoint){
  (void)iSavepoint;
  return indexRollback(pVtab);
}
static int indexNoop(sqlite3_vtab *pVtab){
  (void)pVtab;
  return SQLITE_OK;
}
static int indexSavepoint(sqlite3_vtab *pVtab, int iSavepoint){
  (void)pVtab; (void)iSavepoint;
  return SQLITE_OK;
}

/* ---------------------------------------------------------- the cache */

static int indexDataVersion(NwIndexVtab *p, sqlite3_int64 *piVersion){
  sqlite3_stmt *pStmt = 0;
  int rc = indexPrepare(p->db, &pStmt, "PRAGMA \"%w\".data_version", p->zDb);
  if( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
    *piVersion = sqlite3_column_int64(pStmt, 0);
  }
  return rc==SQLITE_OK ? sqlite3_finalize(pStmt) : rc;
}

/* A scan of zDb.zName_sig in rowid order, from rowid iMin on. */
static int sigScanOpen(sqlite3 *db, const char *zDb, const char *zName,
                       sqlite3_int64 iMin, sqlite3_stmt **ppStmt,
                       char **pzErr){
  int rc = indexPrepare(db, ppStmt, "SELECT id, sig FROM \"%w\".\"%w_sig\""
                        " WHERE id >= %lld ORDER BY id", zDb, zName, iMin);
  if( rc ) *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(db));
  return rc;
}

/* The next row of a scan: SQLITE_ROW with *paSig (checked) and *piRowid,
** SQLITE_DONE, or an error with *pzErr (the scan is then finished). */
static int sigScanStep(sqlite3 *db, sqlite3_stmt *pStmt, const char *zName,
                       const unsigned char **paSig, sqlite3_int64 *piRowid,
                       char **pzErr){
  const char *zWhy = 0;
  int rc = sqlite3_step(pStmt);
  if( rc!=SQLITE_ROW ){
    if( rc!=SQLITE_DONE ) *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(db));
    return rc;
  }
  *paSig = sqlite3_column_blob(pStmt, 1);
  *piRowid = sqlite3_column_int64(pStmt, 0);
  if( nwSignatureCheck(*paSig, (size_t)sqlite3_column_bytes(pStmt, 1), &zWhy) ){
    *pzErr = sqlite3_mprintf("%s_sig: rowid %lld holds a corrupt "
                             "signature (%s)", zName, *piRowid, zWhy);
    return SQLITE_CORRUPT_VTAB;
  }
  return SQLITE_ROW;
}

/* Read the signatures of zDb.zName_sig with rowid >= iMin, in rowid
** order, into sqlite3_malloc'd arrays.  On error, sets *pzErr. */
static int loadSignatures(sqlite3 *db, const char *zDb, const char *zName,
                          sqlite3_int64 iMin, unsigned char **paSig,
                          sqlite3_int64 **paRowid, int *pn, char **pzErr){
  sqlite3_stmt *pStmt = 0;
  unsigned char *aSig = 0;
  sqlite3_int64 *aRowid = 0, iRowid;
  const unsigned char *a;
  int n = 0, nAlloc = 0, rc;
  rc = sigScanOpen(db, zDb, zName, iMin, &pStmt, pzErr);
  while( rc==SQLITE_OK
      && (rc = sigScanStep(db, pStmt, zName, &a, &iRowid, pzErr))==SQLITE_ROW ){
    rc = SQLITE_OK;
    if( n>=nAlloc ){
      int nNew = nAlloc ? nAlloc*2 : 1024;
      unsigned char *aS = sqlite3_realloc64(aSig,
                                  (sqlite3_uint64)nNew*NW_SIG_BYTES);
      sqlite3_int64 *aR = aS ? sqlite3_realloc64(aRowid,
                                  sizeof(sqlite3_int64)*(sqlite3_uint64)nNew) : 0;
      if( aS ) aSig = aS;
      if( aR ) aRowid = aR;
      if( aS==0 || aR==0 ){ rc = SQLITE_NOMEM; break; }
      nAlloc = nNew;
    }
    memcpy(aSig + (size_t)n*NW_SIG_BYTES, a, NW_SIG_BYTES);
    aRowid[n++] = iRowid;
  }
  sqlite3_finalize(pStmt);
  if( rc!=SQLITE_DONE ){
    sqlite3_free(aSig);
    sqlite3_free(aRowid);
    return rc;
  }
  *paSig = aSig;
  *paRowid = aRowid;
  *pn = n;
  return SQLITE_OK;
}

/* Load pidx_sig into memory and index its bands, unless the copy held is
** still current. */
static int indexCacheLoad(NwIndexVtab *p){
  sqlite3_int64 iVersion = 0;
  char *zErr = 0;
  NwSigSet set;
  int rc = indexDataVersion(p, &iVersion);
  if( rc ) return rc;
  if( p->pLsh && !p->bStale && iVersion==p->iDataVersion ) return SQLITE_OK;
  indexCacheClear(p);
  rc = loadSignatures(p->db, p->zDb, p->zName, NW_ALL_ROWS, &p->aSig,
                      &p->aRowid, &p->n, &zErr);
  if( rc ){
    nwVtabError(&p->base, "passage_index: %s", zErr);
    sqlite3_free(zErr);
    return rc;
  }
  set.aSig = p->aSig;
  set.n = p->n;
  rc = nwLshBuild(&set, &p->pLsh);
  if( rc==SQLITE_OK ){
    p->bStale = 0;
    p->iDataVersion = iVersion;
  }else{
    indexCacheClear(p);
  }
  return rc;
}

/* ------------------------------------------------------------ queries */

typedef struct HitCollector HitCollector;
struct HitCollector {
  NwHit *a;
  int n, nAlloc;
  const sqlite3_int64 *aRowid;
};

static int collectHit(void *pArg, int i, double score){
  HitCollector *p = (HitCollector*)pArg;
  if( nwArrayGrow((void**)&p->a, &p->nAlloc, p->n+1, sizeof(NwHit)) ){
    return SQLITE_NOMEM;
  }
  p->a[p->n].rowid = p->aRowid[i];
  p->a[p->n].score = score;
  p->n++;
  return 0;
}

static int cmpHit(const void *a, const void *b){
  const NwHit *x = a, *y = b;
  if( x->score!=y->score ) return x->score>y->score ? -1 : 1;
  return x->rowid<y->rowid ? -1 : x->rowid>y->rowid;
}

static int indexMatch(NwIndexCursor *pCur, sqlite3_value *pQuery, int k){
  NwIndexVtab *p = (NwIndexVtab*)pCur->base.pVtab;
  unsigned char aQuery[NW_SIG_BYTES];
  HitCollector hits;
  NwSigSet set;
  int rc;
  if( sqlite3_value_type(pQuery)==SQLITE_NULL ) return SQLITE_OK;
  rc = indexSignature(p, pQuery, aQuery);
  if( rc==SQLITE_OK ) rc = indexCacheLoad(p);
  if( rc ) return rc;
  memset(&hits, 0, sizeof(hits));
  hits.aRowid = p->aRowid;
  set.aSig = p->aSig;
  set.n = p->n;
  rc = nwLshQuery(p->pLsh, &set, aQuery, 1.0/NW_SIG_K, 0, collectHit, &hits);
  if( rc ){
    sqlite3_free(hits.a);
    return rc;
  }
  if( hits.n>1 ) qsort(hits.a, (size_t)hits.n, sizeof(NwHit), cmpHit);
  pCur->aHit = hits.a;
  pCur->nHit = hits.n<k ? hits.n : k;
  return SQLITE_OK;
}

static int indexOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCur){
  NwIndexCursor *pCur = sqlite3_malloc64(sizeof(*pCur));
  (void)pVtab;
  if( pCur==0 ) return SQLITE_NOMEM;
  memset(pCur, 0, sizeof(*pCur));
  pCur->bEof = 1;
  *ppCur = &pCur->base;
  return SQLITE_OK;
}

static void indexCursorReset(NwIndexCursor *pCur){
  sqlite3_free(pCur->aHit);
  pCur->aHit = 0;
  pCur->nHit = pCur->iHit = 0;
  sqlite3_finalize(pCur->pScan);
  pCur->pScan = 0;
  pCur->bEof = 1;
}

static int indexClose(sqlite3_vtab_cursor *cur){
  indexCursorReset((NwIndexCursor*)cur);
  sqlite3_free(cur);
  return SQLITE_OK;
}

static int indexNext(sqlite3_vtab_cursor *cur){
  NwIndexCursor *pCur = (NwIndexCursor*)cur;
  if( pCur->pScan ){
    int rc = sqlite3_step(pCur->pScan);
    pCur->bEof = (rc!=SQLITE_ROW);
    return (rc==SQLITE_ROW || rc==SQLITE_DONE) ? SQLITE_OK : rc;
  }
  pCur->iHit++;
  pCur->bEof = pCur->iHit>=pCur->nHit;
  return SQLITE_OK;
}

static int indexFilter(sqlite3_vtab_cursor *cur, int idxNum,
                       const char *idxStr, int argc, sqlite3_value **argv){
  NwIndexCursor *pCur = (NwIndexCursor*)cur;
  NwIndexVtab *p = (NwIndexVtab*)cur->pVtab;
  int rc, iArg = 0;
  (void)idxStr; (void)argc;
  indexCursorReset(pCur);
  if( idxNum & 1 ){
    sqlite3_value *pQuery = argv[iArg++];
    sqlite3_int64 k = NW_INDEX_DEFAULT_K;
    if( idxNum & 2 ){
      k = sqlite3_value_int64(argv[iArg]);
      if( k<1 || k>NW_INDEX_MAX_K ){
        nwVtabError(cur->pVtab, "passage_index: k must be 1..%d, got %s",
                    NW_INDEX_MAX_K, sqlite3_value_text(argv[iArg]));
        return SQLITE_ERROR;
      }
    }
    rc = indexMatch(pCur, pQuery, (int)k);
    pCur->bEof = pCur->nHit==0;
    return rc;
  }
  rc = indexPrepare(p->db, &pCur->pScan, "SELECT id, sig FROM \"%w\".\"%w_sig\""
                    "%s ORDER BY id", p->zDb, p->zName,
                    (idxNum & 4) ? " WHERE id=?" : "");
  if( rc ) return rc;
  if( idxNum & 4 ) sqlite3_bind_value(pCur->pScan, 1, argv[0]);
  pCur->bEof = 0;
  return indexNext(cur);
}

static int indexEof(sqlite3_vtab_cursor *cur){
  return ((NwIndexCursor*)cur)->bEof;
}

static int indexColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int i){
  NwIndexCursor *pCur = (NwIndexCursor*)cur;
  NwIndexVtab *p = (NwIndexVtab*)cur->pVtab;
  if( pCur->pScan ){
    if( i==NW_ICOL_SIGNATURE ){
      sqlite3_result_value(ctx, sqlite3_column_value(pCur->pScan, 1));
    }
    return SQLITE_OK;
  }
  if( i==NW_ICOL_SCORE ){
    sqlite3_result_double(ctx, pCur->aHit[pCur->iHit].score);
  }else if( i==NW_ICOL_SIGNATURE ){
    /* binary search in the cache, which holds every hit */
    sqlite3_int64 r = pCur->aHit[pCur->iHit].rowid;
    int lo = 0, hi = p->n;
    while( lo<hi ){
      int mid = (lo+hi)/2;
      if( p->aRowid[mid]<r ) lo = mid+1; else hi = mid;
    }
    if( lo<p->n && p->aRowid[lo]==r ){
      sqlite3_result_blob(ctx, p->aSig + (size_t)lo*NW_SIG_BYTES,
                          NW_SIG_BYTES, SQLITE_TRANSIENT);
    }
  }
  return SQLITE_OK;
}

static int indexRowid(sqlite3_vtab_cursor *cur, sqlite_int64 *pRowid){
  NwIndexCursor *pCur = (NwIndexCursor*)cur;
  *pRowid = pCur->pScan ? sqlite3_column_int64(pCur->pScan, 0)
                        : pCur->aHit[pCur->iHit].rowid;
  return SQLITE_OK;
}

static int indexBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo){
  int i, iMatch = -1, iK = -1, iRowid = -1, bUnusableMatch = 0, n = 0;
  (void)pVtab;
  for(i=0; i<pInfo->nConstraint; i++){
    const struct sqlite3_index_constraint *pC = &pInfo->aConstraint[i];
    if( pC->iColumn==NW_ICOL_MATCH && pC->op==SQLITE_INDEX_CONSTRAINT_MATCH ){
      if( pC->usable ) iMatch = i; else bUnusableMatch = 1;
    }else if( pC->iColumn==NW_ICOL_K && pC->op==SQLITE_INDEX_CONSTRAINT_EQ
           && pC->usable ){
      iK = i;
    }else if( pC->iColumn<0 && pC->op==SQLITE_INDEX_CONSTRAINT_EQ
           && pC->usable ){
      iRowid = i;
    }
  }
  if( iMatch<0 && bUnusableMatch ) return SQLITE_CONSTRAINT;
  pInfo->idxNum = 0;
  if( iMatch>=0 ){
    pInfo->idxNum = 1;
    pInfo->aConstraintUsage[iMatch].argvIndex = ++n;
    pInfo->aConstraintUsage[iMatch].omit = 1;
    if( iK>=0 ){
      pInfo->idxNum |= 2;
      pInfo->aConstraintUsage[iK].argvIndex = ++n;
      pInfo->aConstraintUsage[iK].omit = 1;
    }
    pInfo->estimatedCost = 1000.0;
    pInfo->estimatedRows = NW_INDEX_DEFAULT_K;
    if( pInfo->nOrderBy==1 && pInfo->aOrderBy[0].iColumn==NW_ICOL_SCORE
     && pInfo->aOrderBy[0].desc ){
      pInfo->orderByConsumed = 1;
    }
  }else if( iRowid>=0 ){
    pInfo->idxNum = 4;
    pInfo->aConstraintUsage[iRowid].argvIndex = ++n;
    pInfo->aConstraintUsage[iRowid].omit = 1;
    pInfo->estimatedCost = 10.0;
    pInfo->estimatedRows = 1;
    pInfo->idxFlags = SQLITE_INDEX_SCAN_UNIQUE;
  }else{
    pInfo->estimatedCost = 1e6;
  }
  return SQLITE_OK;
}

static const sqlite3_module nwIndexModule = {
  .iVersion = 3,
  .xCreate = indexCreate,
  .xConnect = indexConnect,
  .xBestIndex = indexBestIndex,
  .xDisconnect = indexDisconnect,
  .xDestroy = indexDestroy,
  .xOpen = indexOpen,
  .xClose = indexClose,
  .xFilter = indexFilter,
  .xNext = indexNext,
  .xEof = indexEof,
  .xColumn = indexColumn,
  .xRowid = indexRowid,
  .xUpdate = indexUpdate,
  .xBegin = indexNoop,
  .xSync = indexNoop,
  .xCommit = indexNoop,
  .xRollback = indexRollback,
  .xRename = indexRename,
  .xSavepoint = indexSavepoint,
  .xRelease = indexSavepoint,
  .xRollbackTo = indexRollbackTo,
  .xShadowName = indexShadowName,
};

/* ------------------------------------------------------- passage_pairs */

/*
**     SELECT a, b, score FROM passage_pairs('pidx' [, threshold [, since]]);
**
** Every pair of passages stored in a passage_index whose estimated Jaccard
** similarity is at least threshold (default 0.5), a < b.  The index name
** may be "schema.name".  With since, only the pairs where b >= since: the
** pairs a batch of passages inserted with rowids from since on makes
** with each other and with everything before (an incremental analysis).
** Rows are computed in xFilter, ordered by a, then b: the whole set by
** sorting band after band (nwLshPairs()); since by indexing the bands of
** the new passages only and streaming the others past them, so memory
** and time follow the new passages, plus one read of the signatures.
*/
#define NW_PAIRS_DEFAULT_THRESHOLD 0.5

typedef struct NwPairsVtab NwPairsVtab;
typedef struct NwPairsCursor NwPairsCursor;
typedef struct NwPair NwPair;
struct NwPairsVtab {
  sqlite3_vtab base;
  sqlite3 *db;
};
struct NwPair {
  sqlite3_int64 a, b;
  double score;
};
struct NwPairsCursor {
  sqlite3_vtab_cursor base;
  NwPair *a;
  int n, nAlloc, i;
  const sqlite3_int64 *aRowid;   /* during the computation only */
  sqlite3_int64 iSince;          /* pairs with b below this are dropped */
};

static int pairsConnect(sqlite3 *db, void *pAux, int argc,
                        const char *const *argv, sqlite3_vtab **ppVtab,
                        char **pzErr){
  int rc;
  (void)pAux; (void)argc; (void)argv; (void)pzErr;
  /* Not innocuous: it reads the tables named by its argument. */
  rc = nwVtabConnect(db, "CREATE TABLE x(a INTEGER, b INTEGER, score REAL,"
                     " index_name HIDDEN, threshold HIDDEN, since HIDDEN)",
                     sizeof(NwPairsVtab), 0, ppVtab);
  if( rc==SQLITE_OK ) ((NwPairsVtab*)*ppVtab)->db = db;
  return rc;
}

static int pairsDisconnect(sqlite3_vtab *pVtab){
  sqlite3_free(pVtab);
  return SQLITE_OK;
}

static int pairsOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCur){
  NwPairsCursor *pCur = sqlite3_malloc64(sizeof(*pCur));
  (void)pVtab;
  if( pCur==0 ) return SQLITE_NOMEM;
  memset(pCur, 0, sizeof(*pCur));
  *ppCur = &pCur->base;
  return SQLITE_OK;
}

static int pairsClose(sqlite3_vtab_cursor *cur){
  sqlite3_free(((NwPairsCursor*)cur)->a);
  sqlite3_free(cur);
  return SQLITE_OK;
}

static int addPair(NwPairsCursor *p, sqlite3_int64 a, sqlite3_int64 b,
                   double score){
  if( nwArrayGrow((void**)&p->a, &p->nAlloc, p->n+1, sizeof(NwPair)) ){
    return SQLITE_NOMEM;
  }
  p->a[p->n].a = a < b ? a : b;
  p->a[p->n].b = a < b ? b : a;
  p->a[p->n].score = score;
  p->n++;
  return 0;
}

static int collectPair(void *pArg, int i, int j, double score){
  NwPairsCursor *p = (NwPairsCursor*)pArg;
  if( p->aRowid[j]<p->iSince ) return 0;       /* rowids ascend with i */
  return addPair(p, p->aRowid[i], p->aRowid[j], score);
}

/* One streamed signature against the new ones: iSelf is its number among
** them (-1 if it is older); a pair of two new ones is taken once. */
typedef struct PairProbe PairProbe;
struct PairProbe {
  NwPairsCursor *pCur;
  sqlite3_int64 iRowid;        /* the streamed signature */
  int iSelf;
};

static int collectProbeHit(void *pArg, int j, double score){
  PairProbe *p = (PairProbe*)pArg;
  if( j<=p->iSelf ) return 0;
  return addPair(p->pCur, p->iRowid, p->pCur->aRowid[j], score);
}

/* Rows of zDb.zName_sig with rowid >= iMin.  On error, sets *pzErr. */
static int sigCount(sqlite3 *db, const char *zDb, const char *zName,
                    sqlite3_int64 iMin, sqlite3_int64 *pn, char **pzErr){
  sqlite3_stmt *pStmt = 0;
  int rc = indexPrepare(db, &pStmt, "SELECT count(*) FROM \"%w\".\"%w_sig\""
                        " WHERE id >= %lld", zDb, zName, iMin);
  if( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
    *pn = sqlite3_column_int64(pStmt, 0);
  }
  if( rc==SQLITE_OK ) rc = sqlite3_finalize(pStmt);
  if( rc ) *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(db));
  return rc;
}

/* The whole set: every signature in memory, pairs band after band. */
static int pairsAll(NwPairsCursor *pCur, sqlite3 *db, const char *zDb,
                    const char *zName, double threshold, char **pzErr){
  unsigned char *aSig = 0;
  sqlite3_int64 *aRowid = 0;
  NwSigSet set;
  int n = 0;
  int rc = loadSignatures(db, zDb, zName, NW_ALL_ROWS, &aSig, &aRowid, &n,
                          pzErr);
  if( rc==SQLITE_OK ){
    set.aSig = aSig;
    set.n = n;
    pCur->aRowid = aRowid;
    rc = nwLshPairs(&set, threshold, collectPair, pCur);
    pCur->aRowid = 0;
  }
  sqlite3_free(aSig);
  sqlite3_free(aRowid);
  return rc;
}

/* The pairs with b >= iSince (see the comment at the top).  When the new
** passages are a quarter of the index or more, listing every pair band
** after band is cheaper than probing, and is done instead: the counts
** decide before any signature is read. */
static int pairsSince(NwPairsCursor *pCur, sqlite3 *db, const char *zDb,
                      const char *zName, sqlite3_int64 iSince,
                      double threshold, char **pzErr){
  unsigned char *aNew = 0;
  sqlite3_int64 *aRowid = 0, nAll = 0, nNew = 0;
  NwLshIndex *pLsh = 0;
  sqlite3_stmt *pStmt = 0;
  NwSigSet set;
  PairProbe probe;
  const unsigned char *aSig;
  int n = 0, rc;
  rc = sigCount(db, zDb, zName, NW_ALL_ROWS, &nAll, pzErr);
  if( rc==SQLITE_OK ) rc = sigCount(db, zDb, zName, iSince, &nNew, pzErr);
  if( rc || nNew==0 ) return rc;
  if( nNew*4 >= nAll ){
    pCur->iSince = iSince;
    return pairsAll(pCur, db, zDb, zName, threshold, pzErr);
  }
  rc = loadSignatures(db, zDb, zName, iSince, &aNew, &aRowid, &n, pzErr);
  if( rc==SQLITE_OK ){
    set.aSig = aNew;
    set.n = n;
    rc = nwLshBuild(&set, &pLsh)==NW_OK ? SQLITE_OK : SQLITE_NOMEM;
  }
  if( rc==SQLITE_OK ) rc = sigScanOpen(db, zDb, zName, NW_ALL_ROWS, &pStmt,
                                       pzErr);
  probe.pCur = pCur;
  probe.iSelf = -1;
  pCur->aRowid = aRowid;
  while( rc==SQLITE_OK && (rc = sigScanStep(db, pStmt, zName, &aSig,
                                   &probe.iRowid, pzErr))==SQLITE_ROW ){
    if( probe.iRowid>=iSince ) probe.iSelf++;   /* same order as aNew */
    rc = nwLshQuery(pLsh, &set, aSig, threshold, NW_LSH_MAX_BUCKET,
                    collectProbeHit, &probe);
  }
  if( rc==SQLITE_DONE ) rc = SQLITE_OK;
  pCur->aRowid = 0;
  sqlite3_finalize(pStmt);
  nwLshFree(pLsh);
  sqlite3_free(aNew);
  sqlite3_free(aRowid);
  return rc;
}

static int cmpPair(const void *x, const void *y){
  const NwPair *p = x, *q = y;
  if( p->a!=q->a ) return p->a<q->a ? -1 : 1;
  return p->b<q->b ? -1 : p->b>q->b;
}

/* "schema.name" or "name" (schema main), split; NULL on OOM. */
static int splitIndexName(const char *zArg, char **pzDb, char **pzName){
  const char *zDot = strchr(zArg, '.');
  *pzDb = zDot ? sqlite3_mprintf("%.*s", (int)(zDot-zArg), zArg)
               : sqlite3_mprintf("main");
  *pzName = sqlite3_mprintf("%s", zDot ? zDot+1 : zArg);
  return (*pzDb && *pzName) ? SQLITE_OK : SQLITE_NOMEM;
}

static int pairsFilter(sqlite3_vtab_cursor *cur, int idxNum,
                       const char *idxStr, int argc, sqlite3_value **argv){
  NwPairsCursor *pCur = (NwPairsCursor*)cur;
  NwPairsVtab *pTab = (NwPairsVtab*)cur->pVtab;
  const char *zArg;
  char *zDb = 0, *zName = 0, *zErr = 0;
  double threshold = NW_PAIRS_DEFAULT_THRESHOLD;
  sqlite3_int64 iSince = NW_ALL_ROWS;
  int iArg = 1, rc;
  (void)idxStr;
  sqlite3_free(pCur->a);
  pCur->a = 0;
  pCur->n = pCur->nAlloc = pCur->i = 0;
  pCur->iSince = NW_ALL_ROWS;
  if( (idxNum & 1)==0 || argc<1 ){
    nwVtabError(cur->pVtab, "passage_pairs(): missing the index name; write "
                "passage_pairs('index' [, threshold [, since]])");
    return SQLITE_ERROR;
  }
  if( (idxNum & 2) && sqlite3_value_type(argv[iArg++])!=SQLITE_NULL ){
    threshold = sqlite3_value_double(argv[iArg-1]);
    if( !(threshold>0.0 && threshold<=1.0) ){
      nwVtabError(cur->pVtab, "passage_pairs(): threshold must be in (0, 1],"
                  " got %s", sqlite3_value_text(argv[iArg-1]));
      return SQLITE_ERROR;
    }
  }
  if( (idxNum & 4) && sqlite3_value_type(argv[iArg])!=SQLITE_NULL ){
    if( sqlite3_value_type(argv[iArg])!=SQLITE_INTEGER ){
      nwVtabError(cur->pVtab, "passage_pairs(): since must be an integer "
                  "rowid, got %s", sqlite3_value_text(argv[iArg]));
      return SQLITE_ERROR;
    }
    iSince = sqlite3_value_int64(argv[iArg]);
  }
  zArg = (const char*)sqlite3_value_text(argv[0]);
  if( zArg==0 ) return SQLITE_OK;
  rc = splitIndexName(zArg, &zDb, &zName);
  if( rc==SQLITE_OK ){
    rc = iSince==NW_ALL_ROWS
       ? pairsAll(pCur, pTab->db, zDb, zName, threshold, &zErr)
       : pairsSince(pCur, pTab->db, zDb, zName, iSince, threshold, &zErr);
  }
  if( rc==SQLITE_OK && pCur->n>1 ){
    qsort(pCur->a, (size_t)pCur->n, sizeof(NwPair), cmpPair);
  }else if( rc && zErr ){
    nwVtabError(cur->pVtab, "passage_pairs(): %s is not a passage_index "
                "(%s)", zArg, zErr);
  }
  sqlite3_free(zErr);
  sqlite3_free(zDb);
  sqlite3_free(zName);
  return rc;
}

static int pairsNext(sqlite3_vtab_cursor *cur){
  ((NwPairsCursor*)cur)->i++;
  return SQLITE_OK;
}

static int pairsEof(sqlite3_vtab_cursor *cur){
  NwPairsCursor *pCur = (NwPairsCursor*)cur;
  return pCur->i>=pCur->n;
}

static int pairsColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int i){
  NwPairsCursor *pCur = (NwPairsCursor*)cur;
  const NwPair *p = &pCur->a[pCur->i];
  switch( i ){
    case 0: sqlite3_result_int64(ctx, p->a); break;
    case 1: sqlite3_result_int64(ctx, p->b); break;
    case 2: sqlite3_result_double(ctx, p->score); break;
  }
  return SQLITE_OK;
}

static int pairsRowid(sqlite3_vtab_cursor *cur, sqlite_int64 *pRowid){
  *pRowid = ((NwPairsCursor*)cur)->i + 1;
  return SQLITE_OK;
}

static int pairsBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo){
  int i, aIdx[3] = {-1, -1, -1}, bUnusable = 0, n = 0;
  (void)pVtab;
  for(i=0; i<pInfo->nConstraint; i++){
    const struct sqlite3_index_constraint *pC = &pInfo->aConstraint[i];
    if( pC->iColumn<3 || pC->iColumn>5
     || pC->op!=SQLITE_INDEX_CONSTRAINT_EQ ) continue;
    if( !pC->usable ){ bUnusable = 1; continue; }
    aIdx[pC->iColumn-3] = i;
  }
  if( aIdx[0]<0 && bUnusable ) return SQLITE_CONSTRAINT;
  pInfo->idxNum = 0;
  for(i=0; i<3; i++){
    if( aIdx[i]<0 ) continue;
    pInfo->idxNum |= 1<<i;
    pInfo->aConstraintUsage[aIdx[i]].argvIndex = ++n;
    pInfo->aConstraintUsage[aIdx[i]].omit = 1;
  }
  pInfo->estimatedCost = aIdx[0]>=0 ? 1e5 : 1e99;
  return SQLITE_OK;
}

static const sqlite3_module nwPairsModule = {
  .iVersion = 0,
  .xCreate = 0,                /* eponymous only */
  .xConnect = pairsConnect,
  .xBestIndex = pairsBestIndex,
  .xDisconnect = pairsDisconnect,
  .xOpen = pairsOpen,
  .xClose = pairsClose,
  .xFilter = pairsFilter,
  .xNext = pairsNext,
  .xEof = pairsEof,
  .xColumn = pairsColumn,
  .xRowid = pairsRowid,
};

int nwRegisterIndex(sqlite3 *db, NwContext *pCtx){
  int rc = sqlite3_create_module_v2(db, "passage_index", &nwIndexModule,
                                    nwContextRef(pCtx), nwContextUnref);
  if( rc==SQLITE_OK ){
    rc = sqlite3_create_module(db, "passage_pairs", &nwPairsModule, 0);
  }
  return rc;
}
