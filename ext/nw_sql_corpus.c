/*
** nw_sql_corpus.c: helpers for processing a corpus.
**
**     SELECT newswire_hash(body) FROM articles;   -- 16 hex digits
**     SELECT ... FROM work w, passages(w.body) p
**     WHERE newswire_progress('passages', w.n, (SELECT count(*) FROM work));
**
** newswire_progress(label, done, total) returns done (so it can sit in a
** WHERE clause as an always-true test when done > 0) and, at most once a
** second per connection and once more when done reaches total, writes
** "newswire: label done/total (p%)" to stderr.  newswire_progress() with
** no argument returns the last such line of this connection, or NULL.
**
** Not deterministic and not innocuous (it writes to stderr), and direct
** only: a view or trigger should not print.
**
** newswire_hash(text) is deterministic: the same bytes, the same hash.
**
** newswire_date(text): the date of a header ("Published: ...") as
** YYYY-MM-DD, or NULL when it is not one (nwDateFromHeader in
** ext/nw_dates.h says what is read); NULL gives NULL.  Deterministic and
** innocuous: the loaders use it, and a CHECK constraint may.
*/
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "nwInt.h"
#include "nw_dates.h"

#define NW_PROGRESS_INTERVAL_MS 1000

static sqlite3_int64 nowMs(void){
  struct timespec ts;
  if( timespec_get(&ts, TIME_UTC)==0 ) return 0;
  return (sqlite3_int64)ts.tv_sec*1000 + ts.tv_nsec/1000000;
}

/* done as a whole percentage of total, 0..100: 0 for no positive total
** or a negative done, 100 once done reaches or passes total.  In double,
** because 100*done overflows near 2^63; the quotient is checked to lie
** in [0, 100) before the cast. */
static int progressPercent(sqlite3_int64 iDone, sqlite3_int64 nTotal){
  double r;
  if( nTotal<=0 || iDone<=0 ) return 0;
  if( iDone>=nTotal ) return 100;
  r = 100.0 * ((double)iDone / (double)nTotal);
  if( !(r>=0.0) ) return 0;
  if( r>=99.0 ) return 99;         /* done < total: never rounded up to 100 */
  return (int)r;
}

void nwProgressFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  NwContext *p = (NwContext*)sqlite3_user_data(ctx);
  const char *zLabel;
  sqlite3_int64 iDone, nTotal, iNow;
  int bLast;
  if( argc==0 ){
    if( p->zProgress[0] ){
      sqlite3_result_text(ctx, p->zProgress, -1, SQLITE_TRANSIENT);
    }
    return;
  }
  zLabel = (const char*)sqlite3_value_text(argv[0]);
  iDone = sqlite3_value_int64(argv[1]);
  nTotal = sqlite3_value_int64(argv[2]);
  sqlite3_result_value(ctx, argv[1]);
  iNow = nowMs();
  bLast = nTotal>0 && iDone==nTotal && (p->iProgressDone!=iDone
                                        || p->iProgressTotal!=nTotal);
  if( !bLast && iNow - p->iProgressMs < NW_PROGRESS_INTERVAL_MS ) return;
  p->iProgressMs = iNow;
  p->iProgressDone = iDone;
  p->iProgressTotal = nTotal;
  sqlite3_snprintf(sizeof(p->zProgress), p->zProgress, "%.60s %lld/%lld (%d%%)",
                   zLabel ? zLabel : "", iDone, nTotal,
                   progressPercent(iDone, nTotal));
  fprintf(stderr, "newswire: %s\n", p->zProgress);
  fflush(stderr);
}

/* newswire_hash(text): 16 hex digits of the 64-bit FNV-1a of the bytes,
** for noticing that a stored text changed (not for security). */
void nwHashFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const char *z;
  (void)argc;
  if( sqlite3_value_type(argv[0])==SQLITE_NULL ) return;
  z = (const char*)sqlite3_value_blob(argv[0]);
  sqlite3_result_text(ctx, sqlite3_mprintf("%016llx",
      (unsigned long long)nwHashBytes(z ? z : "",
                                      (size_t)sqlite3_value_bytes(argv[0]))),
      -1, sqlite3_free);
}

/* newswire_date(text): a header date as YYYY-MM-DD, or NULL. */
void nwDateFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const char *z;
  NwDate d;
  (void)argc;
  if( sqlite3_value_type(argv[0])==SQLITE_NULL ) return;
  z = (const char*)sqlite3_value_text(argv[0]);
  if( z==0 ){
    if( sqlite3_errcode(sqlite3_context_db_handle(ctx))==SQLITE_NOMEM ){
      sqlite3_result_error_nomem(ctx);
    }
    return;
  }
  if( nwDateFromHeader(z, (size_t)sqlite3_value_bytes(argv[0]), &d) ) return;
  sqlite3_result_text(ctx, sqlite3_mprintf("%04d-%02d-%02d", d.y, d.m, d.d),
                      -1, sqlite3_free);
}
