/*
** Many connections in many threads: each thread opens its own connection,
** loads newswire and runs every function many times, checking results.
** No shared mutable state in the extension means no crash and no
** difference between threads.
**
**   threads ./newswire
*/
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sqlite3.h>

#define N_THREADS 8
#define N_ROUNDS 100

static const char *zExt;

static const char *zQuery =
  "SELECT (SELECT group_concat(stem, ' ') FROM tokens('Łódź announced the withdrawal'))"
  " || '|' || (SELECT count(*) FROM sentences('Gen. Smith left. He spoke.'))"
  " || '|' || (SELECT sum(boilerplate) FROM passages('No comments:\nText.\nlink'))"
  " || '|' || normalize('Dae’sh Zürich')";
static const char *zWant = "lodz announc the withdraw|2|2|daesh zurich";

static void *worker(void *pArg){
  sqlite3 *db = 0;
  sqlite3_stmt *pStmt = 0;
  char *zErr = 0;
  int i, *pFailed = (int*)pArg;
  if( sqlite3_open(":memory:", &db)!=SQLITE_OK ){ (*pFailed)++; return 0; }
  sqlite3_enable_load_extension(db, 1);
  if( sqlite3_load_extension(db, zExt, 0, &zErr)!=SQLITE_OK ){
    fprintf(stderr, "load: %s\n", zErr);
    sqlite3_free(zErr);
    (*pFailed)++;
  }else if( sqlite3_prepare_v2(db, zQuery, -1, &pStmt, 0)!=SQLITE_OK ){
    fprintf(stderr, "prepare: %s\n", sqlite3_errmsg(db));
    (*pFailed)++;
  }else{
    for(i=0; i<N_ROUNDS; i++){
      const char *z;
      if( sqlite3_step(pStmt)!=SQLITE_ROW ){ (*pFailed)++; break; }
      z = (const char*)sqlite3_column_text(pStmt, 0);
      if( z==0 || strcmp(z, zWant)!=0 ){
        fprintf(stderr, "got %s\n", z ? z : "NULL");
        (*pFailed)++;
        break;
      }
      sqlite3_reset(pStmt);
    }
  }
  sqlite3_finalize(pStmt);
  sqlite3_close(db);
  return 0;
}

int main(int argc, char **argv){
  pthread_t aThread[N_THREADS];
  int aFailed[N_THREADS] = {0};
  int i, nFailed = 0;
  if( argc!=2 ) return 2;
  zExt = argv[1];
  for(i=0; i<N_THREADS; i++) pthread_create(&aThread[i], 0, worker, &aFailed[i]);
  for(i=0; i<N_THREADS; i++){ pthread_join(aThread[i], 0); nFailed += aFailed[i]; }
  printf("threads: %d threads x %d rounds, %d failed\n", N_THREADS, N_ROUNDS, nFailed);
  return nFailed!=0;
}
