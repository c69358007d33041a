/*
** nw_func.c: scalar SQL functions over the text cores.
**
**     SELECT normalize('Dae’sh');            -- 'daesh'
**     SELECT normalize('  Łódź —  ÉCOLE ');  -- 'lodz - ecole'
**
** NULL in gives NULL out; numbers and blobs are read as text.
*/
#include "nwInt.h"

static void normalizeFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  NwContext *pCtx = sqlite3_user_data(ctx);
  NwNormalizer *pNorm = 0;
  NwText text = {0, 0};
  NwBuf out = {0, 0, 0};
  int rc;
  (void)argc;
  if( sqlite3_value_type(argv[0])==SQLITE_NULL ) return;
  rc = nwTextInit(&text, (const char*)sqlite3_value_text(argv[0]),
                  sqlite3_value_bytes(argv[0]));
  if( rc==NW_OK ) rc = nwContextNormalizer(pCtx, &pNorm);
  if( rc==NW_OK ) rc = nwNormalize(pNorm, text.z, text.n, &out);
  if( rc==NW_OK ) rc = nwBufReserve(&out, 0);    /* "" needs a buffer too */
  nwTextClear(&text);
  if( rc!=NW_OK ){
    nwBufClear(&out);
    nwResultError(ctx, "normalize", rc, "ICU error %s",
                  nwNormalizerError(pNorm));
    return;
  }
  sqlite3_result_text64(ctx, out.z, out.n, sqlite3_free, SQLITE_UTF8);
}

int nwRegisterFunctions(sqlite3 *db, NwContext *pCtx){
  static const struct {
    const char *zName;
    int nArg;
    void (*xFunc)(sqlite3_context*, int, sqlite3_value**);
  } aFunc[] = {
    { "normalize", 1, normalizeFunc },
  };
  int i, rc = SQLITE_OK;
  for(i=0; rc==SQLITE_OK && i<(int)(sizeof(aFunc)/sizeof(aFunc[0])); i++){
    rc = sqlite3_create_function_v2(db, aFunc[i].zName, aFunc[i].nArg,
            SQLITE_UTF8|SQLITE_DETERMINISTIC|SQLITE_INNOCUOUS,
            nwContextRef(pCtx), aFunc[i].xFunc, 0, 0, nwContextUnref);
  }
  return rc;
}
