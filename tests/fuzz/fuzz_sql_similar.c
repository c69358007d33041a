/* libFuzzer target: similar_passage(a, b), similar_passage(a, b,
** 'containment') and signature_similarity(passage_signature(a),
** passage_signature(b)) through the SQL glue.  Input: a 0x1E b (else cut
** in the middle).  Checks: every score is in [0, 1]; a text is 1.0
** similar to itself or 0 (no content words); similarity is symmetric;
** time check. */
#include "fuzz_sql.h"
#include <math.h>

static const char *checkRow(sqlite3_stmt *p, void *pArg){
  int i;
  (void)pArg;
  for(i=0; i<5; i++){
    double v = sqlite3_column_double(p, i);
    if( sqlite3_column_type(p, i)!=SQLITE_FLOAT
     && sqlite3_column_type(p, i)!=SQLITE_INTEGER ) return "score is not a number";
    if( !(v>=0.0 && v<=1.0) ) return "score outside [0, 1]";
  }
  if( fabs(sqlite3_column_double(p, 0)-sqlite3_column_double(p, 3))>1e-9 ){
    return "similar_passage(a, b) differs from similar_passage(b, a)";
  }
  if( sqlite3_column_double(p, 4)!=1.0 && sqlite3_column_double(p, 4)!=0.0 ){
    return "similar_passage(a, a) is neither 1 nor 0";
  }
  return 0;
}

static int runOne(const uint8_t *data, size_t size){
  static sqlite3_stmt *pStmt = 0;
  const uint8_t *zA, *zB;
  size_t nA, nB;
  fuzzPrepare(&pStmt,
      "SELECT similar_passage(?1, ?2), similar_passage(?1, ?2, 'containment'),"
      " signature_similarity(passage_signature(?1), passage_signature(?2)),"
      " similar_passage(?2, ?1), similar_passage(?1, ?1)");
  fuzzSplitPair(data, size, &zA, &nA, &zB, &nB);
  fuzzBindText(pStmt, 1, zA, nA);
  fuzzBindText(pStmt, 2, zB, nB);
  if( fuzzTimedStepAll(pStmt, size, "similar_passage()", checkRow, 0) ){
    fuzzFail("similar_passage() failed", sqlite3_errmsg(fuzzDb()));
  }
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  fuzzWarmUp(runOne, "the Supreme Military Committee has focused its work"
             "\x1ethe Higher Military Commission focused its work");
  return runOne(data, size);
}
