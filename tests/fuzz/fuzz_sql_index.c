/* libFuzzer target: writes to a passage_index, against a model.
** Input: operations separated by 0x1E; each is OP SLOT TEXT: OP one byte,
** SLOT one byte (rowid 1 + SLOT % 8), TEXT the rest.
**   i  INSERT INTO pidx(rowid, text)            (a used rowid: an error)
**   I  INSERT OR IGNORE ...(rowid, text)        (a used rowid: unchanged)
**   r  INSERT OR REPLACE ...(rowid, text)
**   s  INSERT INTO pidx(rowid, signature) VALUES(?, passage_signature(?))
**   u  UPDATE pidx SET text = ? WHERE rowid = ?
**   U  UPDATE pidx SET signature = passage_signature(?) WHERE rowid = ?
**   d  DELETE FROM pidx WHERE rowid = ?
**   b, c, x  BEGIN, COMMIT, ROLLBACK
**   m  MATCH TEXT with k = 10          p  passage_pairs('pidx', 0.5)
**   q  passage_pairs('pidx', 0.3, since SLOT) by 'bands' and by 'scan'
** The model is the rowid -> passage_signature(text) map those statements
** should leave.  After every write the table (SELECT rowid, signature) must
** equal it; MATCH and passage_pairs() may return only stored rowids, with
** scores in [0, 1]; MATCH returns exactly the stored rows that share a
** band with the query (the buckets read from pidx_band, pending or
** merged, against the model's signatures); the two ways of q give the
** same rows.  Fresh index per input. */
#include "fuzz_sql.h"
#include "nw_lsh.h"

#define N_SLOT 8

typedef struct Model Model;
struct Model {
  int aUsed[N_SLOT];
  uint8_t aSig[N_SLOT][524];
  int anSig[N_SLOT];
};

/* passage_signature(z) into a[], its size in *pn. */
static void signatureOf(const uint8_t *z, size_t n, uint8_t *a, int *pn){
  static sqlite3_stmt *p = 0;
  fuzzPrepare(&p, "SELECT passage_signature(?1)");
  fuzzBindText(p, 1, z, n);
  if( sqlite3_step(p)!=SQLITE_ROW || sqlite3_column_bytes(p, 0)>524 ){
    fuzzFail("passage_signature()", sqlite3_errmsg(fuzzDb()));
  }
  *pn = sqlite3_column_bytes(p, 0);
  memcpy(a, sqlite3_column_blob(p, 0), (size_t)*pn);
  sqlite3_reset(p);
}

/* The table must hold exactly the model. */
static void checkModel(const Model *m, const char *zOp){
  static sqlite3_stmt *p = 0;
  int seen[N_SLOT] = {0}, i, rc;
  fuzzPrepare(&p, "SELECT rowid, signature FROM pidx");
  while( (rc = sqlite3_step(p))==SQLITE_ROW ){
    sqlite3_int64 iRow = sqlite3_column_int64(p, 0);
    int k = (int)(iRow-1);
    fuzzReadRow(p);
    if( iRow<1 || iRow>N_SLOT || !m->aUsed[k] ){
      fprintf(stderr, "fuzz: after %s: rowid %lld\n", zOp, iRow);
      fuzzFail("index holds a rowid that was never stored or was deleted", 0);
    }
    if( sqlite3_column_bytes(p, 1)!=m->anSig[k]
     || memcmp(sqlite3_column_blob(p, 1), m->aSig[k], (size_t)m->anSig[k]) ){
      fprintf(stderr, "fuzz: after %s: rowid %lld\n", zOp, iRow);
      fuzzFail("stored signature is not the one last written", 0);
    }
    seen[k] = 1;
  }
  sqlite3_reset(p);
  if( rc!=SQLITE_DONE ) fuzzFail("scan of pidx failed", sqlite3_errmsg(fuzzDb()));
  for(i=0; i<N_SLOT; i++){
    if( m->aUsed[i] && !seen[i] ){
      fprintf(stderr, "fuzz: after %s: rowid %d\n", zOp, i+1);
      fuzzFail("a stored passage is missing from the index", 0);
    }
  }
}

/* MATCH ?2 AND k = 10 (N_SLOT rows at most: all of them) against the
** model: the rows sharing a band of the default shape with the query. */
typedef struct MatchCheck MatchCheck;
struct MatchCheck { const Model *m; int aGot[N_SLOT]; };

static const char *checkHit(sqlite3_stmt *p, void *pArg);
static const char *collectMatch(sqlite3_stmt *p, void *pArg){
  MatchCheck *c = (MatchCheck*)pArg;
  sqlite3_int64 iRow = sqlite3_column_int64(p, 0);
  const char *zErr = checkHit(p, (void*)c->m);
  if( zErr==0 ) c->aGot[iRow-1] = 1;
  return zErr;
}

static void checkMatch(sqlite3_stmt *p, const Model *m, const uint8_t *z,
                       size_t n){
  MatchCheck c;
  uint8_t aQ[524];
  int nQ = 0, i;
  NwLshShape shape = {NW_LSH_BANDS, NW_LSH_ROWS};
  memset(&c, 0, sizeof(c));
  c.m = m;
  signatureOf(z, n, aQ, &nQ);
  if( fuzzTimedStepAll(p, n, "MATCH", collectMatch, &c)!=SQLITE_OK ) return;
  for(i=0; i<N_SLOT; i++){
    int bWant = m->aUsed[i] && nQ==NW_SIG_BYTES && m->anSig[i]==NW_SIG_BYTES
             && nwSignatureFeatures(aQ)>0
             && nwLshShareBand(aQ, m->aSig[i], &shape)
             && nwSignatureSimilarity(aQ, m->aSig[i])>=1.0/NW_SIG_K;
    if( bWant!=c.aGot[i] ){
      fprintf(stderr, "fuzz: MATCH %s rowid %d\n",
              bWant ? "misses" : "returns", i+1);
      fuzzFail("MATCH does not give the stored rows sharing a band", 0);
    }
  }
}

/* passage_pairs(since) both ways: the same rows. */
static void checkPairsBoth(int since){
  static sqlite3_stmt *p = 0;
  fuzzPrepare(&p, "SELECT (SELECT count(*) FROM (SELECT * FROM"
              " passage_pairs('pidx', 0.3, ?1, 'bands') EXCEPT SELECT * FROM"
              " passage_pairs('pidx', 0.3, ?1, 'scan'))) + (SELECT count(*)"
              " FROM (SELECT * FROM passage_pairs('pidx', 0.3, ?1, 'scan')"
              " EXCEPT SELECT * FROM passage_pairs('pidx', 0.3, ?1, 'bands')))");
  sqlite3_bind_int64(p, 1, since);
  if( sqlite3_step(p)==SQLITE_ROW && sqlite3_column_int(p, 0)!=0 ){
    fuzzFail("passage_pairs(since) by 'bands' and by 'scan' differ", 0);
  }
  sqlite3_reset(p);
}

static const char *checkHit(sqlite3_stmt *p, void *pArg){
  const Model *m = (const Model*)pArg;
  int n = sqlite3_column_count(p), i;
  for(i=0; i<n-1; i++){
    sqlite3_int64 iRow = sqlite3_column_int64(p, i);
    if( iRow<1 || iRow>N_SLOT || !m->aUsed[iRow-1] ) return "unknown rowid";
  }
  if( !(sqlite3_column_double(p, n-1)>=0.0 && sqlite3_column_double(p, n-1)<=1.0) ){
    return "score outside [0, 1]";
  }
  if( n==3 && sqlite3_column_int64(p, 0)>=sqlite3_column_int64(p, 1) ){
    return "passage_pairs(): a >= b";
  }
  return 0;
}

/* Run the write p (already bound); bOk: must it succeed? */
static void doWrite(sqlite3_stmt *p, int bOk, const char *zOp){
  int rc = fuzzStepAll(p, 0, 0);
  if( bOk && rc!=SQLITE_OK ){
    fprintf(stderr, "fuzz: %s: %s\n", zOp, sqlite3_errmsg(fuzzDb()));
    fuzzFail("a write that should work failed", zOp);
  }
  if( !bOk && rc==SQLITE_OK ){
    fuzzFail("a write that should fail (rowid in use) worked", zOp);
  }
}

static int runOne(const uint8_t *data, size_t size){
  static sqlite3_stmt *aStmt[9];
  static const char *azSql[9] = {
    "INSERT INTO pidx(rowid, text) VALUES(?1, ?2)",
    "INSERT OR IGNORE INTO pidx(rowid, text) VALUES(?1, ?2)",
    "INSERT OR REPLACE INTO pidx(rowid, text) VALUES(?1, ?2)",
    "INSERT INTO pidx(rowid, signature) VALUES(?1, passage_signature(?2))",
    "UPDATE pidx SET text = ?2 WHERE rowid = ?1",
    "UPDATE pidx SET signature = passage_signature(?2) WHERE rowid = ?1",
    "DELETE FROM pidx WHERE rowid = ?1",
    "SELECT rowid, score FROM pidx WHERE pidx MATCH ?2 AND k = 10",
    "SELECT a, b, score FROM passage_pairs('pidx', 0.5)",
  };
  static const char zOps[] = "iIrsuUdmp";
  Model m, saved;
  const uint8_t *zOp = data;
  size_t nLeft = size;
  memset(&m, 0, sizeof(m));
  saved = m;
  fuzzExec("DROP TABLE IF EXISTS pidx;"
           "CREATE VIRTUAL TABLE pidx USING passage_index();");
  while( zOp ){
    const uint8_t *zNext, *zText;
    size_t nNext, nOp, nText;
    const char *pOp;
    int k;
    fuzzCut(zOp, nLeft, 0x1E, &zNext, &nNext, &nOp);
    k = nOp>=2 ? zOp[1] % N_SLOT : 0;
    zText = nOp>=2 ? zOp+2 : zOp;
    nText = nOp>=2 ? nOp-2 : 0;
    if( nOp==0 ){
      /* nothing */
    }else if( zOp[0]=='b' ){
      if( sqlite3_get_autocommit(fuzzDb()) ){ fuzzExec("BEGIN"); saved = m; }
    }else if( zOp[0]=='c' || zOp[0]=='x' ){
      if( !sqlite3_get_autocommit(fuzzDb()) ){
        fuzzExec(zOp[0]=='c' ? "COMMIT" : "ROLLBACK");
        if( zOp[0]=='x' ) m = saved;
        checkModel(&m, zOp[0]=='c' ? "COMMIT" : "ROLLBACK");
      }
    }else if( zOp[0]=='q' ){
      checkPairsBoth(k+1);
    }else if( (pOp = memchr(zOps, zOp[0], sizeof(zOps)-1))!=0 ){
      int iStmt = (int)(pOp-zOps);
      sqlite3_stmt *p = fuzzPrepare(&aStmt[iStmt], azSql[iStmt]);
      uint8_t aSig[524];
      int nSig = 0;
      if( iStmt<7 ) sqlite3_bind_int64(p, 1, k+1);
      if( iStmt<6 || iStmt==7 ) fuzzBindText(p, 2, zText, nText);
      if( iStmt<6 ) signatureOf(zText, nText, aSig, &nSig);
      switch( zOp[0] ){
        case 'i': case 's':
          doWrite(p, !m.aUsed[k], azSql[iStmt]);
          if( m.aUsed[k] ) nSig = -1;          /* failed: unchanged */
          break;
        case 'I':
          doWrite(p, 1, azSql[iStmt]);
          if( m.aUsed[k] ) nSig = -1;          /* unchanged */
          break;
        case 'r':
          doWrite(p, 1, azSql[iStmt]);
          break;
        case 'u': case 'U':
          doWrite(p, 1, azSql[iStmt]);
          if( !m.aUsed[k] ) nSig = -1;         /* no such row */
          break;
        case 'd':
          doWrite(p, 1, azSql[iStmt]);
          m.aUsed[k] = 0;
          nSig = -1;
          break;
        case 'm':
          checkMatch(p, &m, zText, nText);
          nSig = -2;
          break;
        default:
          fuzzTimedStepAll(p, nText, azSql[iStmt], checkHit, &m);
          nSig = -2;
          break;
      }
      if( nSig>=0 ){
        m.aUsed[k] = 1;
        m.anSig[k] = nSig;
        memcpy(m.aSig[k], aSig, (size_t)nSig);
      }
      if( nSig!=-2 ) checkModel(&m, azSql[iStmt]);
    }
    zOp = zNext;
    nLeft = nNext;
  }
  if( !sqlite3_get_autocommit(fuzzDb()) ) fuzzExec("COMMIT");
  checkModel(&m, "the end");
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  fuzzWarmUp(runOne, "i\x01The ministry announced the withdrawal of troops"
             "\x1em\x01the withdrawal of troops\x1ep\x1eq\x01");
  return runOne(data, size);
}
