/* Shared by the fuzz targets that go through the SQL glue.
**
** The extension's sources are compiled into the fuzzer with -DSQLITE_CORE,
** so sqlite3ext.h's calls go straight to the linked libsqlite3 and
** SQLITE_EXTENSION_INIT1/2 are no-ops; sqlite3_newswire_init() then
** registers everything on one in-memory connection, opened once per
** process.  Each target prepares its statements once, binds the input,
** steps every row reading every column, and resets. */
#ifndef FUZZ_SQL_H
#define FUZZ_SQL_H
#include "fuzz_util.h"
#include <sqlite3.h>

int sqlite3_newswire_init(sqlite3 *db, char **pzErrMsg,
                          const sqlite3_api_routines *pApi);

/* The state of this process's connection. */
typedef struct FuzzConn FuzzConn;
struct FuzzConn {
  sqlite3 *db;
  char zFile[512];            /* a file database (fuzzReopen), or "" */
  sqlite3_stmt **aKept[32];   /* statements kept by fuzzPrepare() */
  int nKept;
};
static FuzzConn *fuzzConn(void){
  static FuzzConn c;
  return &c;
}

static void fuzzRemoveFile(void){
  FuzzConn *c = fuzzConn();
  char zJournal[520];
  if( c->zFile[0]==0 ) return;
  snprintf(zJournal, sizeof(zJournal), "%.500s-journal", c->zFile);
  remove(c->zFile);
  remove(zJournal);
}

/* The connection of this process, with newswire registered: in memory,
** or on a file in $FUZZ_DB_DIR (default /tmp; removed at exit, left
** behind by a crash) after fuzzUseFile(). */
static sqlite3 *fuzzDb(void){
  FuzzConn *c = fuzzConn();
  if( c->db==0 ){
    char *zErr = 0;
    if( sqlite3_open(c->zFile[0] ? c->zFile : ":memory:", &c->db)!=SQLITE_OK ){
      fuzzFail("open", c->zFile);
    }
    if( sqlite3_newswire_init(c->db, &zErr, 0)!=SQLITE_OK ){
      fuzzFail("sqlite3_newswire_init", zErr);
    }
    sqlite3_exec(c->db, "PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF",
                 0, 0, 0);
  }
  return c->db;
}

/* Keep the database in a file, so that fuzzReopen() can connect again
** (as a process opening a received database does).  Call first. */
static void fuzzUseFile(void){
  FuzzConn *c = fuzzConn();
  if( c->zFile[0] || c->db ) return;
  snprintf(c->zFile, sizeof(c->zFile), "%.400s/newswire-fuzz-%ld.db",
           getenv("FUZZ_DB_DIR") ? getenv("FUZZ_DB_DIR") : "/tmp",
           (long)getpid());
  fuzzRemoveFile();
  atexit(fuzzRemoveFile);
}

/* Close the connection (finalizing the kept statements) and open the
** file again: every virtual table is connected anew on first use. */
static void fuzzReopen(void){
  FuzzConn *c = fuzzConn();
  int i;
  for(i=0; i<c->nKept; i++){
    sqlite3_finalize(*c->aKept[i]);
    *c->aKept[i] = 0;
  }
  c->nKept = 0;
  if( c->db && sqlite3_close(c->db)!=SQLITE_OK ){
    fuzzFail("close", sqlite3_errmsg(c->db));
  }
  c->db = 0;
  fuzzDb();
}

/* Run SQL that must succeed (setup). */
static void fuzzExec(const char *zSql){
  char *zErr = 0;
  if( sqlite3_exec(fuzzDb(), zSql, 0, 0, &zErr)!=SQLITE_OK ){
    fprintf(stderr, "fuzz: %s\n", zSql);
    fuzzFail("setup failed", zErr);
  }
}

/* Run SQL that may fail (fuzzed); returns the result code. */
static int fuzzTry(const char *zSql){
  return sqlite3_exec(fuzzDb(), zSql, 0, 0, 0);
}

/* Prepare zSql once: *ppStmt (a static of the caller) is kept until
** fuzzReopen(). */
static sqlite3_stmt *fuzzPrepare(sqlite3_stmt **ppStmt, const char *zSql){
  FuzzConn *c = fuzzConn();
  if( *ppStmt==0 ){
    if( sqlite3_prepare_v3(fuzzDb(), zSql, -1, SQLITE_PREPARE_PERSISTENT,
                           ppStmt, 0)!=SQLITE_OK ){
      fprintf(stderr, "fuzz: %s\n", zSql);
      fuzzFail("prepare failed", sqlite3_errmsg(fuzzDb()));
    }
    if( c->nKept>=(int)(sizeof(c->aKept)/sizeof(c->aKept[0])) ){
      fuzzFail("too many kept statements", zSql);
    }
    c->aKept[c->nKept++] = ppStmt;
  }
  return *ppStmt;
}

static void fuzzBindText(sqlite3_stmt *p, int i, const void *z, size_t n){
  if( z==0 ) z = "";
  if( sqlite3_bind_text64(p, i, (const char*)z, (sqlite3_uint64)n,
                          SQLITE_TRANSIENT, SQLITE_UTF8)!=SQLITE_OK ){
    fuzzFail("bind text", sqlite3_errmsg(fuzzDb()));
  }
}

static void fuzzBindBlob(sqlite3_stmt *p, int i, const void *z, size_t n){
  if( sqlite3_bind_blob64(p, i, z ? z : "", (sqlite3_uint64)n,
                          SQLITE_TRANSIENT)!=SQLITE_OK ){
    fuzzFail("bind blob", sqlite3_errmsg(fuzzDb()));
  }
}

/* Read every column of the current row the way a caller would. */
static void fuzzReadRow(sqlite3_stmt *p){
  int i, n = sqlite3_column_count(p);
  for(i=0; i<n; i++){
    switch( sqlite3_column_type(p, i) ){
      case SQLITE_INTEGER: (void)sqlite3_column_int64(p, i); break;
      case SQLITE_FLOAT:   (void)sqlite3_column_double(p, i); break;
      case SQLITE_BLOB:    (void)sqlite3_column_blob(p, i); break;
      case SQLITE_TEXT:{
        const unsigned char *z = sqlite3_column_text(p, i);
        int nByte = sqlite3_column_bytes(p, i);
        if( z==0 || (int)strlen((const char*)z)>nByte ){
          fuzzFail("text column not terminated", sqlite3_column_name(p, i));
        }
        break;
      }
      default: break;
    }
  }
}

/* Called on each row; return non-zero to report a failed check. */
typedef const char *(*FuzzRowCheck)(sqlite3_stmt*, void*);

/* Step all rows, read every column, run xCheck (may be 0) on each row,
** reset and clear the bindings.  Returns the statement's result code
** (errors are allowed: fuzzed input may be rejected with an SQL error). */
static int fuzzStepAll(sqlite3_stmt *p, FuzzRowCheck xCheck, void *pArg){
  int rc;
  while( (rc = sqlite3_step(p))==SQLITE_ROW ){
    const char *zWhy;
    fuzzReadRow(p);
    if( xCheck && (zWhy = xCheck(p, pArg))!=0 ){
      char *zSql = sqlite3_expanded_sql(p);
      fprintf(stderr, "fuzz: statement %.200s\n", zSql ? zSql : "");
      sqlite3_free(zSql);
      fuzzFail("check failed", zWhy);
    }
  }
  if( rc==SQLITE_DONE ) rc = SQLITE_OK;
  if( rc==SQLITE_MISUSE ) fuzzFail("misuse", sqlite3_errmsg(fuzzDb()));
  sqlite3_reset(p);
  sqlite3_clear_bindings(p);
  return rc;
}

/* Step pStmt to the end, timed against n input bytes. */
static int fuzzTimedStepAll(sqlite3_stmt *p, size_t n, const char *zWhat,
                            FuzzRowCheck xCheck, void *pArg){
  int64_t t0 = fuzzTimerStart(n, zWhat);
  int rc = fuzzStepAll(p, xCheck, pArg);
  fuzzTimerCheck(t0, n, zWhat);
  return rc;
}

#endif
