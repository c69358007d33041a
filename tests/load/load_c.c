/*
** Load newswire into a connection with sqlite3_load_extension(), as an
** application that embeds SQLite does, and call one function of each kind.
**
**   load_c ./newswire
*/
#include <stdio.h>
#include <string.h>
#include <sqlite3.h>

static int check(sqlite3 *db, const char *zSql, const char *zWant){
  sqlite3_stmt *pStmt = 0;
  const char *zGot;
  int ok;
  if( sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0)!=SQLITE_OK
   || sqlite3_step(pStmt)!=SQLITE_ROW ){
    fprintf(stderr, "%s: %s\n", zSql, sqlite3_errmsg(db));
    sqlite3_finalize(pStmt);
    return 0;
  }
  zGot = (const char*)sqlite3_column_text(pStmt, 0);
  ok = zGot && strncmp(zGot, zWant, strlen(zWant))==0;
  if( !ok ) fprintf(stderr, "%s: got %s, want %s\n", zSql, zGot, zWant);
  sqlite3_finalize(pStmt);
  return ok;
}

int main(int argc, char **argv){
  sqlite3 *db;
  char *zErr = 0;
  int ok = 1;
  if( argc!=2 ){ fprintf(stderr, "usage: %s PATH\n", argv[0]); return 2; }
  if( sqlite3_open(":memory:", &db)!=SQLITE_OK ) return 1;
  sqlite3_enable_load_extension(db, 1);
  /* No entry point given: SQLite derives sqlite3_newswire_init. */
  if( sqlite3_load_extension(db, argv[1], 0, &zErr)!=SQLITE_OK ){
    fprintf(stderr, "load failed: %s\n", zErr);
    sqlite3_free(zErr);
    sqlite3_close(db);
    return 1;
  }
  ok &= check(db, "SELECT newswire_version()", "newswire ");
  ok &= check(db, "SELECT normalize('Dae’sh')", "daesh");
  ok &= check(db, "SELECT group_concat(stem, ' ') FROM "
                  "tokens('announced announcement')", "announc announc");
  ok &= check(db, "SELECT count(*) FROM sentences('One. Two.')", "2");
  sqlite3_close(db);
  printf(ok ? "load_c: ok\n" : "load_c: FAILED\n");
  return ok ? 0 : 1;
}
