/* libFuzzer target: entities() with a fuzzed entity_aliases.
** Input: MODE ROWS 0x1D TEXT.  ROWS are separated by 0x1E, fields
** (alias, key, type) by 0x1F; a missing field is NULL.  MODE is the first
** byte, its value modulo 8 (so '0'..'7' in seeds):
**   bits 0-1  0, 1: a table entity_aliases(alias, key, type) of ROWS
**             2: a view over such a table, and the first row's alias
**                is the text of an entities() call inside the view (a
**                view that calls back into entities())
**             3: a table with other columns (alias, k, t)
**   bit 2     PRAGMA trusted_schema=OFF (else ON)
** Then entities(TEXT, '2024-08-15') runs twice (the aliases may be read
** once and kept: the second call must see the same table).  Errors are
** allowed; a crash, a stack overflow or a leak is not (no time check:
** the cost here is the number of aliases, not the input size). */
#include "fuzz_sql.h"

#define MAX_ROWS 1000

static void dropAll(void){
  /* one of the two fails: entity_aliases is a table or a view */
  fuzzTry("DROP VIEW IF EXISTS entity_aliases");
  fuzzTry("DROP TABLE IF EXISTS entity_aliases");
  fuzzExec("DROP TABLE IF EXISTS alias_rows");
}

/* Bind field i of the row z[0..n) (fields cut at 0x1F), NULL if absent. */
static void bindFields(sqlite3_stmt *p, const uint8_t *z, size_t n){
  int i;
  for(i=1; i<=3; i++){
    const uint8_t *zRest;
    size_t nRest, nField;
    if( z==0 ){ sqlite3_bind_null(p, i); continue; }
    fuzzCut(z, n, 0x1F, &zRest, &nRest, &nField);
    fuzzBindText(p, i, z, nField);
    z = zRest;
    n = nRest;
  }
}

static int runOne(const uint8_t *data, size_t size){
  static sqlite3_stmt *pEnt = 0;
  const uint8_t *zRows, *zText, *zRow;
  size_t nRows, nText, nRow;
  int mode, nIns = 0;
  sqlite3_stmt *pStmt;
  if( size==0 ) return 0;
  mode = data[0] % 8;
  fuzzCut(data+1, size-1, 0x1D, &zText, &nText, &nRows);
  zRows = data+1;
  if( zText==0 ){ zText = (const uint8_t*)""; nText = 0; }
  dropAll();
  fuzzExec((mode & 4) ? "PRAGMA trusted_schema=OFF" : "PRAGMA trusted_schema=ON");
  switch( mode & 3 ){
    case 2:
      fuzzExec("CREATE TABLE alias_rows(alias, key, type)");
      break;
    case 3:
      fuzzExec("CREATE TABLE entity_aliases(alias, k, t)");
      break;
    default:
      fuzzExec("CREATE TABLE entity_aliases(alias TEXT, key TEXT, type TEXT)");
      break;
  }
  /* prepared each time: the table is dropped and created again */
  if( sqlite3_prepare_v2(fuzzDb(), (mode & 3)==2
        ? "INSERT INTO alias_rows VALUES(?1, ?2, ?3)"
        : "INSERT INTO entity_aliases VALUES(?1, ?2, ?3)", -1, &pStmt, 0) ){
    fuzzFail("prepare insert", sqlite3_errmsg(fuzzDb()));
  }
  for(zRow=zRows; zRow && nIns<MAX_ROWS; nIns++){
    const uint8_t *zNext;
    size_t nNext;
    fuzzCut(zRow, nRows, 0x1E, &zNext, &nNext, &nRow);
    bindFields(pStmt, zRow, nRow);
    if( fuzzStepAll(pStmt, 0, 0) ){
      fuzzFail("insert alias", sqlite3_errmsg(fuzzDb()));
    }
    zRow = zNext;
    nRows = nNext;
  }
  sqlite3_finalize(pStmt);
  if( (mode & 3)==2 ){
    /* the view reads entities() of the first alias: entities() reading
    ** entity_aliases reads the view, which calls entities() again */
    fuzzExec("CREATE VIEW entity_aliases AS"
             " SELECT alias, key, type FROM alias_rows UNION ALL"
             " SELECT e.text, 'person:x', 'PERSON'"
             " FROM (SELECT alias FROM alias_rows LIMIT 1) a,"
             " entities(a.alias) e");
  }
  fuzzPrepare(&pEnt, "SELECT * FROM entities(?1, '2024-08-15')");
  fuzzBindText(pEnt, 1, zText, nText);
  fuzzStepAll(pEnt, 0, 0);
  fuzzBindText(pEnt, 1, zText, nText);
  fuzzStepAll(pEnt, 0, 0);
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  fuzzWarmUp(runOne, "0Al-Hurra\x1forg:alhurra\x1fORG\x1d"
             "The spokesman told Al-Hurra that talks went well.");
  return runOne(data, size);
}
