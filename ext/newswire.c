/*
** newswire.c: the extension's entry point.
**
**     .load ./newswire
**     SELECT newswire_version();
**
** sqlite3_newswire_init() checks the SQLite version, creates the
** per-connection context and registers every function and module.  This is
** the only file that uses SQLITE_EXTENSION_INIT1.
*/
#include <stdio.h>
#include <unicode/uversion.h>
#include <unicode/uchar.h>
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT1
#include "nwInt.h"

/* newswire_version(): "newswire 0.1.0 (SQLite 3.40.1, PCRE2 10.42 JIT,
** ICU 72.1, Unicode 15.0)" */
static void versionFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  char zPcre[64], zIcu[U_MAX_VERSION_STRING_LENGTH];
  char zUni[U_MAX_VERSION_STRING_LENGTH];
  UVersionInfo v;
  (void)argc; (void)argv;
  u_getVersion(v);
  u_versionToString(v, zIcu);
  u_getUnicodeVersion(v);
  u_versionToString(v, zUni);
  sqlite3_result_text(ctx, sqlite3_mprintf(
      "newswire %s (SQLite %s, PCRE2 %s, ICU %s, Unicode %s)",
      NEWSWIRE_VERSION, sqlite3_libversion(),
      nwPatternVersion(zPcre, sizeof(zPcre)), zIcu, zUni), -1, sqlite3_free);
}

/* newswire_debug(): how this build was made, one key=value per line. */
static void debugFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  (void)argc; (void)argv;
  sqlite3_result_text(ctx, sqlite3_mprintf(
      "version=%s\nbuilt_with_sqlite=%s\nbuilt_with_icu=%s\n"
      "compiler=%s\nsanitizers=%s\nstemmer=snowball-english",
      NEWSWIRE_VERSION, SQLITE_VERSION, U_ICU_VERSION,
#if defined(__clang__)
      "clang " __clang_version__,
#elif defined(__GNUC__)
      "gcc " __VERSION__,
#else
      "unknown",
#endif
#if defined(__SANITIZE_ADDRESS__)
      "address,undefined"
#else
      "none"
#endif
      ), -1, sqlite3_free);
}

#ifdef _WIN32
__declspec(dllexport)
#endif
int sqlite3_newswire_init(sqlite3 *db, char **pzErrMsg,
                          const sqlite3_api_routines *pApi){
  NwContext *pCtx;
  int rc;
  SQLITE_EXTENSION_INIT2(pApi);
  if( sqlite3_libversion_number()<NW_MIN_SQLITE_VERSION ){
    *pzErrMsg = sqlite3_mprintf("newswire requires SQLite %s or later, "
                                "this is %s", NW_MIN_SQLITE_TEXT,
                                sqlite3_libversion());
    return SQLITE_ERROR;
  }
  pCtx = nwContextNew();
  if( pCtx==0 ) return SQLITE_NOMEM;
  rc = sqlite3_create_function_v2(db, "newswire_version", 0,
          SQLITE_UTF8|SQLITE_DETERMINISTIC|SQLITE_INNOCUOUS, 0,
          versionFunc, 0, 0, 0);
  if( rc==SQLITE_OK ){
    rc = sqlite3_create_function_v2(db, "newswire_debug", 0,
            SQLITE_UTF8|SQLITE_DETERMINISTIC|SQLITE_INNOCUOUS, 0,
            debugFunc, 0, 0, 0);
  }
  if( rc==SQLITE_OK ) rc = nwRegisterFunctions(db, pCtx);
  if( rc==SQLITE_OK ) rc = nwRegisterTvfs(db, pCtx);
  if( rc==SQLITE_OK ) rc = nwRegisterPairTvfs(db, pCtx);
  if( rc==SQLITE_OK ) rc = nwRegisterIndex(db, pCtx);
  if( rc==SQLITE_OK ) rc = nwRegisterProgress(db, pCtx);
  nwContextUnref(pCtx);     /* the registrations hold their own references */
  if( rc!=SQLITE_OK ){
    *pzErrMsg = sqlite3_mprintf("newswire: registration failed: %s",
                                sqlite3_errstr(rc));
  }
  return rc;
}
