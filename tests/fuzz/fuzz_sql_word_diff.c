/* libFuzzer target: word_diff(a, b) through the SQL glue.  Input: a 0x1E
** b (else cut in the middle).  Checks: the runs are numbered 1, 2, 3 ...,
** op is one of four, a_text/b_text are the text of a and b at the row's
** offsets when not NULL (clean UTF-8), the runs cover a and b in order;
** time check. */
#include "fuzz_sql.h"

typedef struct DiffState DiffState;
struct DiffState { FuzzChars a, b; int iSeq; int iA, iB; };

static const char *checkRow(sqlite3_stmt *p, void *pArg){
  DiffState *s = (DiffState*)pArg;
  const char *zOp = (const char*)sqlite3_column_text(p, 1);
  int aStart = sqlite3_column_int(p, 4), aLen = sqlite3_column_int(p, 5);
  int bStart = sqlite3_column_int(p, 6), bLen = sqlite3_column_int(p, 7);
  if( sqlite3_column_int(p, 0)!=++s->iSeq ) return "seq is not 1, 2, 3 ...";
  if( zOp==0 || (strcmp(zOp, "equal") && strcmp(zOp, "insert")
                 && strcmp(zOp, "delete") && strcmp(zOp, "replace")) ){
    return "unknown op";
  }
  if( aLen<0 || bLen<0 || aStart<1 || bStart<1 ) return "negative offsets";
  if( aStart<s->iA || bStart<s->iB ) return "runs out of order";
  s->iA = aStart + aLen;
  s->iB = bStart + bLen;
  if( fuzzCharsCheck(&s->a, aStart, aLen, sqlite3_column_text(p, 2),
                     sqlite3_column_bytes(p, 2)) ){
    return "a_text is not the text of a at a_start, a_length";
  }
  if( fuzzCharsCheck(&s->b, bStart, bLen, sqlite3_column_text(p, 3),
                     sqlite3_column_bytes(p, 3)) ){
    return "b_text is not the text of b at b_start, b_length";
  }
  return 0;
}

static int runOne(const uint8_t *data, size_t size){
  static sqlite3_stmt *pStmt = 0;
  const uint8_t *zA, *zB;
  size_t nA, nB;
  DiffState s;
  fuzzPrepare(&pStmt,
      "SELECT seq, op, a_text, b_text, a_start, a_length, b_start, b_length"
      " FROM word_diff(?1, ?2)");
  fuzzSplitPair(data, size, &zA, &nA, &zB, &nB);
  s.iSeq = 0;
  s.iA = s.iB = 1;
  fuzzCharsInit(&s.a, zA, nA);
  fuzzCharsInit(&s.b, zB, nB);
  fuzzBindText(pStmt, 1, zA, nA);
  fuzzBindText(pStmt, 2, zB, nB);
  fuzzTimedStepAll(pStmt, size, "word_diff()", checkRow, &s);
  fuzzCharsFree(&s.a);
  fuzzCharsFree(&s.b);
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  fuzzWarmUp(runOne, "We were very close to announcing this agreement."
             "\x1eWe were really close to exposing this deal.");
  return runOne(data, size);
}
