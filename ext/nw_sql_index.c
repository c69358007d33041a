/*
** nw_sql_index.c: the passage_index virtual table and passage_pairs().
**
**     CREATE VIRTUAL TABLE pidx USING passage_index();
**     INSERT INTO pidx(rowid, text) SELECT id, text FROM passages_table;
**     INSERT INTO pidx(rowid, signature) VALUES (7, passage_signature(:t));
**     UPDATE pidx SET text = :t WHERE rowid = 7;
**     DELETE FROM pidx WHERE rowid = 7;
**     SELECT rowid, score FROM pidx WHERE pidx MATCH :text AND k = 10;
**     SELECT a, b, score FROM passage_pairs('pidx', 0.5);
**     SELECT a, b, score FROM passage_pairs('pidx', 0.3, :since);
**
** Storage: the shadow tables pidx_config, pidx_sig and pidx_band,
** checked before every use (nw_sql_index_shadow.c); the band buckets are
** written and read by nw_sql_index_bands.c.  The text is not stored:
** join on rowid with the table it came from.  xConnect reads none of them
** (as FTS5 does): a damaged index can always be connected, hence dropped.
**
** A MATCH reads from the file only the buckets of its query (one seek
** per bucket and segment), then the signatures of the candidates: nothing
** is held in memory between statements, so a fresh connection answers as
** fast as an old one, and a write costs the next query nothing.
**
**     INSERT INTO pidx(pidx) VALUES('rebuild');
**
** writes pidx_band again from pidx_sig (and upgrades an index of format 1,
** which kept no bands).
**
** Columns: text (write only), signature, score (MATCH only), then hidden
** k and the column named after the table, which takes MATCH.
**
** xBestIndex idxNum bits: 1 MATCH (argv: the query), 2 k (argv: k),
** 4 rowid = ? (argv: the rowid).  Without 1 or 4 it scans pidx_sig.
**
** passage_index is a module of its own (writable, shadow tables); it uses
** the error helper of nw_sql_vtab.c.  passage_pairs() is a table-valued
** function on that file's skeleton.
*/
#include <string.h>
#include <stdlib.h>
#include "nwInt.h"
#include "nw_lsh.h"

#define NW_INDEX_DEFAULT_K 10
#define NW_INDEX_MAX_K 10000
/* Rows a MATCH may find in its buckets before it gives up: a passage
** stored millions of times over (SQLITE_TOOBIG, said so). */
#define NW_INDEX_MAX_CANDIDATES 10000000

#define NW_ICOL_TEXT      0
#define NW_ICOL_SIGNATURE 1
#define NW_ICOL_SCORE     2
#define NW_ICOL_K         3
#define NW_ICOL_MATCH     4
#define NW_ICOL_COUNT     5


typedef struct NwIndexCursor NwIndexCursor;
typedef struct NwIndexStamp NwIndexStamp;

/* What the database looked like to this connection at one moment; two
** equal stamps mean the shadow tables cannot have changed in between
** (see indexStampTake()). */
struct NwIndexStamp {
  int bValid;
  sqlite3_int64 iSchema;       /* PRAGMA schema_version */
  sqlite3_int64 iData;         /* PRAGMA data_version */
  sqlite3_int64 nChange;       /* sqlite3_total_changes64() */
  sqlite3_int64 iCursor;       /* not 0: holds for this cursor only */
};

/* Statements kept prepared (lazily, SQLITE_PREPARE_PERSISTENT). */
enum {
  NW_STMT_DATA_VERSION, NW_STMT_SCHEMA_VERSION, NW_STMT_INSERT,
  NW_STMT_REPLACE, NW_STMT_DELETE, NW_STMT_CONFIG, NW_STMT_SIG,
  NW_STMT_COUNT
};

struct NwIndexVtab {
  sqlite3_vtab base;
  sqlite3 *db;
  NwContext *pCtx;
  char *zDb;                   /* schema name: "main", "temp", ... */
  char *zName;                 /* the virtual table's name */
  sqlite3_stmt *aStmt[NW_STMT_COUNT];
  int bInTxn;                  /* between xBegin and xCommit/xRollback */
  sqlite3_int64 iLastCursor;   /* serial of the last cursor opened */
  NwIndexStamp checked;        /* when indexReady() last found all good */
  NwIndexStamp checkedSchema;  /* when the sqlite_schema part last was */
  NwLshShape shape;            /* the bands of _config, when last checked */
  NwBands bands;               /* pidx_band's statements, pending buckets */
  NwIndexVtab *pNext;          /* the connection's list (pCtx->pIndexes) */
};

/* One result row. */
typedef struct NwHit NwHit;
struct NwHit {
  sqlite3_int64 rowid;
  double score;
};

struct NwIndexCursor {
  sqlite3_vtab_cursor base;
  sqlite3_int64 iSerial;       /* 1, 2, ... per table, for stamps */
  NwHit *aHit;                 /* MATCH results, best first */
  int nHit, iHit;
  sqlite3_stmt *pScan;         /* rowid lookup or full scan */
  int bEof;
};

/* ------------------------------------------------------------ helpers */


/* Statement i of p, prepared on first use.  The caller resets it. */
static int indexStmt(NwIndexVtab *p, int i, sqlite3_stmt **ppStmt){
  static const char *const azSql[NW_STMT_COUNT] = {
    "PRAGMA \"%w\".data_version",
    "PRAGMA \"%w\".schema_version",
    "INSERT INTO \"%w\".\"%w_sig\"(id, sig) VALUES(?1, ?2)",
    "INSERT OR REPLACE INTO \"%w\".\"%w_sig\"(id, sig) VALUES(?1, ?2)",
    "DELETE FROM \"%w\".\"%w_sig\" WHERE id=?1",
    "SELECT key, value FROM \"%w\".\"%w_config\"",
    "SELECT sig, id FROM \"%w\".\"%w_sig\" WHERE id=?1",
  };
  int rc = nwIndexPrepareKept(p->db, &p->aStmt[i], azSql[i], p->zDb,
                              p->zName);
  if( rc ){
    nwVtabError(&p->base, "passage_index: %s", rc==SQLITE_NOMEM
                ? "out of memory" : sqlite3_errmsg(p->db));
    return rc;
  }
  *ppStmt = p->aStmt[i];
  return SQLITE_OK;
}

/* Before DROP and RENAME: no statement of ours may name the tables. */
static void indexStmtFinalizeAll(NwIndexVtab *p){
  int i;
  for(i=0; i<NW_STMT_COUNT; i++){
    sqlite3_finalize(p->aStmt[i]);
    p->aStmt[i] = 0;
  }
  nwBandsFinalize(&p->bands);
}

/* The pending buckets into pidx_band. */
static int indexFlush(NwIndexVtab *p){
  char *zErr = 0;
  int rc = nwBandsFlush(&p->bands, &zErr);
  if( rc ) nwVtabError(&p->base, "passage_index: %s", zErr ? zErr : "out of memory");
  sqlite3_free(zErr);
  return rc;
}


/* ------------------------------------------------------------- stamps */

/* The stamp of now, for the cursor with serial iCursor (0: none).  The
** shadow tables are checked again (indexReady()) only when the stamp
** differs from the last good check's.
**
** What can change the shadow tables, and what notices it:
**   - another connection's commit: PRAGMA data_version changes;
**   - DDL by anyone (a shadow table dropped, made again): schema_version;
**   - a row written by this connection, in _config or anywhere (direct
**     writes to the shadow tables included): sqlite3_total_changes64()
**     grows.  PRAGMA data_version does not see this connection's writes;
**     the change counter is exact and free, at the price of a check after
**     an unrelated write;
**   - a rollback, which changes none of the above: this table's own
**     writes enlist it in the transaction, and xRollback/xRollbackTo
**     forget the checks.  Direct writes do not enlist it: so while a write
**     transaction is open on the schema and this table is not part of
**     it, what is read may be rolled back later unseen, and the stamp
**     holds for the current cursor (one statement) only. */
static int indexStampTake(NwIndexVtab *p, sqlite3_int64 iCursor,
                          NwIndexStamp *pStamp){
  sqlite3_stmt *pStmt = 0;
  int bWriteTxn, rc;
  memset(pStamp, 0, sizeof(*pStamp));
  rc = indexStmt(p, NW_STMT_DATA_VERSION, &pStmt);
  if( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
    pStamp->iData = sqlite3_column_int64(pStmt, 0);
  }
  if( rc==SQLITE_OK ) rc = sqlite3_reset(pStmt);
  if( rc==SQLITE_OK ) rc = indexStmt(p, NW_STMT_SCHEMA_VERSION, &pStmt);
  if( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
    pStamp->iSchema = sqlite3_column_int64(pStmt, 0);
  }
  if( rc==SQLITE_OK ) rc = sqlite3_reset(pStmt);
  if( rc ){
    nwVtabError(&p->base, "passage_index: %s", sqlite3_errmsg(p->db));
    return rc;
  }
  /* total_changes64() and txn_state() exist from 3.37 and 3.34; before,
  ** the int counter and "inside BEGIN" (a superset) do the same job. */
  if( sqlite3_libversion_number()>=3037000 ){
    pStamp->nChange = sqlite3_total_changes64(p->db);
    bWriteTxn = sqlite3_txn_state(p->db, p->zDb)==SQLITE_TXN_WRITE;
  }else{
    pStamp->nChange = sqlite3_total_changes(p->db);
    bWriteTxn = !sqlite3_get_autocommit(p->db);
  }
  if( bWriteTxn && !p->bInTxn ) pStamp->iCursor = iCursor ? iCursor : -1;
  pStamp->bValid = 1;
  return SQLITE_OK;
}

/* Equal stamps; with bRows 0, changed rows do not count (sqlite_schema
** changes only with the schema version, or by writable_schema edits,
** which take effect only when the schema is read again). */
static int indexStampSame(const NwIndexStamp *a, const NwIndexStamp *b,
                          int bRows){
  return a->bValid && b->bValid && a->iSchema==b->iSchema
      && a->iData==b->iData && (!bRows || a->nChange==b->nChange)
      && a->iCursor==b->iCursor && a->iCursor>=0;
}

/* Check the shadow tables unless nothing changed since they were last
** found good: sqlite_schema after a schema change, _config after any
** change.  On error, the message names the table and the fault. */
static int indexReady(NwIndexVtab *p, const NwIndexStamp *pNow){
  sqlite3_stmt *pConfig = 0;
  char *zErr = 0;
  int bSchema, rc;
  if( indexStampSame(&p->checked, pNow, 1) ) return SQLITE_OK;
  p->checked.bValid = 0;
  bSchema = !indexStampSame(&p->checkedSchema, pNow, 0);
  p->checkedSchema.bValid = 0;
  if( bSchema ){
    rc = nwIndexCheckShadows(p->db, p->zDb, p->zName, NW_CHECK_SCHEMA, 0,
                             &p->shape, &zErr);
  }else{
    rc = indexStmt(p, NW_STMT_CONFIG, &pConfig);
    if( rc ) return rc;
    rc = nwIndexCheckShadows(p->db, p->zDb, p->zName, 0, pConfig, &p->shape,
                             &zErr);
  }
  if( rc==SQLITE_OK ){
    p->checkedSchema = *pNow;
    p->checked = *pNow;
  }else if( zErr ){
    nwVtabError(&p->base, "passage_index: %s: %s", p->zName, zErr);
  }
  sqlite3_free(zErr);
  return rc;
}

/* --------------------------------------------------------- signatures */

/* The signature for a value: a checked BLOB, or computed from text.
** aSig gets NW_SIG_BYTES; returns SQLITE_OK or an error with zErrMsg. */
static int indexSignature(NwIndexVtab *p, sqlite3_value *pVal,
                          unsigned char *aSig){
  const char *zWhy = 0;
  if( sqlite3_value_type(pVal)==SQLITE_BLOB ){
    const unsigned char *a = sqlite3_value_blob(pVal);
    int n = sqlite3_value_bytes(pVal);
    if( a==0 || nwSignatureCheck(a, (size_t)n, &zWhy) ){
      nwVtabError(&p->base, "passage_index: not a passage_signature() BLOB"
                  " (%s, %d bytes)", zWhy ? zWhy : "empty", n);
      return SQLITE_ERROR;
    }
    memcpy(aSig, a, NW_SIG_BYTES);
    return SQLITE_OK;
  }else{
    NwBag bag = {0, 0, 0};
    int rc = nwBagFromValue(p->pCtx, pVal, &bag);
    if( rc==NW_OK ) nwSignature(&bag, aSig);
    nwBagClear(&bag);
    if( rc==NW_ERROR ){
      nwVtabError(&p->base, "passage_index: could not read the text");
    }
    return rc;
  }
}


/* Step pStmt (SELECT sig ... WHERE id=?, bound): SQLITE_ROW with a checked
** signature in *paSig, SQLITE_DONE when the row is gone, or an error with
** *pzErr. */
static int readStoredSignature(sqlite3 *db, sqlite3_stmt *pStmt, const char *zName,
                         sqlite3_int64 rowid, const unsigned char **paSig,
                         char **pzErr){
  const char *zWhy = 0;
  int rc = sqlite3_step(pStmt);
  if( rc==SQLITE_DONE ) return rc;
  if( rc!=SQLITE_ROW ){
    *pzErr = sqlite3_mprintf("%s_sig: %s", zName, sqlite3_errmsg(db));
    return sqlite3_errcode(db);
  }
  if( nwSigCheckStored(sqlite3_column_value(pStmt, 0), &zWhy) ){
    *pzErr = sqlite3_mprintf("%s_sig: rowid %lld holds a corrupt signature "
                             "(%s); delete the row or write it again", zName,
                             rowid, zWhy);
    return SQLITE_CORRUPT_VTAB;
  }
  *paSig = sqlite3_column_blob(pStmt, 0);
  return SQLITE_ROW;
}

/* -------------------------------------------------- create / connect */

/* One option "name=value" of passage_index(...): the value of zName in
** *pV, 1 if zOpt is that option, 0 if it is another. */
static int indexOption(const char *zOpt, const char *zName, double *pV,
                       int *pbBad){
  size_t n = strlen(zName);
  char *zEnd = 0;
  while( *zOpt==' ' ) zOpt++;
  if( sqlite3_strnicmp(zOpt, zName, (int)n)!=0 ) return 0;
  zOpt += n;
  while( *zOpt==' ' ) zOpt++;
  if( *zOpt!='=' ) return 0;
  *pV = strtod(zOpt+1, &zEnd);
  while( zEnd && *zEnd==' ' ) zEnd++;
  *pbBad = zEnd==0 || zEnd==zOpt+1 || *zEnd!=0;
  return 1;
}

/* The band shape from the options of CREATE VIRTUAL TABLE ... USING
** passage_index(...): none (64 bands of 4 slots), threshold=J (the shape
** that proposes pairs of Jaccard J with probability 0.9: 85 bands of 3
** for 0.3), or bands=N and rows=R. */
static int indexOptions(int argc, const char *const *argv, NwLshShape *pShape,
                        char **pzErr){
  double v, aBR[2] = {0, 0};
  int i, bBad = 0, bThreshold = 0, bBandsRows = 0;
  pShape->nBand = NW_LSH_BANDS;
  pShape->nRow = NW_LSH_ROWS;
  for(i=3; i<argc; i++){
    if( indexOption(argv[i], "threshold", &v, &bBad) ){
      if( bBad || !nwLshShapeFor(v, pShape) ){
        *pzErr = sqlite3_mprintf("passage_index: threshold must be a number"
                                 " above 0 and at most 1, got '%s'", argv[i]);
        return SQLITE_ERROR;
      }
      if( bThreshold++ ){
        *pzErr = sqlite3_mprintf("passage_index: threshold given twice");
        return SQLITE_ERROR;
      }
    }else if( indexOption(argv[i], "bands", &aBR[0], &bBad)
           || indexOption(argv[i], "rows", &aBR[1], &bBad) ){
      if( bBad ){
        *pzErr = sqlite3_mprintf("passage_index: bands and rows take whole"
                                 " numbers, got '%s'", argv[i]);
        return SQLITE_ERROR;
      }
      bBandsRows = 1;
    }else{
      *pzErr = sqlite3_mprintf("passage_index: unknown option '%s'; "
                               "passage_index() takes threshold=J, or bands=N"
                               " and rows=R", argv[i]);
      return SQLITE_ERROR;
    }
  }
  if( bBandsRows ){
    /* the range first: casting 1e300 or NaN to int is undefined */
    if( bThreshold || !(aBR[0]>=1 && aBR[0]<=NW_SIG_K)
     || !(aBR[1]>=1 && aBR[1]<=NW_LSH_MAX_ROWS)
     || aBR[0]!=(int)aBR[0] || aBR[1]!=(int)aBR[1]
     || !nwLshShapeValid((int)aBR[0], (int)aBR[1]) ){
      *pzErr = sqlite3_mprintf("passage_index: bands=N and rows=R go together"
                               " (not with threshold), rows 1 to %d, bands"
                               " times rows at most %d", NW_LSH_MAX_ROWS,
                               NW_SIG_K);
      return SQLITE_ERROR;
    }
    pShape->nBand = (int)aBR[0];
    pShape->nRow = (int)aBR[1];
  }
  return SQLITE_OK;
}

/* xCreate makes the shadow tables; xConnect reads nothing (see the top):
** the checks run on first use, and the shape is _config's, whatever the
** options say.  Both declare the same table. */
static int indexInit(sqlite3 *db, void *pAux, int argc,
                     const char *const *argv, sqlite3_vtab **ppVtab,
                     char **pzErr, int bCreate){
  NwIndexVtab *p;
  NwLshShape shape;
  int rc;
  if( bCreate ){
    rc = indexOptions(argc, argv, &shape, pzErr);
    if( rc ) return rc;
  }
  p = sqlite3_malloc64(sizeof(*p));
  if( p==0 ) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  p->db = db;
  p->pCtx = (NwContext*)pAux;
  p->zDb = sqlite3_mprintf("%s", argv[1]);
  p->zName = sqlite3_mprintf("%s", argv[2]);
  if( p->zDb==0 || p->zName==0 ){ rc = SQLITE_NOMEM; goto fail; }
  nwBandsInit(&p->bands, db, p->zDb, p->zName);
  if( bCreate ){
    rc = nwIndexExec(db, "CREATE TABLE \"%w\".\"%w_config\"" NW_CONFIG_LAYOUT
                     ";INSERT INTO \"%w\".\"%w_config\" VALUES('version', %d),"
                     "('slots', %d), ('bands', %d), ('rows', %d);"
                     "CREATE TABLE \"%w\".\"%w_sig\"" NW_SIG_LAYOUT ";"
                     "CREATE TABLE \"%w\".\"%w_band\"" NW_BAND_LAYOUT ";",
                     p->zDb, p->zName, p->zDb, p->zName, NW_INDEX_VERSION,
                     NW_SIG_K, shape.nBand, shape.nRow, p->zDb, p->zName,
                     p->zDb, p->zName);
    if( rc ){
      *pzErr = sqlite3_mprintf("passage_index: %s", sqlite3_errmsg(db));
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
  /* xUpdate honours OR IGNORE / OR REPLACE / ABORT / FAIL / ROLLBACK. */
  rc = sqlite3_vtab_config(db, SQLITE_VTAB_CONSTRAINT_SUPPORT, 1);
  if( rc ) goto fail;
  /* passage_pairs() finds the table here, for its pending buckets */
  p->pNext = p->pCtx->pIndexes;
  p->pCtx->pIndexes = p;
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
  NwIndexVtab *p = (NwIndexVtab*)pVtab, **pp;
  for(pp=&p->pCtx->pIndexes; *pp; pp=&(*pp)->pNext){
    if( *pp==p ){ *pp = p->pNext; break; }
  }
  indexStmtFinalizeAll(p);
  nwBandsFree(&p->bands);
  sqlite3_free(p->zDb);
  sqlite3_free(p->zName);
  sqlite3_free(p);
  return SQLITE_OK;
}

/* Whether shadow table <zName>_<zSuffix> of the index exists as a table
** (not a view of that name, which is not ours to drop or rename). */
static int shadowIsTable(NwIndexVtab *p, const char *zSuffix, int *pbTable){
  sqlite3_stmt *pStmt = 0;
  int rc = nwIndexPrepare(p->db, &pStmt, "SELECT 1 FROM \"%w\".sqlite_schema"
                          " WHERE type='table' AND name='%q_%s' COLLATE NOCASE",
                          p->zDb, p->zName, zSuffix);
  *pbTable = rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW;
  sqlite3_finalize(pStmt);
  return rc;
}

/* Drops the shadow tables that exist as tables: a damaged index can be
** dropped, and a view of the same name (not ours) is left alone. */
static int indexDestroy(sqlite3_vtab *pVtab){
  NwIndexVtab *p = (NwIndexVtab*)pVtab;
  static const char *const azSuffix[3] = { "config", "sig", "band" };
  int i, rc = SQLITE_OK;
  /* written, not dropped: a rollback of the DROP brings them back too */
  if( indexFlush(p) ){
    nwBandsDiscard(&p->bands);         /* a damaged index: dropped anyway */
    sqlite3_free(pVtab->zErrMsg);
    pVtab->zErrMsg = 0;
  }
  indexStmtFinalizeAll(p);
  for(i=0; rc==SQLITE_OK && i<3; i++){
    int bTable = 0;
    rc = shadowIsTable(p, azSuffix[i], &bTable);
    if( rc==SQLITE_OK && bTable ){
      rc = nwIndexExec(p->db, "DROP TABLE \"%w\".\"%w_%s\"", p->zDb, p->zName,
                       azSuffix[i]);
    }
  }
  if( rc ){
    nwVtabError(pVtab, "passage_index: cannot drop the shadow tables of %s:"
                " %s", p->zName, sqlite3_errmsg(p->db));
    return rc;
  }
  return indexDisconnect(pVtab);
}

/* Renames the shadow tables that exist; first checks that no object
** already has one of the new names, which SQLite checks only for zNew. */
static int indexRename(sqlite3_vtab *pVtab, const char *zNew){
  NwIndexVtab *p = (NwIndexVtab*)pVtab;
  static const char *const azSuffix[3] = { "config", "sig", "band" };
  sqlite3_stmt *pStmt = 0;
  char *zName;
  int i, rc = indexFlush(p);
  if( rc ) return rc;
  indexStmtFinalizeAll(p);
  for(i=0; i<3; i++){
    /* triggers have names of their own; tables, views, indexes share */
    rc = nwIndexPrepare(p->db, &pStmt, "SELECT type, name FROM \"%w\".sqlite_schema"
                        " WHERE name='%q_%s' COLLATE NOCASE AND type<>'trigger'",
                        p->zDb, zNew, azSuffix[i]);
    if( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
      nwVtabError(pVtab, "passage_index: cannot rename %s to %s: %s %s "
                  "already exists (the new name of shadow table %s_%s)",
                  p->zName, zNew, sqlite3_column_text(pStmt, 0),
                  sqlite3_column_text(pStmt, 1), p->zName, azSuffix[i]);
      sqlite3_finalize(pStmt);
      return SQLITE_ERROR;
    }
    sqlite3_finalize(pStmt);
    pStmt = 0;
    if( rc ) break;
  }
  for(i=0; rc==SQLITE_OK && i<3; i++){
    int bTable = 0;
    rc = shadowIsTable(p, azSuffix[i], &bTable);
    if( rc==SQLITE_OK && bTable ){
      rc = nwIndexExec(p->db, "ALTER TABLE \"%w\".\"%w_%s\" RENAME TO"
                       " \"%w_%s\"", p->zDb, p->zName, azSuffix[i], zNew,
                       azSuffix[i]);
    }
  }
  if( rc ){
    nwVtabError(pVtab, "passage_index: cannot rename %s to %s: %s", p->zName,
                zNew, sqlite3_errmsg(p->db));
    return rc;
  }
  zName = sqlite3_mprintf("%s", zNew);
  if( zName==0 ) return SQLITE_NOMEM;
  sqlite3_free(p->zName);
  p->zName = zName;
  p->bands.zName = p->zName;
  p->checked.bValid = 0;
  p->checkedSchema.bValid = 0;
  return SQLITE_OK;
}

static int indexShadowName(const char *zName){
  return strcmp(zName, "config")==0 || strcmp(zName, "sig")==0
      || strcmp(zName, "band")==0;
}

/* -------------------------------------------------------------- writes */

/* The error of a failed write of rowid pRowid (rc from the statement). */
static int indexWriteError(NwIndexVtab *p, int rc, sqlite3_value *pRowid){
  if( rc==SQLITE_CONSTRAINT_PRIMARYKEY ){
    /* OR IGNORE: SQLite skips the row on SQLITE_CONSTRAINT; no message */
    if( sqlite3_vtab_on_conflict(p->db)!=SQLITE_IGNORE ){
      nwVtabError(&p->base, "passage_index: rowid %s is already in %s; write"
                  " OR REPLACE to replace it or OR IGNORE to keep it",
                  sqlite3_value_text(pRowid), p->zName);
    }
    return SQLITE_CONSTRAINT;
  }
  if( rc==SQLITE_MISMATCH ){
    nwVtabError(&p->base, "passage_index: rowid must be an integer, got %s",
                sqlite3_value_text(pRowid) ? (const char*)
                sqlite3_value_text(pRowid) : "NULL");
    return SQLITE_MISMATCH;
  }
  nwVtabError(&p->base, "passage_index: %s", sqlite3_errmsg(p->db));
  return rc;
}

/* Step pStmt (bound, done once) and reset it; the step's result. */
static int stmtRunOnce(sqlite3 *db, sqlite3_stmt *pStmt){
  int rc = sqlite3_step(pStmt);
  rc = rc==SQLITE_DONE ? SQLITE_OK : sqlite3_extended_errcode(db);
  sqlite3_reset(pStmt);
  return rc;
}

/* The new signature of a written row into aSig: from the signature column
** or from the text, not both.  *pbHave is 0 when neither is written (an
** UPDATE that keeps the signature).  Unchanged UPDATE columns read as
** sqlite3_value_nochange(); text reads as NULL, so it is never stale. */
static int indexNewSignature(NwIndexVtab *p, sqlite3_value **argv,
                             int bInsert, unsigned char *aSig, int *pbHave){
  sqlite3_value *pText = argv[2+NW_ICOL_TEXT];
  sqlite3_value *pSig = argv[2+NW_ICOL_SIGNATURE];
  int bText = sqlite3_value_type(pText)!=SQLITE_NULL;
  int bSigNull = sqlite3_value_type(pSig)==SQLITE_NULL;
  int i;
  *pbHave = 0;
  for(i=NW_ICOL_SCORE; i<NW_ICOL_COUNT; i++){
    if( sqlite3_value_type(argv[2+i])!=SQLITE_NULL
     && !sqlite3_value_nochange(argv[2+i]) ){
      nwVtabError(&p->base, "passage_index: only rowid, text and signature "
                  "can be written");
      return SQLITE_ERROR;
    }
  }
  if( sqlite3_value_nochange(pSig) ){
    if( !bText ) return SQLITE_OK;
  }else if( !bSigNull ){
    if( bText ){
      nwVtabError(&p->base, "passage_index: give text or a signature, not "
                  "both");
      return SQLITE_ERROR;
    }
    if( sqlite3_value_type(pSig)!=SQLITE_BLOB ){
      nwVtabError(&p->base, "passage_index: signature must be a BLOB from "
                  "passage_signature()");
      return SQLITE_ERROR;
    }
    *pbHave = 1;
    return indexSignature(p, pSig, aSig);
  }else if( !bText ){
    nwVtabError(&p->base, bInsert
                ? "passage_index: an inserted row needs text or a signature"
                : "passage_index: signature cannot be set to NULL; an "
                  "updated row needs text or a signature");
    return SQLITE_ERROR;
  }
  *pbHave = 1;
  return indexSignature(p, pText, aSig);
}

/* The buckets of rowid's new signature, pending for pidx_band. */
static int indexAddBands(NwIndexVtab *p, sqlite3_int64 rowid,
                         const unsigned char *aSig){
  char *zErr = 0;
  int rc = nwBandsAdd(&p->bands, &p->shape, rowid, aSig, &zErr);
  if( rc && zErr ) nwVtabError(&p->base, "passage_index: %s", zErr);
  sqlite3_free(zErr);
  return rc;
}

/* The row an UPDATE left at the rowid it was given (as SQLite converts
** it: '1e3' is 1000): its rowid and signature. */
static int indexMovedRow(NwIndexVtab *p, sqlite3_value *pRowid,
                         sqlite3_int64 *piRowid, unsigned char *aSig){
  sqlite3_stmt *pStmt = 0;
  const unsigned char *a = 0;
  char *zErr = 0;
  int rc = indexStmt(p, NW_STMT_SIG, &pStmt);
  if( rc ) return rc;
  sqlite3_bind_value(pStmt, 1, pRowid);
  rc = readStoredSignature(p->db, pStmt, p->zName, sqlite3_value_int64(pRowid), &a,
                     &zErr);
  if( rc==SQLITE_ROW ){
    *piRowid = sqlite3_column_int64(pStmt, 1);
    memcpy(aSig, a, NW_SIG_BYTES);
    rc = SQLITE_OK;
  }else if( rc==SQLITE_DONE ){
    zErr = sqlite3_mprintf("%s_sig: the updated row is not at rowid %s",
                           p->zName, sqlite3_value_text(pRowid));
    rc = SQLITE_CORRUPT_VTAB;
  }
  sqlite3_reset(pStmt);
  if( rc ) nwVtabError(&p->base, "passage_index: %s", zErr ? zErr : "out of memory");
  sqlite3_free(zErr);
  return rc;
}

static int indexInsert(NwIndexVtab *p, sqlite3_value **argv,
                       sqlite_int64 *pRowid){
  unsigned char aSig[NW_SIG_BYTES];
  sqlite3_stmt *pStmt = 0;
  int bHave = 0;
  int rc = indexNewSignature(p, argv, 1, aSig, &bHave);
  if( rc ) return rc;
  rc = indexStmt(p, sqlite3_vtab_on_conflict(p->db)==SQLITE_REPLACE
                    ? NW_STMT_REPLACE : NW_STMT_INSERT, &pStmt);
  if( rc ) return rc;
  sqlite3_bind_value(pStmt, 1, argv[1]);
  sqlite3_bind_blob(pStmt, 2, aSig, NW_SIG_BYTES, SQLITE_STATIC);
  rc = stmtRunOnce(p->db, pStmt);
  sqlite3_clear_bindings(pStmt);
  if( rc ) return indexWriteError(p, rc, argv[1]);
  *pRowid = sqlite3_last_insert_rowid(p->db);
  return indexAddBands(p, *pRowid, aSig);
}

/* UPDATE: a new signature, a new rowid, or both, in one statement, so a
** rowid that is taken leaves the row as it was (or replaces the other
** under OR REPLACE). */
static int indexUpdateRow(NwIndexVtab *p, sqlite3_value **argv){
  unsigned char aSig[NW_SIG_BYTES];
  sqlite3_stmt *pStmt = 0;
  int bHave = 0, bMove, rc;
  if( sqlite3_value_type(argv[1])==SQLITE_NULL ){
    nwVtabError(&p->base, "passage_index: rowid must be an integer, got NULL");
    return SQLITE_MISMATCH;
  }
  bMove = sqlite3_value_type(argv[1])!=SQLITE_INTEGER
       || sqlite3_value_int64(argv[1])!=sqlite3_value_int64(argv[0]);
  rc = indexNewSignature(p, argv, 0, aSig, &bHave);
  if( rc || (!bMove && !bHave) ) return rc;
  rc = nwIndexPrepare(p->db, &pStmt, "UPDATE %s \"%w\".\"%w_sig\" SET id=?1%s"
                      " WHERE id=?3",
                      sqlite3_vtab_on_conflict(p->db)==SQLITE_REPLACE
                        ? "OR REPLACE" : "", p->zDb, p->zName,
                      bHave ? ", sig=?2" : "");
  if( rc ) return indexWriteError(p, rc, argv[1]);
  sqlite3_bind_value(pStmt, 1, argv[1]);
  if( bHave ) sqlite3_bind_blob(pStmt, 2, aSig, NW_SIG_BYTES, SQLITE_STATIC);
  sqlite3_bind_value(pStmt, 3, argv[0]);
  rc = stmtRunOnce(p->db, pStmt);
  sqlite3_finalize(pStmt);
  if( rc ) return indexWriteError(p, rc, argv[1]);
  /* the row's buckets under its new rowid (the old entries are dropped
  ** when read: see nw_sql_index_bands.c) */
  {
    sqlite3_int64 iNew = 0;
    rc = indexMovedRow(p, argv[1], &iNew, aSig);
    if( rc==SQLITE_OK ) rc = indexAddBands(p, iNew, aSig);
  }
  return rc;
}

static int indexDelete(NwIndexVtab *p, sqlite3_value *pRowid){
  sqlite3_stmt *pStmt = 0;
  int rc = indexStmt(p, NW_STMT_DELETE, &pStmt);
  if( rc ) return rc;
  sqlite3_bind_value(pStmt, 1, pRowid);
  rc = stmtRunOnce(p->db, pStmt);
  sqlite3_clear_bindings(pStmt);
  return rc ? indexWriteError(p, rc, pRowid) : SQLITE_OK;
}

/* INSERT INTO pidx(pidx) VALUES('rebuild'): _band written again from
** _sig; an index of format 1 gets its _band table first.  'optimize' the
** same, then one segment of it all (one seek per bucket for a MATCH). */
static int indexRebuild(NwIndexVtab *p, int bOptimize){
  char *zErr = 0;
  int rc = nwIndexCheckShadows(p->db, p->zDb, p->zName,
                               NW_CHECK_SCHEMA|NW_CHECK_UPGRADE, 0, &p->shape,
                               &zErr);
  if( rc==SQLITE_OK ){
    indexStmtFinalizeAll(p);
    rc = nwIndexExec(p->db, "CREATE TABLE IF NOT EXISTS \"%w\".\"%w_band\""
                     NW_BAND_LAYOUT ";UPDATE \"%w\".\"%w_config\" SET value=%d"
                     " WHERE key='version'", p->zDb, p->zName, p->zDb,
                     p->zName, NW_INDEX_VERSION);
    if( rc ) zErr = sqlite3_mprintf("%s", sqlite3_errmsg(p->db));
  }
  if( rc==SQLITE_OK ){
    rc = bOptimize ? nwBandsOptimize(&p->bands, &p->shape, &zErr)
                   : nwBandsRebuild(&p->bands, &p->shape, &zErr);
  }
  if( rc ){
    nwVtabError(&p->base, "passage_index: %s: %s", p->zName,
                zErr ? zErr : "out of memory");
  }
  sqlite3_free(zErr);
  p->checked.bValid = 0;
  p->checkedSchema.bValid = 0;
  return rc;
}

/* The command written to the column named after the table, or 0. */
static int indexCommand(NwIndexVtab *p, int argc, sqlite3_value **argv,
                        int *pbCommand){
  sqlite3_value *pCmd;
  *pbCommand = 0;
  if( argc<2+NW_ICOL_COUNT || sqlite3_value_type(argv[0])!=SQLITE_NULL ) return 0;
  pCmd = argv[2+NW_ICOL_MATCH];
  if( sqlite3_value_type(pCmd)==SQLITE_NULL ) return 0;
  *pbCommand = 1;
  if( sqlite3_value_type(pCmd)==SQLITE_TEXT ){
    const char *z = (const char*)sqlite3_value_text(pCmd);
    if( sqlite3_stricmp(z, "rebuild")==0 ) return indexRebuild(p, 0);
    if( sqlite3_stricmp(z, "optimize")==0 ) return indexRebuild(p, 1);
  }
  nwVtabError(&p->base, "passage_index: unknown command '%s'; the commands"
              " are INSERT INTO %s(%s) VALUES('rebuild') and 'optimize'",
              sqlite3_value_text(pCmd) ? (const char*)sqlite3_value_text(pCmd)
              : "", p->zName, p->zName);
  return SQLITE_ERROR;
}

static int indexUpdate(sqlite3_vtab *pVtab, int argc, sqlite3_value **argv,
                       sqlite_int64 *pRowid){
  NwIndexVtab *p = (NwIndexVtab*)pVtab;
  NwIndexStamp now;
  int bCommand = 0;
  int rc = indexCommand(p, argc, argv, &bCommand);
  if( bCommand ) return rc;
  rc = indexStampTake(p, 0, &now);
  if( rc==SQLITE_OK ) rc = indexReady(p, &now);
  if( rc ) return rc;
  if( argc==1 ){
    rc = indexDelete(p, argv[0]);
  }else if( sqlite3_value_type(argv[0])==SQLITE_NULL ){
    rc = indexInsert(p, argv, pRowid);
  }else{
    rc = indexUpdateRow(p, argv);
  }
  /* Only pidx_sig and pidx_band changed since the check: it holds. */
  if( p->checked.bValid ){
    p->checked.nChange = sqlite3_libversion_number()>=3037000
                       ? sqlite3_total_changes64(p->db)
                       : sqlite3_total_changes(p->db);
  }
  return rc;
}

/* A rollback may take back what the checks saw; the pending buckets
** are of rows it took back (they were flushed at the last savepoint). */
static int indexRollback(sqlite3_vtab *pVtab){
  NwIndexVtab *p = (NwIndexVtab*)pVtab;
  nwBandsDiscard(&p->bands);
  p->bInTxn = 0;
  p->checked.bValid = 0;
  p->checkedSchema.bValid = 0;
  return SQLITE_OK;
}
static int indexRollbackTo(sqlite3_vtab *pVtab, int iSavepoint){
  NwIndexVtab *p = (NwIndexVtab*)pVtab;
  (void)iSavepoint;
  nwBandsDiscard(&p->bands);
  p->checked.bValid = 0;
  p->checkedSchema.bValid = 0;
  return SQLITE_OK;
}
static int indexBegin(sqlite3_vtab *pVtab){
  ((NwIndexVtab*)pVtab)->bInTxn = 1;
  return SQLITE_OK;
}
static int indexCommit(sqlite3_vtab *pVtab){
  ((NwIndexVtab*)pVtab)->bInTxn = 0;
  return SQLITE_OK;
}
/* Before the commit, and at each savepoint: the pending buckets into
** _band, so that what is committed is complete and ROLLBACK TO drops
** exactly what is pending. */
static int indexSync(sqlite3_vtab *pVtab){
  return indexFlush((NwIndexVtab*)pVtab);
}
static int indexSavepoint(sqlite3_vtab *pVtab, int iSavepoint){
  (void)iSavepoint;
  return indexFlush((NwIndexVtab*)pVtab);
}
static int indexRelease(sqlite3_vtab *pVtab, int iSavepoint){
  (void)pVtab; (void)iSavepoint;
  return SQLITE_OK;
}

/* ------------------------------------------------------------ queries */

/* The rowids the band lookup gives (stale rows and all), each once with
** the bands it came from: a copy stored many times comes once per band
** and segment, so the list is made unique whenever it has grown by
** NW_CANDIDATES_STEP, and its unique size is what NW_INDEX_MAX_CANDIDATES
** bounds. */
#define NW_CANDIDATES_STEP (1<<18)
typedef struct Candidate Candidate;
struct Candidate {
  sqlite3_int64 rowid;
  sqlite3_uint64 aMask[NW_SIG_K/64];   /* the bands it was found in */
};
typedef struct Candidates Candidates;
struct Candidates {
  Candidate *a;
  int n, nAlloc, nUnique;              /* a[0..nUnique) sorted, unique */
};

static int cmpCandidate(const void *a, const void *b){
  sqlite3_int64 x = ((const Candidate*)a)->rowid;
  sqlite3_int64 y = ((const Candidate*)b)->rowid;
  return x<y ? -1 : x>y;
}

/* Sort by rowid, one entry per rowid with the bands of all its entries. */
static void candidatesUnique(Candidates *p){
  int i, j, n = 0;
  if( p->n>1 ) qsort(p->a, (size_t)p->n, sizeof(Candidate), cmpCandidate);
  for(i=0; i<p->n; i++){
    if( n>0 && p->a[i].rowid==p->a[n-1].rowid ){
      for(j=0; j<NW_SIG_K/64; j++) p->a[n-1].aMask[j] |= p->a[i].aMask[j];
    }else{
      p->a[n++] = p->a[i];
    }
  }
  p->n = p->nUnique = n;
}

static int collectCandidate(void *pArg, int iBand, sqlite3_int64 rowid){
  Candidates *p = (Candidates*)pArg;
  if( p->n >= p->nUnique + NW_CANDIDATES_STEP ){
    candidatesUnique(p);
    if( p->n>=NW_INDEX_MAX_CANDIDATES ) return SQLITE_TOOBIG;
  }
  if( nwArrayGrow((void**)&p->a, &p->nAlloc, p->n+1, sizeof(Candidate)) ){
    return SQLITE_NOMEM;
  }
  memset(&p->a[p->n], 0, sizeof(Candidate));
  p->a[p->n].rowid = rowid;
  if( iBand>=0 && iBand<NW_SIG_K ){
    p->a[p->n].aMask[iBand/64] = (sqlite3_uint64)1 << (iBand%64);
  }
  p->n++;
  return SQLITE_OK;
}


static int cmpHit(const void *a, const void *b){
  const NwHit *x = a, *y = b;
  if( x->score!=y->score ) return x->score>y->score ? -1 : 1;
  return x->rowid<y->rowid ? -1 : x->rowid>y->rowid;
}

/* The candidates whose stored signature shares a band with aQuery, with
** their scores (a deleted row has none; a rewritten one may share no
** band any more). */
static int verifyCandidates(NwIndexVtab *p, const unsigned char *aQuery,
                            const Candidates *pCand, NwHit *aHit, int *pnHit){
  sqlite3_stmt *pStmt = 0;
  char *zErr = 0;
  int i, n = 0, rc = indexStmt(p, NW_STMT_SIG, &pStmt);
  for(i=0; rc==SQLITE_OK && i<pCand->n; i++){
    const unsigned char *aSig = 0;
    sqlite3_bind_int64(pStmt, 1, pCand->a[i].rowid);
    rc = readStoredSignature(p->db, pStmt, p->zName, pCand->a[i].rowid, &aSig, &zErr);
    if( rc==SQLITE_ROW ){
      double score = nwSignatureSimilarity(aQuery, aSig);
      if( score>=1.0/NW_SIG_K && nwLshShareBand(aQuery, aSig, &p->shape) ){
        aHit[n].rowid = pCand->a[i].rowid;
        aHit[n++].score = score;
      }
    }
    sqlite3_reset(pStmt);
    if( rc==SQLITE_ROW || rc==SQLITE_DONE ) rc = SQLITE_OK;
  }
  if( rc && zErr ) nwVtabError(&p->base, "passage_index: %s", zErr);
  sqlite3_free(zErr);
  *pnHit = n;
  return rc;
}

static int indexMatch(NwIndexCursor *pCur, sqlite3_value *pQuery, int k){
  NwIndexVtab *p = (NwIndexVtab*)pCur->base.pVtab;
  unsigned char aQuery[NW_SIG_BYTES];
  Candidates cand;
  NwHit *aHit = 0;
  char *zErr = 0;
  int nHit = 0, rc;
  if( sqlite3_value_type(pQuery)==SQLITE_NULL ) return SQLITE_OK;
  rc = indexSignature(p, pQuery, aQuery);
  if( rc ) return rc;
  memset(&cand, 0, sizeof(cand));
  rc = nwBandsLookup(&p->bands, &p->shape, aQuery, collectCandidate, &cand,
                     &zErr);
  if( rc ){
    if( rc==SQLITE_TOOBIG ){
      nwVtabError(&p->base, "passage_index: the query shares buckets with "
                  "more than %d distinct stored passages",
                  NW_INDEX_MAX_CANDIDATES);
    }else if( zErr ){
      nwVtabError(&p->base, "passage_index: %s", zErr);
    }
    sqlite3_free(zErr);
    sqlite3_free(cand.a);
    return rc;
  }
  candidatesUnique(&cand);
  if( cand.n ){
    aHit = sqlite3_malloc64(sizeof(NwHit)*(sqlite3_uint64)cand.n);
    rc = aHit ? verifyCandidates(p, aQuery, &cand, aHit, &nHit) : SQLITE_NOMEM;
  }
  sqlite3_free(cand.a);
  if( rc ){
    sqlite3_free(aHit);
    return rc;
  }
  if( nHit>1 ) qsort(aHit, (size_t)nHit, sizeof(NwHit), cmpHit);
  pCur->aHit = aHit;
  pCur->nHit = nHit<k ? nHit : k;
  return SQLITE_OK;
}

static int indexOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCur){
  NwIndexCursor *pCur = sqlite3_malloc64(sizeof(*pCur));
  if( pCur==0 ) return SQLITE_NOMEM;
  memset(pCur, 0, sizeof(*pCur));
  pCur->iSerial = ++((NwIndexVtab*)pVtab)->iLastCursor;
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

static int indexEof(sqlite3_vtab_cursor *cur){
  return ((NwIndexCursor*)cur)->bEof;
}

static int indexNext(sqlite3_vtab_cursor *cur){
  NwIndexCursor *pCur = (NwIndexCursor*)cur;
  if( pCur->pScan ){
    int rc = sqlite3_step(pCur->pScan);
    pCur->bEof = (rc!=SQLITE_ROW);
    if( rc==SQLITE_ROW || rc==SQLITE_DONE ) return SQLITE_OK;
    nwVtabError(cur->pVtab, "passage_index: %s",
                sqlite3_errmsg(((NwIndexVtab*)cur->pVtab)->db));
    return rc;
  }
  pCur->iHit++;
  pCur->bEof = pCur->iHit>=pCur->nHit;
  return SQLITE_OK;
}

static int indexFilter(sqlite3_vtab_cursor *cur, int idxNum,
                       const char *idxStr, int argc, sqlite3_value **argv){
  NwIndexCursor *pCur = (NwIndexCursor*)cur;
  NwIndexVtab *p = (NwIndexVtab*)cur->pVtab;
  NwIndexStamp now;
  int rc, iArg = 0;
  (void)idxStr; (void)argc;
  indexCursorReset(pCur);
  rc = indexStampTake(p, pCur->iSerial, &now);
  if( rc==SQLITE_OK ) rc = indexReady(p, &now);
  if( rc ) return rc;
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
  rc = nwIndexPrepare(p->db, &pCur->pScan, "SELECT id, sig FROM \"%w\".\"%w_sig\""
                      "%s ORDER BY id", p->zDb, p->zName,
                      (idxNum & 4) ? " WHERE id=?" : "");
  if( rc ){
    nwVtabError(cur->pVtab, "passage_index: %s", sqlite3_errmsg(p->db));
    return rc;
  }
  if( idxNum & 4 ) sqlite3_bind_value(pCur->pScan, 1, argv[0]);
  pCur->bEof = 0;
  return indexNext(cur);
}

static int indexColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int i){
  NwIndexCursor *pCur = (NwIndexCursor*)cur;
  NwIndexVtab *p = (NwIndexVtab*)cur->pVtab;
  /* An UPDATE that leaves the column alone need not read it. */
  if( sqlite3_vtab_nochange(ctx) ) return SQLITE_OK;
  if( pCur->pScan ){
    if( i==NW_ICOL_SIGNATURE ){
      sqlite3_value *pSig = sqlite3_column_value(pCur->pScan, 1);
      const char *zWhy = 0;
      if( nwSigCheckStored(pSig, &zWhy) ){
        char *zErr = sqlite3_mprintf("passage_index: %s_sig: rowid %lld "
                                     "holds a corrupt signature (%s); delete"
                                     " the row or write it again",
                                     p->zName, sqlite3_column_int64(
                                     pCur->pScan, 0), zWhy);
        sqlite3_result_error(ctx, zErr ? zErr : "out of memory", -1);
        sqlite3_free(zErr);
        return SQLITE_ERROR;
      }
      sqlite3_result_value(ctx, pSig);
    }
    return SQLITE_OK;
  }
  if( i==NW_ICOL_SCORE ){
    sqlite3_result_double(ctx, pCur->aHit[pCur->iHit].score);
  }else if( i==NW_ICOL_SIGNATURE ){
    sqlite3_stmt *pStmt = 0;
    int rc = indexStmt(p, NW_STMT_SIG, &pStmt);
    if( rc ) return rc;
    sqlite3_bind_int64(pStmt, 1, pCur->aHit[pCur->iHit].rowid);
    rc = sqlite3_step(pStmt);
    if( rc==SQLITE_ROW ){
      sqlite3_result_value(ctx, sqlite3_column_value(pStmt, 0));
    }else if( rc!=SQLITE_DONE ){
      sqlite3_result_error(ctx, sqlite3_errmsg(p->db), -1);
    }
    rc = sqlite3_reset(pStmt);
    if( rc ) return rc;
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

const sqlite3_module nwPassageIndexModule = {
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
  .xBegin = indexBegin,
  .xSync = indexSync,
  .xCommit = indexCommit,
  .xRollback = indexRollback,
  .xRename = indexRename,
  .xSavepoint = indexSavepoint,
  .xRelease = indexRelease,
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
** and time follow the new passages, plus one read of the signatures; or,
** for a batch tiny beside the index, from the stored buckets of the new
** passages (pairsSinceBands(): no other signature read but their
** candidates'), whichever the counts say is cheaper (pairsByBands()).
*/
#define NW_PAIRS_DEFAULT_THRESHOLD 0.5

typedef struct NwPairsCursor NwPairsCursor;
typedef struct NwPair NwPair;
struct NwPair {
  sqlite3_int64 a, b;
  double score;
};
struct NwPairsCursor {
  NwTvfCursor base;
  NwPair *a;                     /* every pair, row iRow is a[iRow-1] */
  int n, nAlloc;
  const sqlite3_int64 *aRowid;   /* during the computation only */
  sqlite3_int64 iSince;          /* pairs with b below this are dropped */
};

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

/* The whole set: every signature in memory, pairs band after band. */
static int pairsAll(NwPairsCursor *pCur, sqlite3 *db, const char *zDb,
                    const char *zName, const NwLshShape *pShape,
                    double threshold, char **pzErr){
  unsigned char *aSig = 0;
  sqlite3_int64 *aRowid = 0;
  NwSigSet set;
  int n = 0;
  int rc = nwSigLoad(db, zDb, zName, NW_ALL_ROWS, &aSig, &aRowid, &n,
                     pzErr);
  if( rc==SQLITE_OK ){
    set.aSig = aSig;
    set.n = n;
    set.shape = *pShape;
    pCur->aRowid = aRowid;
    rc = nwLshPairs(&set, threshold, collectPair, pCur);
    pCur->aRowid = 0;
  }
  sqlite3_free(aSig);
  sqlite3_free(aRowid);
  return rc;
}

/* The table zDb.zName as connected here, if it is: its pending buckets
** are part of the index until they are flushed. */
static NwIndexVtab *indexFind(NwContext *pCtx, const char *zDb,
                              const char *zName){
  NwIndexVtab *p;
  for(p=pCtx->pIndexes; p; p=p->pNext){
    if( sqlite3_stricmp(p->zDb, zDb)==0 && sqlite3_stricmp(p->zName, zName)==0 ){
      return p;
    }
  }
  return 0;
}

/* One candidate of a new passage, checked: the bands on which its stored
** signature really agrees with the new one, and the score. */
typedef struct Checked Checked;
struct Checked {
  sqlite3_uint64 aShared[NW_SIG_K/64];
  double score;
};

/* The pairs of new passage (rowid, aSig), found as the streaming path
** finds them: a candidate shares a band with it (the slots compared, not
** the hash: stale and colliding entries drop out) whose bucket holds at
** most NW_LSH_MAX_BUCKET new passages (rowid >= iSince; counted over the
** checked candidates, so as the stream counts them), and scores at least
** threshold; a pair of two new passages is taken from the lower. */
static int pairsOfNew(NwPairsCursor *pCur, NwBands *pBands,
                      const NwLshShape *pShape, sqlite3 *db,
                      sqlite3_stmt *pSig, const char *zName,
                      sqlite3_int64 rowid, const unsigned char *aSig,
                      sqlite3_int64 iSince, double threshold,
                      Candidates *pCand, char **pzErr){
  int aNew[NW_SIG_K];
  Checked *aChk = 0;
  int i, b, rc;
  pCand->n = pCand->nUnique = 0;
  rc = nwBandsLookup(pBands, pShape, aSig, collectCandidate, pCand, pzErr);
  if( rc ) return rc;
  candidatesUnique(pCand);
  if( pCand->n==0 ) return SQLITE_OK;
  aChk = sqlite3_malloc64(sizeof(Checked)*(sqlite3_uint64)pCand->n);
  if( aChk==0 ) return SQLITE_NOMEM;
  memset(aChk, 0, sizeof(Checked)*(size_t)pCand->n);
  for(b=0; b<NW_SIG_K; b++) aNew[b] = 1;        /* the new passage itself */
  for(i=0; rc==SQLITE_OK && i<pCand->n; i++){
    const Candidate *c = &pCand->a[i];
    const unsigned char *aC = 0;
    if( c->rowid==rowid ) continue;
    sqlite3_bind_int64(pSig, 1, c->rowid);
    rc = readStoredSignature(db, pSig, zName, c->rowid, &aC, pzErr);
    if( rc==SQLITE_ROW ){
      for(b=0; b<pShape->nBand; b++){
        if( ((c->aMask[b/64] >> (b%64)) & 1)
         && nwLshBandKey(aSig, pShape->nRow, b)==nwLshBandKey(aC, pShape->nRow, b) ){
          aChk[i].aShared[b/64] |= (sqlite3_uint64)1 << (b%64);
          if( c->rowid>=iSince ) aNew[b]++;
        }
      }
      aChk[i].score = nwSignatureSimilarity(aSig, aC);
    }
    sqlite3_reset(pSig);
    if( rc==SQLITE_ROW || rc==SQLITE_DONE ) rc = SQLITE_OK;
  }
  for(i=0; rc==SQLITE_OK && i<pCand->n; i++){
    sqlite3_int64 c = pCand->a[i].rowid;
    int bShared = 0;
    if( c==rowid || (c>=iSince && c<rowid) || aChk[i].score<threshold ) continue;
    for(b=0; !bShared && b<pShape->nBand; b++){
      bShared = ((aChk[i].aShared[b/64] >> (b%64)) & 1) && aNew[b]<=NW_LSH_MAX_BUCKET;
    }
    if( bShared ) rc = addPair(pCur, c, rowid, aChk[i].score);
  }
  sqlite3_free(aChk);
  return rc;
}

/* The pairs with b >= iSince from the stored buckets of the new passages
** only: no other signature is read but those of their candidates. */
static int pairsSinceBands(NwPairsCursor *pCur, sqlite3 *db, const char *zDb,
                           const char *zName, const NwLshShape *pShape,
                           NwBands *pBands, sqlite3_int64 iSince,
                           double threshold, char **pzErr){
  sqlite3_stmt *pScan = 0, *pSig = 0;
  Candidates cand;
  const unsigned char *aSig;
  sqlite3_int64 rowid;
  int rc = nwSigScanOpen(db, zDb, zName, iSince, &pScan, pzErr);
  memset(&cand, 0, sizeof(cand));
  if( rc==SQLITE_OK ){
    rc = nwIndexPrepare(db, &pSig, "SELECT sig FROM \"%w\".\"%w_sig\" WHERE"
                        " id=?1", zDb, zName);
    if( rc ) *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(db));
  }
  while( rc==SQLITE_OK
      && (rc = nwSigScanStep(db, pScan, zName, &aSig, &rowid, pzErr))==SQLITE_ROW ){
    rc = pairsOfNew(pCur, pBands, pShape, db, pSig, zName, rowid, aSig, iSince,
                    threshold, &cand, pzErr);
  }
  if( rc==SQLITE_DONE ) rc = SQLITE_OK;
  if( rc==SQLITE_TOOBIG && *pzErr==0 ){
    *pzErr = sqlite3_mprintf("a new passage shares buckets with more than %d"
                             " distinct stored ones", NW_INDEX_MAX_CANDIDATES);
  }
  sqlite3_free(cand.a);
  sqlite3_finalize(pSig);
  sqlite3_finalize(pScan);
  return rc;
}

/* Seeks a lookup costs for each stored signature a scan reads: a seek
** and its chunk against one signature streamed past (measured). */
#define NW_SEEK_COST 8

/* Is reading the buckets of the new passages cheaper than streaming every
** signature past them?  nNew lookups of one seek per band and segment
** (and a read of level 0) against nAll signatures read. */
static int pairsByBands(NwBands *pBands, const NwLshShape *pShape,
                        sqlite3_int64 nNew, sqlite3_int64 nAll, char **pzErr,
                        int *pbBands){
  int nSeg = 0, nLevel0 = 0;
  int rc = nwBandsSegments(pBands, &nSeg, &nLevel0, pzErr);
  *pbBands = rc==SQLITE_OK && nNew*((sqlite3_int64)pShape->nBand*(nSeg+1)
                                    + nLevel0)*NW_SEEK_COST < nAll;
  return rc;
}

/* The pairs with b >= iSince (see the comment at the top).  When the new
** passages are a quarter of the index or more, listing every pair band
** after band is cheaper than probing, and is done instead: the counts
** decide before any signature is read. */
/* How passage_pairs(..., since) finds the pairs of the new passages. */
#define NW_PAIRS_AUTO  0        /* the cheaper of the two, by counts */
#define NW_PAIRS_BANDS 1        /* their stored buckets (pairsSinceBands) */
#define NW_PAIRS_SCAN  2        /* every signature streamed past them */

static int pairsSince(NwPairsCursor *pCur, sqlite3 *db, NwContext *pCtx,
                      const char *zDb, const char *zName,
                      const NwLshShape *pShape, sqlite3_int64 iSince,
                      double threshold, int eMethod, char **pzErr){
  unsigned char *aNew = 0;
  sqlite3_int64 *aRowid = 0, nAll = 0, nNew = 0;
  NwLshIndex *pLsh = 0;
  sqlite3_stmt *pStmt = 0;
  NwSigSet set;
  PairProbe probe;
  const unsigned char *aSig;
  int n = 0, rc;
  rc = nwSigCount(db, zDb, zName, NW_ALL_ROWS, &nAll, pzErr);
  if( rc==SQLITE_OK ) rc = nwSigCount(db, zDb, zName, iSince, &nNew, pzErr);
  if( rc || nNew==0 ) return rc;
  if( nNew*4 >= nAll && eMethod==NW_PAIRS_AUTO ){
    pCur->iSince = iSince;
    return pairsAll(pCur, db, zDb, zName, pShape, threshold, pzErr);
  }
  if( eMethod!=NW_PAIRS_SCAN ){
    NwIndexVtab *pTab = indexFind(pCtx, zDb, zName);
    NwBands own;
    NwBands *pBands = pTab ? &pTab->bands : &own;
    int bBands = eMethod==NW_PAIRS_BANDS;
    if( pTab==0 ) nwBandsInit(&own, db, zDb, zName);
    if( !bBands ) rc = pairsByBands(pBands, pShape, nNew, nAll, pzErr, &bBands);
    if( rc==SQLITE_OK && bBands ){
      rc = pairsSinceBands(pCur, db, zDb, zName, pShape, pBands, iSince,
                           threshold, pzErr);
    }
    if( pTab==0 ) nwBandsFree(&own);
    if( rc || bBands ) return rc;
  }
  rc = nwSigLoad(db, zDb, zName, iSince, &aNew, &aRowid, &n, pzErr);
  if( rc==SQLITE_OK ){
    set.aSig = aNew;
    set.n = n;
    set.shape = *pShape;
    rc = nwLshBuild(&set, &pLsh)==NW_OK ? SQLITE_OK : SQLITE_NOMEM;
  }
  if( rc==SQLITE_OK ) rc = nwSigScanOpen(db, zDb, zName, NW_ALL_ROWS, &pStmt,
                                         pzErr);
  probe.pCur = pCur;
  probe.iSelf = -1;
  pCur->aRowid = aRowid;
  while( rc==SQLITE_OK && (rc = nwSigScanStep(db, pStmt, zName, &aSig,
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

/* Is zDb.zName a passage_index, by its row in sqlite_schema?  *pbIs is
** set; an error only if sqlite_schema cannot be read (with *pzErr). */
static int pairsIsIndex(sqlite3 *db, const char *zDb, const char *zName,
                        int *pbIs, char **pzErr){
  sqlite3_stmt *pStmt = 0;
  int rc = nwIndexPrepare(db, &pStmt, "SELECT sql FROM \"%w\".sqlite_schema"
                          " WHERE type='table' AND name=%Q COLLATE NOCASE",
                          zDb, zName);
  *pbIs = 0;
  if( rc ){
    *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(db));
    return rc;
  }
  while( !*pbIs && sqlite3_step(pStmt)==SQLITE_ROW ){
    *pbIs = nwIndexSqlIsModule((const char*)sqlite3_column_text(pStmt, 0),
                               zName);
  }
  rc = sqlite3_finalize(pStmt);
  if( rc ) *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(db));
  return rc;
}

/* "schema.name" or "name" (schema main), split; NULL on OOM. */
static int splitIndexName(const char *zArg, char **pzDb, char **pzName){
  const char *zDot = strchr(zArg, '.');
  *pzDb = zDot ? sqlite3_mprintf("%.*s", (int)(zDot-zArg), zArg)
               : sqlite3_mprintf("main");
  *pzName = sqlite3_mprintf("%s", zDot ? zDot+1 : zArg);
  return (*pzDb && *pzName) ? SQLITE_OK : SQLITE_NOMEM;
}

/* threshold, since and method from the arguments, checked. */
static int pairsOptions(NwTvfCursor *pCur, sqlite3_value **apArg,
                        double *pThreshold, sqlite3_int64 *piSince,
                        int *peMethod){
  if( apArg[1] && sqlite3_value_type(apArg[1])!=SQLITE_NULL ){
    *pThreshold = sqlite3_value_double(apArg[1]);
    if( !(*pThreshold>0.0 && *pThreshold<=1.0) ){
      nwTvfError(pCur, "threshold must be in (0, 1], got %s",
                 sqlite3_value_text(apArg[1]));
      return SQLITE_ERROR;
    }
  }
  if( apArg[2] && sqlite3_value_type(apArg[2])!=SQLITE_NULL ){
    if( sqlite3_value_type(apArg[2])!=SQLITE_INTEGER ){
      nwTvfError(pCur, "since must be an integer rowid, got %s",
                 sqlite3_value_text(apArg[2]));
      return SQLITE_ERROR;
    }
    *piSince = sqlite3_value_int64(apArg[2]);
  }
  if( apArg[3] && sqlite3_value_type(apArg[3])!=SQLITE_NULL ){
    static const char *const azMethod[] = { "auto", "bands", "scan" };
    const char *z = (const char*)sqlite3_value_text(apArg[3]);
    int i;
    for(i=0; z && i<3 && sqlite3_stricmp(z, azMethod[i])!=0; i++){}
    if( z==0 || i==3 ){
      nwTvfError(pCur, "method must be 'auto', 'bands' or 'scan', got %s",
                 z ? z : "a BLOB");
      return SQLITE_ERROR;
    }
    *peMethod = i;
  }
  return SQLITE_OK;
}

/* zDb.zName, checked to be a usable passage_index; an error names zArg. */
static int pairsCheckIndex(NwTvfCursor *pCur, const char *zArg,
                           const char *zDb, const char *zName,
                           NwLshShape *pShape, char **pzErr){
  sqlite3 *db = pCur->pTab->db;
  int bIndex = 0, rc = SQLITE_OK;
  if( sqlite3_db_filename(db, zDb)==0 ){
    nwTvfError(pCur, "'%s' is not a passage_index: no database named %s is "
               "attached", zArg, zDb);
    return SQLITE_ERROR;
  }
  rc = pairsIsIndex(db, zDb, zName, &bIndex, pzErr);
  if( rc==SQLITE_OK && !bIndex ){
    nwTvfError(pCur, "'%s' is not a passage_index; give the name of a table "
               "made by CREATE VIRTUAL TABLE ... USING passage_index()", zArg);
    return SQLITE_ERROR;
  }
  if( rc==SQLITE_OK ) rc = nwIndexCheckShadows(db, zDb, zName, NW_CHECK_SCHEMA, 0,
                                                 pShape, pzErr);
  return rc;
}

static int pairsStart(NwTvfCursor *cur, sqlite3_value **apArg){
  NwPairsCursor *pCur = (NwPairsCursor*)cur;
  sqlite3 *db = cur->pTab->db;
  const char *zArg = (const char*)sqlite3_value_text(apArg[0]);
  char *zDb = 0, *zName = 0, *zErr = 0;
  double threshold = NW_PAIRS_DEFAULT_THRESHOLD;
  sqlite3_int64 iSince = NW_ALL_ROWS;
  NwLshShape shape = {0, 0};
  int eMethod = NW_PAIRS_AUTO;
  int rc = pairsOptions(cur, apArg, &threshold, &iSince, &eMethod);
  if( rc ) return rc;
  if( zArg==0 ) return SQLITE_NOMEM;
  rc = splitIndexName(zArg, &zDb, &zName);
  if( rc==SQLITE_OK ) rc = pairsCheckIndex(cur, zArg, zDb, zName, &shape, &zErr);
  if( rc==SQLITE_OK ){
    rc = iSince==NW_ALL_ROWS
       ? pairsAll(pCur, db, zDb, zName, &shape, threshold, &zErr)
       : pairsSince(pCur, db, cur->pTab->pCtx, zDb, zName, &shape, iSince,
                    threshold, eMethod, &zErr);
  }
  if( rc==SQLITE_OK && pCur->n>1 ){
    qsort(pCur->a, (size_t)pCur->n, sizeof(NwPair), cmpPair);
  }else if( rc && zErr ){
    nwTvfError(cur, "'%s': %s", zArg, zErr);
  }
  sqlite3_free(zErr);
  sqlite3_free(zDb);
  sqlite3_free(zName);
  return rc;
}

static int pairsNext(NwTvfCursor *cur){
  return cur->iRow < ((NwPairsCursor*)cur)->n ? NW_ROW : NW_DONE;
}

static int pairsColumn(NwTvfCursor *cur, sqlite3_context *ctx, int i){
  const NwPair *p = &((NwPairsCursor*)cur)->a[cur->iRow-1];
  switch( i ){
    case 0: sqlite3_result_int64(ctx, p->a); break;
    case 1: sqlite3_result_int64(ctx, p->b); break;
    case 2: sqlite3_result_double(ctx, p->score); break;
  }
  return SQLITE_OK;
}

static void pairsReset(NwTvfCursor *cur){
  NwPairsCursor *pCur = (NwPairsCursor*)cur;
  sqlite3_free(pCur->a);
  pCur->a = 0;
  pCur->n = pCur->nAlloc = 0;
  pCur->iSince = NW_ALL_ROWS;
}

const NwTvfDef nwPassagePairsTvf = {
  .zName = "passage_pairs",
  .zSchema = "CREATE TABLE x(a INTEGER, b INTEGER, score REAL,"
             " index_name HIDDEN, threshold HIDDEN, since HIDDEN,"
             " method HIDDEN)",
  .nCol = 3, .nArg = 4, .nArgRequired = 1,
  .zUsage = "passage_pairs('index' [, threshold [, since [, method]]])",
  .azMissing = { "the index name" },
  .zFailed = "could not read the index",
  .bInnocuous = 0,             /* it reads the tables its argument names */
  .szCursor = sizeof(NwPairsCursor),
  .xStart = pairsStart, .xNext = pairsNext, .xColumn = pairsColumn,
  .xReset = pairsReset,
};

/*
**     SELECT band, key, id FROM passage_bands('pidx' [, since]);
**
** The band keys of every signature stored in a passage_index (with since:
** of those with rowid >= since), one row per band: as many rows per
** passage as the index has bands (64, or 85 with threshold=0.3), in rowid
** order, then band order.  Two passages are candidates
** of passage_pairs() when they share a (band, key), so grouping these rows
** by (band, key) in any engine gives the same candidates from indexes in
** many databases (shards) that no one memory holds: the band keys depend
** on the signature alone (same seeds, same version everywhere).  An empty
** signature (no features) has no row, as it joins no bucket.  Streams:
** one signature in memory at a time.
*/
typedef struct NwBandsCursor NwBandsCursor;
struct NwBandsCursor {
  NwTvfCursor base;
  sqlite3_stmt *pScan;           /* the signatures, in rowid order */
  char *zName;                   /* the index, for messages */
  const unsigned char *aSig;     /* the current one (owned by pScan) */
  sqlite3_int64 iId;
  int iBand;
  NwLshShape shape;              /* the index's bands */
};

static int bandsStart(NwTvfCursor *cur, sqlite3_value **apArg){
  NwBandsCursor *pCur = (NwBandsCursor*)cur;
  sqlite3 *db = cur->pTab->db;
  const char *zArg = (const char*)sqlite3_value_text(apArg[0]);
  char *zDb = 0, *zErr = 0;
  sqlite3_int64 iSince = NW_ALL_ROWS;
  int rc;
  if( apArg[1] && sqlite3_value_type(apArg[1])!=SQLITE_NULL ){
    if( sqlite3_value_type(apArg[1])!=SQLITE_INTEGER ){
      nwTvfError(cur, "since must be an integer rowid, got %s",
                 sqlite3_value_text(apArg[1]));
      return SQLITE_ERROR;
    }
    iSince = sqlite3_value_int64(apArg[1]);
  }
  if( zArg==0 ) return SQLITE_NOMEM;
  rc = splitIndexName(zArg, &zDb, &pCur->zName);
  if( rc==SQLITE_OK ){
    rc = pairsCheckIndex(cur, zArg, zDb, pCur->zName, &pCur->shape, &zErr);
  }
  if( rc==SQLITE_OK ){
    rc = nwSigScanOpen(db, zDb, pCur->zName, iSince, &pCur->pScan, &zErr);
  }
  if( rc && zErr ) nwTvfError(cur, "'%s': %s", zArg, zErr);
  pCur->iBand = pCur->shape.nBand;     /* the first xNext reads a signature */
  sqlite3_free(zErr);
  sqlite3_free(zDb);
  return rc;
}

static int bandsNext(NwTvfCursor *cur){
  NwBandsCursor *pCur = (NwBandsCursor*)cur;
  char *zErr = 0;
  int rc;
  if( pCur->iBand+1<pCur->shape.nBand ){
    pCur->iBand++;
    return NW_ROW;
  }
  do{
    rc = nwSigScanStep(cur->pTab->db, pCur->pScan, pCur->zName, &pCur->aSig,
                       &pCur->iId, &zErr);
  }while( rc==SQLITE_ROW && nwSignatureFeatures(pCur->aSig)==0 );
  if( rc==SQLITE_ROW ){
    pCur->iBand = 0;
    return NW_ROW;
  }
  if( rc==SQLITE_DONE ) return NW_DONE;
  if( zErr ) nwTvfError(cur, "'%s': %s", pCur->zName, zErr);
  sqlite3_free(zErr);
  return rc;
}

static int bandsColumn(NwTvfCursor *cur, sqlite3_context *ctx, int i){
  const NwBandsCursor *pCur = (const NwBandsCursor*)cur;
  switch( i ){
    case 0: sqlite3_result_int(ctx, pCur->iBand); break;
    case 1: sqlite3_result_int64(ctx,
              (sqlite3_int64)nwLshBandKey(pCur->aSig, pCur->shape.nRow,
                                          pCur->iBand)); break;
    case 2: sqlite3_result_int64(ctx, pCur->iId); break;
  }
  return SQLITE_OK;
}

static void bandsReset(NwTvfCursor *cur){
  NwBandsCursor *pCur = (NwBandsCursor*)cur;
  sqlite3_finalize(pCur->pScan);
  sqlite3_free(pCur->zName);
  pCur->pScan = 0;
  pCur->zName = 0;
  pCur->aSig = 0;
}

const NwTvfDef nwPassageBandsTvf = {
  .zName = "passage_bands",
  .zSchema = "CREATE TABLE x(band INTEGER, key INTEGER, id INTEGER,"
             " index_name HIDDEN, since HIDDEN)",
  .nCol = 3, .nArg = 2, .nArgRequired = 1,
  .zUsage = "passage_bands('index' [, since])",
  .azMissing = { "the index name" },
  .zFailed = "could not read the index",
  .bInnocuous = 0,             /* it reads the tables its argument names */
  .szCursor = sizeof(NwBandsCursor),
  .xStart = bandsStart, .xNext = bandsNext, .xColumn = bandsColumn,
  .xReset = bandsReset,
};
