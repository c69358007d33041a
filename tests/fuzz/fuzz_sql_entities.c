/* libFuzzer target: entities(text, reference_date) through the SQL glue.
** Input: an optional header line with the reference date (fuzzRefDate in
** fuzz_sql.h: as written, or "@" and 4 bytes for a random real date of
** 0001..9999), then the text.  Checks: substr(text, start, length) is the
** row's text (when the input is clean UTF-8), DATE and TIME values have
** the documented forms with years 0001..9999, a reference date not
** written YYYY-MM-DD is an error, and the time check. */
#include "fuzz_sql.h"

static const char *checkRow(sqlite3_stmt *p, void *pArg){
  const char *zType = (const char*)sqlite3_column_text(p, 4);
  const char *zValue = (const char*)sqlite3_column_text(p, 5);
  const char *zWhy = 0;
  if( *(int*)pArg && sqlite3_column_int(p, 10)!=1 ){
    return "substr(text, start, length) is not the row's text";
  }
  if( sqlite3_column_int(p, 1)<1 || sqlite3_column_int(p, 2)<1 ){
    return "start or length below 1";
  }
  if( zType && strcmp(zType, "DATE")==0 ) zWhy = fuzzCheckDateValue(zValue);
  if( zType && strcmp(zType, "TIME")==0 ) zWhy = fuzzCheckTimeValue(zValue);
  if( zWhy ){
    fprintf(stderr, "fuzz: %s value '%s' of '%s'\n", zType, zValue,
            (const char*)sqlite3_column_text(p, 3));
  }
  return zWhy;
}

static int runOne(const uint8_t *data, size_t size){
  static sqlite3_stmt *pStmt = 0;
  const uint8_t *zHdr, *zText;
  size_t nHdr, nText;
  char zRef[64];
  int bClean;
  fuzzPrepare(&pStmt,
      "SELECT seq, start, length, text, type, value, unit, approximate, key,"
      " role, substr(?1, start, length) IS text FROM entities(?1, ?2)");
  fuzzSplitHeader(data, size, &zHdr, &nHdr, &zText, &nText);
  bClean = fuzzIsCleanUtf8(zText, nText);
  fuzzBindText(pStmt, 1, zText, nText);
  if( fuzzRefDate(zHdr, nHdr, zRef, sizeof(zRef)) ){
    fuzzBindText(pStmt, 2, zRef, strlen(zRef));
  }
  if( fuzzTimedStepAll(pStmt, nText, "entities()", checkRow, &bClean)==SQLITE_OK
   && zHdr && fuzzCheckRefDate(zRef) ){
    fprintf(stderr, "fuzz: reference_date '%s'\n", zRef);
    fuzzFail("entities() accepted a malformed reference date",
             fuzzCheckRefDate(zRef));
  }
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  fuzzWarmUp(runOne, "2024-08-15\nMr. John Smith of Acme Corp said on "
             "Monday, 5 August, that 2,500 troops left Iraq 3 days ago.");
  return runOne(data, size);
}
