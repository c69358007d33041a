/* libFuzzer target: claims(text) through the SQL glue.  Checks (when the
** input is clean UTF-8): substr() at the speaker's and the content's
** offsets gives back speaker and content, the sentence lies inside the
** text; and the time check. */
#include "fuzz_sql.h"

static const char *checkRow(sqlite3_stmt *p, void *pArg){
  if( sqlite3_column_int(p, 13)!=1 ){
    return "substr(text, speaker_start, speaker_length) is not speaker";
  }
  if( *(int*)pArg && sqlite3_column_int(p, 14)!=1 ){
    return "substr(text, content_start, content_length) is not content";
  }
  if( *(int*)pArg && sqlite3_column_int(p, 15)!=1 ){
    return "the sentence is not inside the text";
  }
  return 0;
}

static int runOne(const uint8_t *data, size_t size){
  static sqlite3_stmt *pStmt = 0;
  int bClean = fuzzIsCleanUtf8(data, size);
  fuzzPrepare(&pStmt,
      "SELECT seq, speaker, speaker_start, speaker_length, speaker_resolved,"
      " cue, recipient, content, content_start, content_length, kind,"
      " sentence_start, sentence_length,"
      " speaker IS NULL OR NOT ?2"
      "   OR substr(?1, speaker_start, speaker_length) IS speaker,"
      " substr(?1, content_start, content_length) IS content,"
      " sentence_start>=1 AND sentence_length>=1"
      "   AND sentence_start+sentence_length-1<=length(?1)"
      " FROM claims(?1)");
  fuzzBindText(pStmt, 1, data, size);
  sqlite3_bind_int(pStmt, 2, bClean);
  fuzzTimedStepAll(pStmt, size, "claims()", checkRow, &bClean);
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  fuzzWarmUp(runOne, "\"We will not leave,\" the minister said. "
             "According to Reuters, she added that talks would resume.");
  return runOne(data, size);
}
