/*
** nw_func.c: scalar SQL functions over the text cores.
**
**     SELECT normalize('Dae’sh');            -- 'daesh'
**     SELECT normalize('  Łódź —  ÉCOLE ');  -- 'lodz - ecole'
**
**     SELECT similar_passage(:a, :b);                -- [0,1], symmetric
**     SELECT similar_passage(:a, :b, 'containment'); -- share of a in b
**     SELECT passage_signature(:a);                  -- 524-byte BLOB
**     SELECT signature_similarity(:sigA, :sigB);     -- [0,1]
**
** NULL in gives NULL out; numbers and blobs are read as text.
*/
#include <string.h>
#include "nwInt.h"

/* Decode pVal and build its bag.  Returns NW_OK or an error code. */
static int bagFromValue(NwContext *pCtx, sqlite3_value *pVal, NwBag *pBag){
  NwText text = {0, 0};
  NwFeaturizer f;
  int rc;
  memset(&f, 0, sizeof(f));
  rc = nwTextInit(&text, (const char*)sqlite3_value_text(pVal),
                  sqlite3_value_bytes(pVal));
  if( rc==NW_OK ) rc = nwContextFeaturizer(pCtx, &f);
  if( rc==NW_OK ) rc = nwBagFromText(&f, text.z, text.n, pBag);
  nwBufClear(&f.norm);
  nwTextClear(&text);
  return rc;
}

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

/* similar_passage(a, b [, mode]) */
static void similarFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  NwContext *pCtx = sqlite3_user_data(ctx);
  NwBag a = {0, 0, 0}, b = {0, 0, 0};
  int bContain = 0, rc;
  if( argc==3 ){
    const char *zMode = (const char*)sqlite3_value_text(argv[2]);
    if( zMode && sqlite3_stricmp(zMode, "containment")==0 ){
      bContain = 1;
    }else if( zMode==0 || sqlite3_stricmp(zMode, "similarity")!=0 ){
      nwResultError(ctx, "similar_passage", NW_ERROR,
          "unknown mode '%s'; use 'similarity' or 'containment'",
          zMode ? zMode : "NULL");
      return;
    }
  }
  if( sqlite3_value_type(argv[0])==SQLITE_NULL
   || sqlite3_value_type(argv[1])==SQLITE_NULL ) return;
  rc = bagFromValue(pCtx, argv[0], &a);
  if( rc==NW_OK ) rc = bagFromValue(pCtx, argv[1], &b);
  if( rc==NW_OK ){
    sqlite3_result_double(ctx, bContain ? nwBagContainment(&a, &b)
                                        : nwBagDice(&a, &b));
  }else{
    nwResultError(ctx, "similar_passage", rc, "could not read the text");
  }
  nwBagClear(&a);
  nwBagClear(&b);
}

/* passage_signature(text) */
static void signatureFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  NwContext *pCtx = sqlite3_user_data(ctx);
  NwBag bag = {0, 0, 0};
  unsigned char *aSig;
  int rc;
  (void)argc;
  if( sqlite3_value_type(argv[0])==SQLITE_NULL ) return;
  rc = bagFromValue(pCtx, argv[0], &bag);
  if( rc!=NW_OK ){
    nwBagClear(&bag);
    nwResultError(ctx, "passage_signature", rc, "could not read the text");
    return;
  }
  aSig = sqlite3_malloc(NW_SIG_BYTES);
  if( aSig==0 ){
    nwBagClear(&bag);
    sqlite3_result_error_nomem(ctx);
    return;
  }
  nwSignature(&bag, aSig);
  nwBagClear(&bag);
  sqlite3_result_blob(ctx, aSig, NW_SIG_BYTES, sqlite3_free);
}

/* signature_similarity(sigA, sigB) */
static void sigSimilarityFunc(sqlite3_context *ctx, int argc,
                              sqlite3_value **argv){
  const unsigned char *a[2];
  int i;
  (void)argc;
  for(i=0; i<2; i++){
    const char *zWhy = 0;
    if( sqlite3_value_type(argv[i])==SQLITE_NULL ) return;
    a[i] = sqlite3_value_blob(argv[i]);
    if( sqlite3_value_type(argv[i])!=SQLITE_BLOB
     || nwSignatureCheck(a[i], (size_t)sqlite3_value_bytes(argv[i]), &zWhy) ){
      nwResultError(ctx, "signature_similarity", NW_ERROR,
          "argument %d is not a passage_signature() BLOB (%s, %d bytes)",
          i+1, zWhy ? zWhy : "not a BLOB", sqlite3_value_bytes(argv[i]));
      return;
    }
  }
  sqlite3_result_double(ctx, nwSignatureSimilarity(a[0], a[1]));
}

/* newswire_hash(text): 16 hex digits of the 64-bit FNV-1a of the bytes,
** for noticing that a stored text changed (not for security). */
static void hashFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const char *z;
  (void)argc;
  if( sqlite3_value_type(argv[0])==SQLITE_NULL ) return;
  z = (const char*)sqlite3_value_blob(argv[0]);
  sqlite3_result_text(ctx, sqlite3_mprintf("%016llx",
      (unsigned long long)nwHashBytes(z ? z : "",
                                      (size_t)sqlite3_value_bytes(argv[0]))),
      -1, sqlite3_free);
}

int nwRegisterFunctions(sqlite3 *db, NwContext *pCtx){
  static const struct {
    const char *zName;
    int nArg;
    void (*xFunc)(sqlite3_context*, int, sqlite3_value**);
  } aFunc[] = {
    { "normalize",            1, normalizeFunc },
    { "similar_passage",      2, similarFunc },
    { "similar_passage",      3, similarFunc },
    { "passage_signature",    1, signatureFunc },
    { "signature_similarity", 2, sigSimilarityFunc },
    { "newswire_hash",        1, hashFunc },
  };
  int i, rc = SQLITE_OK;
  for(i=0; rc==SQLITE_OK && i<(int)(sizeof(aFunc)/sizeof(aFunc[0])); i++){
    rc = sqlite3_create_function_v2(db, aFunc[i].zName, aFunc[i].nArg,
            SQLITE_UTF8|SQLITE_DETERMINISTIC|SQLITE_INNOCUOUS,
            nwContextRef(pCtx), aFunc[i].xFunc, 0, 0, nwContextUnref);
  }
  return rc;
}
