/* libFuzzer target: passage_signature(text) and signature_similarity()
** over arbitrary BLOBs, through the SQL glue.  Input: a 0x1E b (else cut
** in the middle).  a and b are compared as BLOBs (mostly malformed: an
** error naming the argument is the right answer), a well-formed
** signature of a is compared with b, and b is patched into a real
** signature (its bytes written over the signature of a from offset 0):
** a near-valid signature with fuzzed header or slots.  Checks: a result
** is NULL, an error, or a number in [0, 1]; the signature of a text is
** 524 bytes, or NULL for an empty text. */
#include "fuzz_sql.h"

static const char *checkRow(sqlite3_stmt *p, void *pArg){
  (void)pArg;
  if( sqlite3_column_type(p, 0)!=SQLITE_NULL ){
    double v = sqlite3_column_double(p, 0);
    if( !(v>=0.0 && v<=1.0) ) return "similarity outside [0, 1]";
  }
  return 0;
}

static const char *checkSig(sqlite3_stmt *p, void *pArg){
  (void)pArg;
  if( sqlite3_column_type(p, 0)!=SQLITE_NULL
   && sqlite3_column_bytes(p, 0)!=524 ) return "signature is not 524 bytes";
  return 0;
}

static void compare(sqlite3_stmt *pCmp, const void *zA, size_t nA,
                    const void *zB, size_t nB){
  fuzzBindBlob(pCmp, 1, zA, nA);
  fuzzBindBlob(pCmp, 2, zB, nB);
  fuzzStepAll(pCmp, checkRow, 0);
}

static int runOne(const uint8_t *data, size_t size){
  static sqlite3_stmt *pSig = 0, *pCmp = 0;
  const uint8_t *zA, *zB;
  size_t nA, nB;
  uint8_t aSig[524];
  int nSig = 0;
  fuzzPrepare(&pSig, "SELECT passage_signature(?1)");
  fuzzPrepare(&pCmp, "SELECT signature_similarity(?1, ?2)");
  fuzzSplitPair(data, size, &zA, &nA, &zB, &nB);
  compare(pCmp, zA, nA, zB, nB);
  compare(pCmp, zB, nB, zB, nB);
  fuzzBindText(pSig, 1, zA, nA);
  if( sqlite3_step(pSig)==SQLITE_ROW ){
    nSig = sqlite3_column_bytes(pSig, 0);
    if( nSig>(int)sizeof(aSig) ) fuzzFail("signature longer than 524 bytes", 0);
    memcpy(aSig, sqlite3_column_blob(pSig, 0), (size_t)nSig);
  }
  sqlite3_reset(pSig);
  fuzzBindText(pSig, 1, zA, nA);
  fuzzStepAll(pSig, checkSig, 0);
  if( nSig>0 ){
    compare(pCmp, aSig, (size_t)nSig, zB, nB);
    memcpy(aSig, zB, nB<(size_t)nSig ? nB : (size_t)nSig);
    compare(pCmp, aSig, (size_t)nSig, aSig, (size_t)nSig);
  }
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  fuzzWarmUp(runOne, "The ministry announced the withdrawal\x1eNWS");
  return runOne(data, size);
}
