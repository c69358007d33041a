/*
** newswire.c: the extension's entry point.
**
**     .load ./newswire
**     SELECT newswire_version();   -- newswire 0.1.0 (SQLite ..., ICU ...)
**     SELECT newswire_debug();     -- how this build was made
**
** sqlite3_newswire_init() checks the SQLite version, creates the
** per-connection context and registers everything in aRegistration below:
** the one list of what newswire adds to SQL, and the glue file that holds
** each.  This is the only file that uses SQLITE_EXTENSION_INIT1.
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

/* Flags of a scalar function: pure ones are deterministic and innocuous
** (usable in views, triggers, indexes); one that prints is direct only. */
#define NW_PURE  (SQLITE_UTF8|SQLITE_DETERMINISTIC|SQLITE_INNOCUOUS)
#define NW_PRINT (SQLITE_UTF8|SQLITE_DIRECTONLY)

/* One thing newswire registers: a scalar function (xFunc), a table-valued
** function on the skeleton (pTvf) or a module of its own (pModule). */
typedef struct NwRegistration NwRegistration;
struct NwRegistration {
  const char *zName;
  int nArg;                       /* scalars */
  int flags;                      /* scalars */
  NwScalarFunc xFunc;
  const NwTvfDef *pTvf;
  const sqlite3_module *pModule;
};

static const NwRegistration aRegistration[] = {
  /* newswire.c */
  { "newswire_version",     0, NW_PURE,  versionFunc,               0, 0 },
  { "newswire_debug",       0, NW_PURE,  debugFunc,                 0, 0 },
  /* nw_sql_text.c */
  { "normalize",            1, NW_PURE,  nwNormalizeFunc,           0, 0 },
  { "sentences",            0, 0,        0, &nwSentencesTvf,           0 },
  { "passages",             0, 0,        0, &nwPassagesTvf,            0 },
  { "tokens",               0, 0,        0, &nwTokensTvf,              0 },
  /* nw_sql_similar.c */
  { "similar_passage",      2, NW_PURE,  nwSimilarPassageFunc,      0, 0 },
  { "similar_passage",      3, NW_PURE,  nwSimilarPassageFunc,      0, 0 },
  { "passage_signature",    1, NW_PURE,  nwPassageSignatureFunc,    0, 0 },
  { "signature_similarity", 2, NW_PURE,  nwSignatureSimilarityFunc, 0, 0 },
  { "word_diff",            0, 0,        0, &nwWordDiffTvf,            0 },
  { "reuse_spans",          0, 0,        0, &nwReuseSpansTvf,          0 },
  /* nw_sql_index.c */
  { "passage_index",        0, 0,        0, 0, &nwPassageIndexModule     },
  { "passage_pairs",        0, 0,        0, &nwPassagePairsTvf,        0 },
  { "passage_bands",        0, 0,        0, &nwPassageBandsTvf,        0 },
  /* nw_sql_entities.c, nw_sql_claims.c */
  { "entities",             0, 0,        0, &nwEntitiesTvf,            0 },
  { "claims",               0, 0,        0, &nwClaimsTvf,              0 },
  /* nw_sql_corpus.c */
  { "newswire_hash",        1, NW_PURE,  nwHashFunc,                0, 0 },
  { "newswire_date",        1, NW_PURE,  nwDateFunc,                0, 0 },
  { "newswire_progress",    0, NW_PRINT, nwProgressFunc,            0, 0 },
  { "newswire_progress",    3, NW_PRINT, nwProgressFunc,            0, 0 },
};

/* Register one entry; each holds its own reference to the context. */
static int nwRegister(sqlite3 *db, NwContext *pCtx, const NwRegistration *p){
  if( p->pTvf ) return nwTvfRegister(db, pCtx, p->pTvf);
  if( p->pModule ){
    return sqlite3_create_module_v2(db, p->zName, p->pModule,
                                    nwContextRef(pCtx), nwContextUnref);
  }
  return sqlite3_create_function_v2(db, p->zName, p->nArg, p->flags,
                                    nwContextRef(pCtx), p->xFunc, 0, 0,
                                    nwContextUnref);
}

#ifdef _WIN32
__declspec(dllexport)
#elif defined(__GNUC__)
__attribute__((visibility("default")))   /* the rest is hidden (Makefile) */
#endif
int sqlite3_newswire_init(sqlite3 *db, char **pzErrMsg,
                          const sqlite3_api_routines *pApi){
  NwContext *pCtx;
  int i, rc = SQLITE_OK;
  SQLITE_EXTENSION_INIT2(pApi);
  if( sqlite3_libversion_number()<NW_MIN_SQLITE_VERSION ){
    *pzErrMsg = sqlite3_mprintf("newswire requires SQLite %s or later, "
                                "this is %s", NW_MIN_SQLITE_TEXT,
                                sqlite3_libversion());
    return SQLITE_ERROR;
  }
  pCtx = nwContextNew();
  if( pCtx==0 ) return SQLITE_NOMEM;
  for(i=0; rc==SQLITE_OK && i<(int)(sizeof(aRegistration)
                                    /sizeof(aRegistration[0])); i++){
    rc = nwRegister(db, pCtx, &aRegistration[i]);
  }
  nwContextUnref(pCtx);     /* the registrations hold their own references */
  if( rc!=SQLITE_OK ){
    *pzErrMsg = sqlite3_mprintf("newswire: registration failed: %s",
                                sqlite3_errstr(rc));
  }
  return rc;
}
