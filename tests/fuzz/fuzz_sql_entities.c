/* libFuzzer target: entities(text, reference_date) through the SQL glue.
** Input: an optional header line with the reference date (fuzzRefDate in
** fuzz_util.h: as written, or "@" and 4 bytes for a random real date of
** 0001..9999), then the text.  Checks: the characters at start, length
** are the row's text, as substr() would give (when the input is clean
** UTF-8; checked through fuzzCharsCheck), DATE and TIME values have
** the documented forms with years 0001..9999 (the timex column too), a
** reference date not
** written YYYY-MM-DD is an error, and the time check. */
#include "fuzz_sql.h"

static const char *checkRow(sqlite3_stmt *p, void *pArg){
  const char *zType = (const char*)sqlite3_column_text(p, 4);
  const char *zValue = (const char*)sqlite3_column_text(p, 5);
  const char *zWhy;
  if( sqlite3_column_int64(p, 2)<1 ) return "empty mention";
  zWhy = fuzzCharsCheck((FuzzChars*)pArg, sqlite3_column_int64(p, 1),
                        sqlite3_column_int64(p, 2), sqlite3_column_text(p, 3),
                        sqlite3_column_bytes(p, 3));
  if( zWhy ) return zWhy;
  const char *zTimex = (const char*)sqlite3_column_text(p, 10);
  int bTx = zType && (strcmp(zType, "DATE")==0 || strcmp(zType, "TIME")==0
                      || strcmp(zType, "DURATION")==0 || strcmp(zType, "SET")==0);
  /* the value: as before for DATE and TIME, or the TimeML value of the
  ** forms added since (quarters, seasons, parts of the day, ...) */
  if( zType && strcmp(zType, "DATE")==0 && fuzzCheckDateValue(zValue)
   && fuzzCheckTimex(zType, zValue) ) zWhy = fuzzCheckDateValue(zValue);
  if( zType && strcmp(zType, "TIME")==0 && fuzzCheckTimeValue(zValue)
   && fuzzCheckTimex(zType, zValue) ) zWhy = fuzzCheckTimeValue(zValue);
  if( !zWhy && bTx ) zWhy = fuzzCheckTimex(zType, zTimex);
  if( !zWhy && !bTx && zTimex ) zWhy = "a timex on a type that has none";
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
  FuzzChars chars;
  fuzzPrepare(&pStmt,
      "SELECT seq, start, length, text, type, value, unit, approximate, key,"
      " role, timex FROM entities(?1, ?2)");
  fuzzSplitHeader(data, size, &zHdr, &nHdr, &zText, &nText);
  fuzzCharsInit(&chars, zText, nText);
  fuzzBindText(pStmt, 1, zText, nText);
  if( fuzzRefDate(zHdr, nHdr, zRef, sizeof(zRef)) ){
    fuzzBindText(pStmt, 2, zRef, strlen(zRef));
  }
  if( fuzzTimedStepAll(pStmt, nText, "entities()", checkRow, &chars)==SQLITE_OK
   && zHdr && fuzzCheckRefDate(zRef) ){
    fprintf(stderr, "fuzz: reference_date '%s'\n", zRef);
    fuzzFail("entities() accepted a malformed reference date",
             fuzzCheckRefDate(zRef));
  }
  fuzzCharsFree(&chars);
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  fuzzWarmUp(runOne, "2024-08-15\nMr. John Smith of Acme Corp said on "
             "Monday, 5 August, that 2,500 troops left Iraq 3 days ago.");
  return runOne(data, size);
}
