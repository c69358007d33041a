/* libFuzzer target: MATCH, passage_pairs(), passage_bands() and writes
** over damaged shadow
** tables of a passage_index, and over plain tables that look like one.
** Input: operations separated by 0x1E; each is OP SLOT DATA: OP one byte,
** SLOT one byte (rowid 1 + SLOT % 16; its low bits also pick a type),
** DATA the rest.
**   i  INSERT INTO pidx(rowid, text)       (through the index)
**   S  write passage_signature(DATA) straight into pidx_sig at the rowid,
**      then INSERT INTO pidx(pidx) VALUES('rebuild'): when it succeeds,
**      MATCH that signature must find the rowid (a direct write is seen
**      after a rebuild)
**   s  write DATA into pidx_sig.sig at the rowid, as a BLOB, TEXT,
**      integer, real or NULL (SLOT / 16 % 5)
**   c  set pidx_config key = value: DATA is "key" 0x1F "value", the value
**      typed as for s        C  delete the config row named DATA
**   D  drop pidx_config           R  rename pidx_sig to a plain table
**   B  write DATA into pidx_band, typed as for s, at a key made from the
**      first 8 bytes of DATA (or the key of an existing row: SLOT odd)
**   X  drop pidx_band             r  INSERT INTO pidx(pidx) VALUES(DATA)
**   t  BEGIN, T  COMMIT, Q  ROLLBACK (buckets held until commit)
**   z  reconnect: close the database (a file, see fuzzUseFile) and open
**      it again,
**      so the next use connects to pidx again and reads the damaged
**      _config, as a process opening a received database does
**   m  MATCH DATA (text), k = 1 + SLOT     M  MATCH DATA as a BLOB
**   p  passage_pairs('pidx', threshold (1 + SLOT % 10) / 10)
**   P  passage_pairs('pidx', 0.3, since rowid); both must be an error
**      when pidx_config does not say format version 2
**   b  passage_bands('pidx', since rowid): an error unless pidx_config
**      says format version 2; bands 0..63 of rowids 1..16 only
**   f  passage_pairs('fake') and passage_bands('fake') over plain tables
**      fake_sig / fake_config (rows: DATA typed as for s unless NULL, and
**      passage_signature(DATA)): must be an error
**   d  DELETE FROM pidx WHERE rowid = ?
** Errors are allowed (a damaged index must give SQL errors); crashes,
** over-reads, leaks and the time check are not.  At the end the database
** is opened again and DROP TABLE pidx must work, whatever the damage
** (FTS5 lets a broken table be dropped). */
#include "fuzz_sql.h"

/* Bind DATA as parameter i with the type kind 0..4. */
static void bindTyped(sqlite3_stmt *p, int i, int eType, const uint8_t *z,
                      size_t n){
  char zNum[32];
  switch( eType ){
    case 0: fuzzBindBlob(p, i, z, n); break;
    case 1: fuzzBindText(p, i, z, n); break;
    case 2: case 3:
      snprintf(zNum, sizeof(zNum), "%.*s", (int)(n<31 ? n : 31), (const char*)z);
      if( eType==2 ) sqlite3_bind_int64(p, i, strtoll(zNum, 0, 0));
      else sqlite3_bind_double(p, i, strtod(zNum, 0));
      break;
    default: sqlite3_bind_null(p, i); break;
  }
}

static const char *checkScore(sqlite3_stmt *p, void *pArg){
  int n = sqlite3_column_count(p);
  double s = sqlite3_column_double(p, n-1);
  (void)pArg;
  if( sqlite3_column_type(p, n-1)!=SQLITE_NULL && !(s>=0.0 && s<=1.0) ){
    return "score outside [0, 1]";
  }
  return 0;
}

typedef struct Find Find;
struct Find { sqlite3_int64 iRow; int bFound; };
static const char *findRow(sqlite3_stmt *p, void *pArg){
  Find *f = (Find*)pArg;
  if( sqlite3_column_int64(p, 0)==f->iRow
   && sqlite3_column_double(p, 1)>=0.999 ) f->bFound = 1;
  return checkScore(p, 0);
}

/* Direct write of a real signature, then a rebuild: MATCH must see it
** (when the rebuild worked and the signature has content). */
static void directWrite(sqlite3_int64 iRow, const uint8_t *z, size_t n){
  static sqlite3_stmt *pW = 0, *pQ = 0;
  Find f = {iRow, 0};
  int rc;
  fuzzPrepare(&pW, "INSERT OR REPLACE INTO pidx_sig(id, sig)"
                   " VALUES(?1, passage_signature(?2))");
  sqlite3_bind_int64(pW, 1, iRow);
  fuzzBindText(pW, 2, z, n);
  if( fuzzStepAll(pW, 0, 0) ) return;
  if( fuzzTry("INSERT INTO pidx(pidx) VALUES('rebuild')") ) return;
  fuzzPrepare(&pQ, "SELECT rowid, score FROM pidx WHERE pidx MATCH"
                   " passage_signature(?1) AND k = 10000");
  fuzzBindText(pQ, 1, z, n);
  rc = fuzzTimedStepAll(pQ, n, "MATCH", findRow, &f);
  if( rc==SQLITE_OK && !f.bFound && fuzzIsCleanUtf8(z, n) ){
    /* an empty signature (no content word) is similar to nothing */
    static sqlite3_stmt *pE = 0;
    fuzzPrepare(&pE, "SELECT signature_similarity(passage_signature(?1),"
                     " passage_signature(?1))>0");
    fuzzBindText(pE, 1, z, n);
    if( sqlite3_step(pE)==SQLITE_ROW && sqlite3_column_int(pE, 0) ){
      fprintf(stderr, "fuzz: rowid %lld written to pidx_sig\n", iRow);
      fuzzFail("MATCH does not see a direct write to pidx_sig after a"
               " rebuild", 0);
    }
    sqlite3_reset(pE);
    sqlite3_clear_bindings(pE);
  }
}

static void fakeIndex(int eType, const uint8_t *z, size_t n){
  static sqlite3_stmt *p = 0;
  fuzzTry("CREATE TABLE IF NOT EXISTS fake_sig(id INTEGER PRIMARY KEY, sig);"
          "CREATE TABLE IF NOT EXISTS fake_config(key PRIMARY KEY, value);"
          "INSERT OR IGNORE INTO fake_config VALUES('version', 1);");
  if( sqlite3_prepare_v2(fuzzDb(), "INSERT INTO fake_sig(sig) SELECT ?1 WHERE ?1"
                         " IS NOT NULL UNION ALL SELECT passage_signature(?2)",
                         -1, &p, 0)==SQLITE_OK ){
    bindTyped(p, 1, eType, z, n);
    fuzzBindText(p, 2, z, n);
    fuzzStepAll(p, 0, 0);
  }
  sqlite3_finalize(p);
  p = 0;
  if( sqlite3_prepare_v2(fuzzDb(), "SELECT a, b, score FROM"
                         " passage_pairs('fake', 0.2)", -1, &p, 0)==SQLITE_OK
   && fuzzTimedStepAll(p, n, "passage_pairs('fake')", checkScore, 0)==0 ){
    fuzzFail("passage_pairs() read plain tables fake_sig and fake_config"
             " as an index", 0);
  }
  sqlite3_finalize(p);
  p = 0;
  if( sqlite3_prepare_v2(fuzzDb(), "SELECT band, key, id FROM"
                         " passage_bands('fake')", -1, &p, 0)==SQLITE_OK
   && fuzzTimedStepAll(p, n, "passage_bands('fake')", 0, 0)==0 ){
    fuzzFail("passage_bands() read plain tables fake_sig and fake_config"
             " as an index", 0);
  }
  sqlite3_finalize(p);
  p = 0;
}

/* Does pidx_config say format version 2 (as xConnect reads it)? */
static int versionOk(void){
  sqlite3_stmt *p = 0;
  int b = 0;
  if( sqlite3_prepare_v2(fuzzDb(), "SELECT value FROM pidx_config"
                         " WHERE key='version'", -1, &p, 0)==SQLITE_OK ){
    b = sqlite3_step(p)==SQLITE_ROW && sqlite3_column_int(p, 0)==2;
  }
  sqlite3_finalize(p);
  return b;
}

/* passage_pairs() over pidx: an error unless the version is right. */
static void pairs(const char *zSql, sqlite3_int64 iRow, double r){
  int bOk = versionOk();
  sqlite3_stmt *p = 0;
  if( sqlite3_prepare_v2(fuzzDb(), zSql, -1, &p, 0)==SQLITE_OK ){
    sqlite3_bind_int64(p, 1, iRow);
    sqlite3_bind_double(p, 2, r);
    if( fuzzTimedStepAll(p, 0, zSql, checkScore, 0)==SQLITE_OK && !bOk ){
      fuzzFail("passage_pairs() read an index whose _config does not say"
               " format version 2", 0);
    }
  }
  sqlite3_finalize(p);
}

static const char *checkBand(sqlite3_stmt *p, void *pArg){
  int band = sqlite3_column_int(p, 0);
  sqlite3_int64 id = sqlite3_column_int64(p, 2);
  (void)pArg;
  if( band<0 || band>=64 ) return "band outside 0..63";
  if( id<1 || id>16 ) return "a band of a rowid never written";
  return 0;
}

/* passage_bands() over pidx: an error unless the version is right. */
static void bands(sqlite3_int64 iRow){
  const char *zSql = "SELECT band, key, id FROM passage_bands('pidx', ?1)";
  int bOk = versionOk();
  sqlite3_stmt *p = 0;
  if( sqlite3_prepare_v2(fuzzDb(), zSql, -1, &p, 0)==SQLITE_OK ){
    sqlite3_bind_int64(p, 1, iRow);
    if( fuzzTimedStepAll(p, 0, zSql, checkBand, 0)==SQLITE_OK && !bOk ){
      fuzzFail("passage_bands() read an index whose _config does not say"
               " format version 2", 0);
    }
  }
  sqlite3_finalize(p);
}

/* A row of pidx_band written by hand: DATA as its chunk, at a key from
** DATA's first 8 bytes (slot even) or at an existing row's key. */
static void bandRow(int slot, const uint8_t *z, size_t n){
  sqlite3_stmt *p = 0;
  sqlite3_uint64 u = 0;
  sqlite3_int64 k;
  size_t i;
  for(i=0; i<8 && i<n; i++) u |= (sqlite3_uint64)z[i] << (8*i);
  k = (sqlite3_int64)u;
  if( sqlite3_prepare_v2(fuzzDb(), (slot & 1)
        ? "UPDATE pidx_band SET data = ?2 WHERE k = (SELECT k FROM pidx_band"
          " ORDER BY k LIMIT 1 OFFSET ?1 % 8)"
        : "INSERT OR REPLACE INTO pidx_band(k, data) VALUES(?1, ?2)",
        -1, &p, 0)==SQLITE_OK ){
    sqlite3_bind_int64(p, 1, (slot & 1) ? slot/2 : k);
    bindTyped(p, 2, slot/16 % 5, z, n);
    fuzzStepAll(p, 0, 0);
  }
  sqlite3_finalize(p);
}

static void runSql(const char *zSql, int eType, sqlite3_int64 iRow,
                   const uint8_t *z, size_t n, double r){
  sqlite3_stmt *p = 0;
  if( sqlite3_prepare_v2(fuzzDb(), zSql, -1, &p, 0)!=SQLITE_OK ) return;
  if( sqlite3_bind_parameter_count(p)>=1 ) sqlite3_bind_int64(p, 1, iRow);
  if( sqlite3_bind_parameter_count(p)>=2 ) bindTyped(p, 2, eType, z, n);
  if( sqlite3_bind_parameter_count(p)>=3 ) sqlite3_bind_double(p, 3, r);
  fuzzTimedStepAll(p, n, zSql, checkScore, 0);
  sqlite3_finalize(p);
}

static int runOne(const uint8_t *data, size_t size){
  const uint8_t *zOp = data;
  size_t nLeft = size;
  fuzzTry("DROP TABLE IF EXISTS pidx");
  fuzzTry("DROP TABLE IF EXISTS pidx_sig; DROP TABLE IF EXISTS pidx_config;"
          "DROP TABLE IF EXISTS pidx_band;"
          "DROP TABLE IF EXISTS fake_sig; DROP TABLE IF EXISTS fake_config;");
  fuzzExec("CREATE VIRTUAL TABLE pidx USING passage_index()");
  while( zOp ){
    const uint8_t *zNext, *z, *zVal;
    size_t nNext, nOp, n, nVal, nKey;
    int slot;
    sqlite3_int64 iRow;
    fuzzCut(zOp, nLeft, 0x1E, &zNext, &nNext, &nOp);
    slot = nOp>=2 ? zOp[1] : 0;
    iRow = 1 + slot % 16;
    z = nOp>=2 ? zOp+2 : zOp;
    n = nOp>=2 ? nOp-2 : 0;
    switch( nOp ? zOp[0] : 0 ){
      case 'i':
        runSql("INSERT INTO pidx(rowid, text) VALUES(?1, ?2)", 1, iRow, z, n, 0);
        break;
      case 'S': directWrite(iRow, z, n); break;
      case 's':
        runSql("INSERT OR REPLACE INTO pidx_sig(id, sig) VALUES(?1, ?2)",
               slot/16 % 5, iRow, z, n, 0);
        break;
      case 'c': {
        char zKey[64];
        fuzzCut(z, n, 0x1F, &zVal, &nVal, &nKey);
        snprintf(zKey, sizeof(zKey), "%.*s", (int)(nKey<63 ? nKey : 63),
                 (const char*)z);
        {
          sqlite3_stmt *p = 0;
          if( sqlite3_prepare_v2(fuzzDb(), "INSERT OR REPLACE INTO"
                " pidx_config(key, value) VALUES(?1, ?2)", -1, &p, 0)==0 ){
            sqlite3_bind_text(p, 1, zKey, -1, SQLITE_TRANSIENT);
            bindTyped(p, 2, slot/16 % 5, zVal ? zVal : z, zVal ? nVal : 0);
            fuzzStepAll(p, 0, 0);
          }
          sqlite3_finalize(p);
        }
        break;
      }
      case 'C':
        runSql("DELETE FROM pidx_config WHERE key = ?2 OR ?1 = 16", 1, iRow,
               z, n, 0);
        break;
      case 'D': fuzzTry("DROP TABLE pidx_config"); break;
      case 'R': fuzzTry("ALTER TABLE pidx_sig RENAME TO pidx_sig_old;"
                        "CREATE TABLE pidx_sig(id INTEGER PRIMARY KEY, sig)");
        break;
      case 'z':
        if( !sqlite3_get_autocommit(fuzzDb()) ) fuzzTry("COMMIT");
        fuzzReopen();
        break;
      case 'B': bandRow(slot, z, n); break;
      case 'X': fuzzTry("DROP TABLE pidx_band"); break;
      case 'r':
        runSql("INSERT INTO pidx(pidx) VALUES(?2)", slot/16 % 5, iRow, z, n, 0);
        break;
      case 't': fuzzTry("BEGIN"); break;
      case 'T': fuzzTry("COMMIT"); break;
      case 'Q': fuzzTry("ROLLBACK"); break;
      case 'm':
        runSql("SELECT rowid, score FROM pidx WHERE pidx MATCH ?2"
               " AND k = ?1", 1, iRow, z, n, 0);
        break;
      case 'M':
        runSql("SELECT rowid, score FROM pidx WHERE pidx MATCH ?2"
               " AND k = ?1", 0, iRow, z, n, 0);
        break;
      case 'p':
        pairs("SELECT a, b, score FROM passage_pairs('pidx', ?2)", iRow,
              (1 + slot % 10)/10.0);
        break;
      case 'P':
        pairs("SELECT a, b, score FROM passage_pairs('pidx', 0.3, ?1)",
              iRow, 0);
        break;
      case 'b': bands(iRow); break;
      case 'f': fakeIndex(slot/16 % 5, z, n); break;
      case 'd':
        runSql("DELETE FROM pidx WHERE rowid = ?1", 4, iRow, z, 0, 0);
        break;
      default: break;
    }
    zOp = zNext;
    nLeft = nNext;
  }
  if( !sqlite3_get_autocommit(fuzzDb()) ) fuzzTry("ROLLBACK");
  fuzzReopen();
  if( fuzzTry("DROP TABLE IF EXISTS pidx")!=SQLITE_OK ){
    fuzzFail("a damaged passage_index cannot be dropped",
             sqlite3_errmsg(fuzzDb()));
  }
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  fuzzUseFile();
  fuzzWarmUp(runOne, "i\x01The ministry announced the withdrawal of troops"
             "\x1eS\x02Troops were withdrawn by the ministry\x1em\x01troops"
             "\x1ep\x04");
  return runOne(data, size);
}
