/* libFuzzer target: claims(text) through the SQL glue.  Checks (when the
** input is clean UTF-8): the characters at the speaker's and the
** content's offsets are speaker and content (what substr() would give,
** checked through a character index: substr() per row is quadratic), the
** sentence lies inside the text, content_parts is a JSON array; and the
** time check. */
#include "fuzz_sql.h"

static const char *checkRow(sqlite3_stmt *p, void *pArg){
  const FuzzChars *c = (const FuzzChars*)pArg;
  const char *zWhy = 0;
  if( sqlite3_column_type(p, 1)!=SQLITE_NULL ){
    zWhy = fuzzCharsCheck(c, sqlite3_column_int64(p, 2),
                          sqlite3_column_int64(p, 3),
                          sqlite3_column_text(p, 1), sqlite3_column_bytes(p, 1));
    if( zWhy ) return "speaker: not the text at speaker_start, speaker_length";
  }
  zWhy = fuzzCharsCheck(c, sqlite3_column_int64(p, 8),
                        sqlite3_column_int64(p, 9),
                        sqlite3_column_text(p, 7), sqlite3_column_bytes(p, 7));
  if( zWhy ) return "content: not the text at content_start, content_length";
  if( sqlite3_column_type(p, 13)!=SQLITE_TEXT
   || sqlite3_column_bytes(p, 13)<5
   || sqlite3_column_text(p, 13)[0]!='['
   || sqlite3_column_text(p, 13)[sqlite3_column_bytes(p, 13)-1]!=']' ){
    return "content_parts: not a JSON array of pieces";
  }
  if( sqlite3_column_int64(p, 12)<1
   || fuzzCharsCheck(c, sqlite3_column_int64(p, 11),
                     sqlite3_column_int64(p, 12), 0, 0) ){
    return "the sentence is not inside the text";
  }
  return 0;
}

static int runOne(const uint8_t *data, size_t size){
  static sqlite3_stmt *pStmt = 0;
  FuzzChars chars;
  fuzzPrepare(&pStmt,
      "SELECT seq, speaker, speaker_start, speaker_length, speaker_resolved,"
      " cue, recipient, content, content_start, content_length, kind,"
      " sentence_start, sentence_length, content_parts FROM claims(?1)");
  fuzzCharsInit(&chars, data, size);
  fuzzBindText(pStmt, 1, data, size);
  fuzzTimedStepAll(pStmt, size, "claims()", checkRow, &chars);
  fuzzCharsFree(&chars);
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  fuzzWarmUp(runOne, "\"We will not leave,\" the minister said. "
             "According to Reuters, she added that talks would resume.");
  return runOne(data, size);
}
