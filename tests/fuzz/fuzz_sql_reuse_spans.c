/* libFuzzer target: reuse_spans(a, b [, threshold]) through the SQL glue.
** Input: a 0x1E b (else cut in the middle); a first byte '#' followed by
** a digit sets the threshold to 0.1 * digit (0.0 is an error: (0, 1]).
** Checks: a_text and b_text are the text of a and b at the row's offsets
** (clean UTF-8), score in [0, 1], kind one of the three; a text with a
** content word compared with itself gives a region; time check. */
#include "fuzz_sql.h"

static const char *checkRow(sqlite3_stmt *p, void *pArg){
  const FuzzChars *c = (const FuzzChars*)pArg;
  double score = sqlite3_column_double(p, 5);
  const char *zKind = (const char*)sqlite3_column_text(p, 6);
  if( fuzzCharsCheck(&c[0], sqlite3_column_int64(p, 1), sqlite3_column_int64(p, 2),
                     sqlite3_column_text(p, 7), sqlite3_column_bytes(p, 7)) ){
    return "a_text is not the text of a at a_start, a_length";
  }
  if( fuzzCharsCheck(&c[1], sqlite3_column_int64(p, 3), sqlite3_column_int64(p, 4),
                     sqlite3_column_text(p, 8), sqlite3_column_bytes(p, 8)) ){
    return "b_text is not the text of b at b_start, b_length";
  }
  if( !(score>=0.0 && score<=1.0) ) return "score outside [0, 1]";
  if( zKind==0 || (strcmp(zKind, "verbatim") && strcmp(zKind, "near-verbatim")
                   && strcmp(zKind, "paraphrase")) ) return "unknown kind";
  if( sqlite3_column_int(p, 2)<1 || sqlite3_column_int(p, 4)<1 ){
    return "empty region";
  }
  return 0;
}

static int nRegion = 0;     /* rows of the current call */

static const char *countRow(sqlite3_stmt *p, void *pArg){
  nRegion++;
  return checkRow(p, pArg);
}

/* Does z have a feature (signature_similarity of itself above 0)? */
static int hasContent(const uint8_t *z, size_t n){
  static sqlite3_stmt *p = 0;
  int b;
  fuzzPrepare(&p, "SELECT signature_similarity(passage_signature(?1),"
                  " passage_signature(?1))>0");
  fuzzBindText(p, 1, z, n);
  b = sqlite3_step(p)==SQLITE_ROW && sqlite3_column_int(p, 0);
  sqlite3_reset(p);
  return b;
}

static int runOne(const uint8_t *data, size_t size){
  static sqlite3_stmt *pStmt = 0;
  const uint8_t *zA, *zB;
  size_t nA, nB;
  FuzzChars chars[2];
  int rc;
  fuzzPrepare(&pStmt,
      "SELECT seq, a_start, a_length, b_start, b_length, score, kind,"
      " a_text, b_text FROM reuse_spans(?1, ?2, coalesce(?3, 0.4))");
  fuzzSplitPair(data, size, &zA, &nA, &zB, &nB);
  if( nA>=2 && zA[0]=='#' && zA[1]>='0' && zA[1]<='9' ){
    sqlite3_bind_double(pStmt, 3, 0.1*(zA[1]-'0'));
    zA += 2;
    nA -= 2;
  }
  fuzzCharsInit(&chars[0], zA, nA);
  fuzzCharsInit(&chars[1], zB, nB);
  fuzzBindText(pStmt, 1, zA, nA);
  fuzzBindText(pStmt, 2, zB, nB);
  nRegion = 0;
  rc = fuzzTimedStepAll(pStmt, size, "reuse_spans()", countRow, chars);
  /* reuse_spans(t, t): a text with a content word reuses itself */
  if( rc==SQLITE_OK && nRegion==0 && nA==nB && memcmp(zA, zB, nA)==0
   && hasContent(zA, nA) ){
    fuzzFail("reuse_spans(t, t) found no region", 0);
  }
  fuzzCharsFree(&chars[0]);
  fuzzCharsFree(&chars[1]);
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  fuzzWarmUp(runOne, "The commission postponed the signing. Rain fell."
             "\x1eRain fell. The commission has postponed the signing.");
  return runOne(data, size);
}
