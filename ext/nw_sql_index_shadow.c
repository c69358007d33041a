/*
** nw_sql_index_shadow.c: the shadow tables of passage_index, as stored
** (the module is nw_sql_index.c):
**
**     pidx_config(key PRIMARY KEY, value)  format version and LSH shape
**     pidx_sig(id INTEGER PRIMARY KEY, sig BLOB)  one signature a passage
**     pidx_band(k INTEGER PRIMARY KEY, data BLOB)  the band buckets
**                                         (format 2; nw_sql_index_bands.c)
**
** The shadow tables come from the database file, so nothing in them is
** trusted.  Before a read or write the module calls nwIndexCheckShadows():
** tables, not views; no index or trigger of someone else's on them; the
** layout xCreate makes; the version and shape in _config.  It reports
** what is wrong, naming the table and what to do.  Every signature read
** (nwSigScanStep(), nwSigLoad()) is checked before use.
*/
#include <stdarg.h>
#include <string.h>
#include <limits.h>
#include "nwInt.h"
#include "nw_lsh.h"

/* The in-memory arrays are indexed by int. */
#define NW_INDEX_MAX_ROWS (INT_MAX/2)

/* ------------------------------------------------------------ helpers */

/* The statement zFmt and ap make (sqlite3_vmprintf), run (pp is 0) or
** prepared into *pp. */
static int indexSqlV(sqlite3 *db, sqlite3_stmt **pp, const char *zFmt,
                     va_list ap){
  char *zSql = sqlite3_vmprintf(zFmt, ap);
  int rc;
  if( zSql==0 ) return SQLITE_NOMEM;
  rc = pp ? sqlite3_prepare_v2(db, zSql, -1, pp, 0)
          : sqlite3_exec(db, zSql, 0, 0, 0);
  sqlite3_free(zSql);
  return rc;
}

int nwIndexExec(sqlite3 *db, const char *zFmt, ...){
  va_list ap;
  int rc;
  va_start(ap, zFmt);
  rc = indexSqlV(db, 0, zFmt, ap);
  va_end(ap);
  return rc;
}

int nwIndexPrepare(sqlite3 *db, sqlite3_stmt **pp, const char *zFmt, ...){
  va_list ap;
  int rc;
  va_start(ap, zFmt);
  rc = indexSqlV(db, pp, zFmt, ap);
  va_end(ap);
  return rc;
}

int nwIndexPrepareKept(sqlite3 *db, sqlite3_stmt **pp, const char *zFmt,
                       const char *zDb, const char *zName){
  char *zSql;
  int rc;
  if( *pp ) return SQLITE_OK;
  zSql = sqlite3_mprintf(zFmt, zDb, zName);
  if( zSql==0 ) return SQLITE_NOMEM;
  rc = sqlite3_prepare_v3(db, zSql, -1, SQLITE_PREPARE_PERSISTENT, pp, 0);
  sqlite3_free(zSql);
  return rc;
}

/* -------------------------------------------- reading sqlite_schema SQL */

/* Past spaces and comments, as SQLite's tokenizer skips them. */
static const char *sqlSkipSpace(const char *z){
  for(;;){
    while( *z==' ' || *z=='\t' || *z=='\n' || *z=='\r' || *z=='\f' ) z++;
    if( z[0]=='-' && z[1]=='-' ){
      while( *z && *z!='\n' ) z++;
    }else if( z[0]=='/' && z[1]=='*' ){
      const char *zEnd = strstr(z+2, "*/");
      z = zEnd ? zEnd+2 : z+strlen(z);
    }else{
      return z;
    }
  }
}

static int sqlIdChar(char c){
  unsigned char u = (unsigned char)c;
  return (u>='a' && u<='z') || (u>='A' && u<='Z') || (u>='0' && u<='9')
      || u=='_' || u=='$' || u>=0x80;
}

static int asciiLower(int c){
  return (c>='A' && c<='Z') ? c+32 : c;
}

/* If the token at *pz (after spaces and comments) is the identifier or
** keyword zWant (ASCII case-insensitive; bare or quoted with "", ``, []
** or ''), move *pz past it and return 1; else return 0. */
static int sqlTokenIs(const char **pz, const char *zWant){
  const char *z = sqlSkipSpace(*pz);
  size_t i = 0;
  char cClose = 0;
  if( *z=='"' || *z=='`' || *z=='\'' ) cClose = *z;
  else if( *z=='[' ) cClose = ']';
  if( cClose ){
    for(z++; *z; z++){
      if( *z==cClose ){
        if( cClose!=']' && z[1]==cClose ){
          z++;                           /* a doubled quote is one */
        }else{
          break;
        }
      }
      if( zWant[i]==0 || asciiLower(*z)!=asciiLower(zWant[i]) ) return 0;
      i++;
    }
    if( *z!=cClose || zWant[i]!=0 ) return 0;
    *pz = z+1;
    return 1;
  }
  for(; sqlIdChar(*z); z++, i++){
    if( zWant[i]==0 || asciiLower(*z)!=asciiLower(zWant[i]) ) return 0;
  }
  if( i==0 || zWant[i]!=0 ) return 0;
  *pz = z;
  return 1;
}

/* True if zSql is "CREATE TABLE <zName>" followed by exactly zLayout. */
static int sqlIsShadow(const char *zSql, const char *zName,
                       const char *zLayout){
  const char *z = zSql;
  return zSql && sqlTokenIs(&z, "create") && sqlTokenIs(&z, "table")
      && sqlTokenIs(&z, zName) && strcmp(z, zLayout)==0;
}

/* True if zSql creates a virtual table with module passage_index, read
** as SQLite reads it: CREATE VIRTUAL TABLE [IF NOT EXISTS] [schema.]name
** USING module. */
int nwIndexSqlIsModule(const char *zSql, const char *zName){
  const char *z = zSql;
  if( zSql==0 || !sqlTokenIs(&z, "create") || !sqlTokenIs(&z, "virtual")
   || !sqlTokenIs(&z, "table") ){
    return 0;
  }
  if( sqlTokenIs(&z, "if") ){
    if( !sqlTokenIs(&z, "not") || !sqlTokenIs(&z, "exists") ) return 0;
  }
  if( !sqlTokenIs(&z, zName) ){
    return 0;                       /* a schema name first: not ours */
  }
  return sqlTokenIs(&z, "using") && sqlTokenIs(&z, "passage_index")
      && !sqlIdChar(*z);
}

/* ----------------------------------------------- checking the shadows */

/* The config keys and the values this build reads; bands and rows (-1)
** are the index's own shape, any that nwLshShapeValid() takes. */
static const struct { const char *zKey; int iValue; } aConfigKey[] = {
  { "version", -1 },
  { "slots", NW_SIG_K },
  { "bands", -1 },
  { "rows", -1 },
};
#define NW_CONFIG_BANDS 2             /* then rows */
#define NW_INDEX_VERSION_OLD 1        /* no _band: upgraded by 'rebuild' */
#define NW_CONFIG_KEYS ((int)(sizeof(aConfigKey)/sizeof(aConfigKey[0])))

/* A config value as the messages show it: 1, '1' (text), NULL, ... */
static char *configValueText(sqlite3_value *pVal){
  switch( sqlite3_value_type(pVal) ){
    case SQLITE_INTEGER: return sqlite3_mprintf("%lld",
                                                sqlite3_value_int64(pVal));
    case SQLITE_NULL:    return sqlite3_mprintf("NULL");
    case SQLITE_BLOB:    return sqlite3_mprintf("a BLOB");
    default:             return sqlite3_mprintf("'%.40s' (not an integer)",
                                                sqlite3_value_text(pVal));
  }
}

/* Check the rows of zName_config that pStmt (SELECT key, value) gives:
** each key above present once, an integer of the expected value (bands
** and rows: a shape, into *pShape; the version into *piVersion); other
** keys are ignored.  pStmt is left to the caller.  On error, *pzErr. */
static int checkConfigRows(sqlite3 *db, sqlite3_stmt *pStmt,
                           const char *zName, NwLshShape *pShape,
                           sqlite3_int64 *piVersion, char **pzErr){
  int aSeen[NW_CONFIG_KEYS] = {0};
  sqlite3_int64 aShape[3] = {0, 0, 0};      /* version, bands, rows */
  int i, rc = SQLITE_OK, rcStep;
  while( rc==SQLITE_OK && (rcStep = sqlite3_step(pStmt))==SQLITE_ROW ){
    const char *zKey = (const char*)sqlite3_column_text(pStmt, 0);
    sqlite3_value *pVal = sqlite3_column_value(pStmt, 1);
    int bInt = sqlite3_value_type(pVal)==SQLITE_INTEGER;
    sqlite3_int64 v = sqlite3_value_int64(pVal);
    for(i=0; zKey && rc==SQLITE_OK && i<NW_CONFIG_KEYS; i++){
      char *zVal;
      if( strcmp(zKey, aConfigKey[i].zKey)!=0 ) continue;
      if( aSeen[i]++ ){
        *pzErr = sqlite3_mprintf("%s_config: key '%s' appears twice", zName,
                                 zKey);
        rc = SQLITE_CORRUPT_VTAB;
      }else if( bInt && aConfigKey[i].iValue<0
             && (i>0 || v==NW_INDEX_VERSION || v==NW_INDEX_VERSION_OLD) ){
        aShape[i==0 ? 0 : i-NW_CONFIG_BANDS+1] = v;
      }else if( !bInt || v!=aConfigKey[i].iValue ){
        zVal = configValueText(pVal);
        *pzErr = i==0
          ? sqlite3_mprintf("%s_config: format version %s is not supported "
                            "(this build reads %d and %d)", zName, zVal,
                            NW_INDEX_VERSION_OLD, NW_INDEX_VERSION)
          : aConfigKey[i].iValue<0
          ? sqlite3_mprintf("%s_config: '%s' is %s", zName, zKey, zVal)
          : sqlite3_mprintf("%s_config: '%s' is %s, this build reads %d",
                            zName, zKey, zVal, aConfigKey[i].iValue);
        sqlite3_free(zVal);
        rc = SQLITE_ERROR;
      }
    }
  }
  if( rc==SQLITE_OK && rcStep!=SQLITE_DONE ){
    rc = sqlite3_reset(pStmt);
    *pzErr = sqlite3_mprintf("%s_config: %s", zName, sqlite3_errmsg(db));
  }
  for(i=0; rc==SQLITE_OK && i<NW_CONFIG_KEYS; i++){
    if( !aSeen[i] ){
      *pzErr = sqlite3_mprintf("%s_config: key '%s' is missing", zName,
                               aConfigKey[i].zKey);
      rc = SQLITE_CORRUPT_VTAB;
    }
  }
  if( rc==SQLITE_OK && !nwLshShapeValid(aShape[1], aShape[2]) ){
    *pzErr = sqlite3_mprintf("%s_config: %lld bands of %lld rows are no shape"
                             " of %d slots (rows 1 to %d, bands times rows at"
                             " most %d)", zName, aShape[1], aShape[2],
                             NW_SIG_K, NW_LSH_MAX_ROWS, NW_SIG_K);
    rc = SQLITE_CORRUPT_VTAB;
  }
  if( rc==SQLITE_OK && pShape ){
    pShape->nBand = (int)aShape[1];
    pShape->nRow = (int)aShape[2];
  }
  *piVersion = aShape[0];
  return rc;
}

/* What sqlite_schema of zDb says about the shadow tables: each must be a
** table in the layout xCreate made, with no index or trigger on it (that
** would run someone else's SQL on our writes).  _config and _sig must be
** there; *pbBand says whether _band is (format 1 has none).  On error,
** *pzErr. */
static int checkShadowSchema(sqlite3 *db, const char *zDb, const char *zName,
                             char **pzErr, int *pbOwnFix, int *pbBand){
  static const char *const azSuffix[3] = { "config", "sig", "band" };
  static const char *const azLayout[3] = { NW_CONFIG_LAYOUT, NW_SIG_LAYOUT,
                                           NW_BAND_LAYOUT };
  sqlite3_stmt *pStmt = 0;
  char *azShadow[3];
  int aSeen[3] = {0, 0, 0};
  int i, rc;
  for(i=0; i<3; i++) azShadow[i] = sqlite3_mprintf("%s_%s", zName, azSuffix[i]);
  rc = (azShadow[0] && azShadow[1] && azShadow[2]) ? SQLITE_OK : SQLITE_NOMEM;
  if( rc==SQLITE_OK ){
    rc = nwIndexPrepare(db, &pStmt, "SELECT type, name, tbl_name, sql FROM"
                        " \"%w\".sqlite_schema WHERE tbl_name=%Q COLLATE NOCASE"
                        " OR tbl_name=%Q COLLATE NOCASE OR tbl_name=%Q COLLATE"
                        " NOCASE", zDb, azShadow[0], azShadow[1], azShadow[2]);
    if( rc ) *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(db));
  }
  while( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
    const char *zType = (const char*)sqlite3_column_text(pStmt, 0);
    const char *zObj = (const char*)sqlite3_column_text(pStmt, 1);
    const char *zTbl = (const char*)sqlite3_column_text(pStmt, 2);
    const char *zSql = (const char*)sqlite3_column_text(pStmt, 3);
    if( zType==0 || zObj==0 || zTbl==0 ) continue;
    for(i=0; i<2 && sqlite3_stricmp(zTbl, azShadow[i])!=0; i++){}
    if( strcmp(zType, "table")==0 && sqlite3_stricmp(zObj, zTbl)==0 ){
      aSeen[i] = 1;
      if( !sqlIsShadow(zSql, azShadow[i], azLayout[i]) ){
        *pzErr = sqlite3_mprintf("%s is not laid out as passage_index makes"
                                 " %s tables %s", azShadow[i], azSuffix[i],
                                 azLayout[i]);
        rc = SQLITE_CORRUPT_VTAB;
      }
    }else if( strcmp(zType, "view")==0 ){
      *pzErr = sqlite3_mprintf("%s is a view, not a table; DROP VIEW \"%w\","
                               " DROP TABLE \"%w\" and create it again",
                               azShadow[i], zObj, zName);
      *pbOwnFix = 1;
      rc = SQLITE_CORRUPT_VTAB;
    }else{
      *pzErr = sqlite3_mprintf("%s has %s %s '%s' that passage_index did "
                               "not make (its SQL would run on our writes);"
                               " DROP %s \"%w\"", azShadow[i],
                               zType[0]=='i' ? "an" : "a", zType, zObj,
                               zType[0]=='i' ? "INDEX" : "TRIGGER", zObj);
      *pbOwnFix = 1;
      rc = SQLITE_CORRUPT_VTAB;
    }
  }
  sqlite3_finalize(pStmt);
  for(i=0; rc==SQLITE_OK && i<2; i++){
    if( !aSeen[i] ){
      *pzErr = sqlite3_mprintf("shadow table %s is missing", azShadow[i]);
      rc = SQLITE_CORRUPT_VTAB;
    }
  }
  *pbBand = aSeen[2];
  for(i=0; i<3; i++) sqlite3_free(azShadow[i]);
  return rc;
}

/* Everything about zDb.zName's shadow tables that the code relies on
** before reading a row: what sqlite_schema says (unless bSchema is 0)
** and the rows of _config, read by pConfig if given (it is reset), else
** by a statement of its own.  SQLITE_OK, or an error with *pzErr: what
** is wrong and what to do. */
int nwIndexCheckShadows(sqlite3 *db, const char *zDb, const char *zName,
                          int mFlags, sqlite3_stmt *pConfig,
                          NwLshShape *pShape, char **pzErr){
  sqlite3_stmt *pOwn = 0;
  sqlite3_int64 iVersion = 0;
  int bOwnFix = 0, bBand = 1;
  int rc = (mFlags & NW_CHECK_SCHEMA)
         ? checkShadowSchema(db, zDb, zName, pzErr, &bOwnFix, &bBand) : 0;
  if( rc==SQLITE_OK && pConfig==0 ){
    rc = nwIndexPrepare(db, &pOwn, "SELECT key, value FROM \"%w\".\"%w_config\"",
                        zDb, zName);
    if( rc ) *pzErr = sqlite3_mprintf("%s_config: %s", zName,
                                      sqlite3_errmsg(db));
    pConfig = pOwn;
  }
  if( rc==SQLITE_OK ){
    rc = checkConfigRows(db, pConfig, zName, pShape, &iVersion, pzErr);
    sqlite3_reset(pConfig);
  }
  if( rc==SQLITE_OK && iVersion==NW_INDEX_VERSION_OLD
   && !(mFlags & NW_CHECK_UPGRADE) ){
    *pzErr = sqlite3_mprintf("%s was made by an earlier newswire (format %d,"
                             " bands not stored); INSERT INTO \"%w\"(\"%w\")"
                             " VALUES('rebuild') upgrades it to format %d",
                             zName, NW_INDEX_VERSION_OLD, zName, zName,
                             NW_INDEX_VERSION);
    bOwnFix = 1;
    rc = SQLITE_ERROR;
  }else if( rc==SQLITE_OK && iVersion==NW_INDEX_VERSION && !bBand ){
    *pzErr = sqlite3_mprintf("shadow table %s_band is missing", zName);
    rc = SQLITE_CORRUPT_VTAB;
  }
  sqlite3_finalize(pOwn);
  if( rc && *pzErr && !bOwnFix ){
    char *z = sqlite3_mprintf("%z; DROP TABLE \"%w\" and create it again",
                              *pzErr, zName);
    *pzErr = z;
  }
  if( rc && *pzErr==0 ) rc = SQLITE_NOMEM;
  return rc;
}

/* --------------------------------------------------------- signatures */

/* A signature read from pidx_sig: SQLITE_OK if it can be used, else
** SQLITE_CORRUPT_VTAB with *pzWhy. */
int nwSigCheckStored(sqlite3_value *pVal, const char **pzWhy){
  const unsigned char *a;
  if( sqlite3_value_type(pVal)!=SQLITE_BLOB ){
    switch( sqlite3_value_type(pVal) ){
      case SQLITE_NULL: *pzWhy = "NULL, not a BLOB"; break;
      case SQLITE_TEXT: *pzWhy = "text, not a BLOB"; break;
      default:          *pzWhy = "a number, not a BLOB"; break;
    }
    return SQLITE_CORRUPT_VTAB;
  }
  a = sqlite3_value_blob(pVal);
  if( a==0 ){
    *pzWhy = "wrong length";
    return SQLITE_CORRUPT_VTAB;
  }
  return nwSignatureCheck(a, (size_t)sqlite3_value_bytes(pVal), pzWhy)
         ? SQLITE_CORRUPT_VTAB : SQLITE_OK;
}

/* A scan of zDb.zName_sig in rowid order, from rowid iMin on. */
int nwSigScanOpen(sqlite3 *db, const char *zDb, const char *zName,
                    sqlite3_int64 iMin, sqlite3_stmt **ppStmt,
                    char **pzErr){
  int rc = nwIndexPrepare(db, ppStmt, "SELECT id, sig FROM \"%w\".\"%w_sig\""
                          " WHERE id >= ?1 ORDER BY id", zDb, zName);
  if( rc ) *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(db));
  else sqlite3_bind_int64(*ppStmt, 1, iMin);
  return rc;
}

/* The next row of a scan: SQLITE_ROW with *paSig (checked) and *piRowid,
** SQLITE_DONE, or an error with *pzErr (the scan is then finished). */
int nwSigScanStep(sqlite3 *db, sqlite3_stmt *pStmt, const char *zName,
                    const unsigned char **paSig, sqlite3_int64 *piRowid,
                    char **pzErr){
  const char *zWhy = 0;
  int rc = sqlite3_step(pStmt);
  if( rc!=SQLITE_ROW ){
    if( rc!=SQLITE_DONE ) *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(db));
    return rc;
  }
  *piRowid = sqlite3_column_int64(pStmt, 0);
  if( nwSigCheckStored(sqlite3_column_value(pStmt, 1), &zWhy) ){
    *pzErr = sqlite3_mprintf("%s_sig: rowid %lld holds a corrupt "
                             "signature (%s); delete the row or write it "
                             "again", zName, *piRowid, zWhy);
    return SQLITE_CORRUPT_VTAB;
  }
  *paSig = sqlite3_column_blob(pStmt, 1);
  return SQLITE_ROW;
}

/* Read the signatures of zDb.zName_sig with rowid >= iMin, in rowid
** order, into sqlite3_malloc'd arrays.  On error, sets *pzErr. */
int nwSigLoad(sqlite3 *db, const char *zDb, const char *zName,
         sqlite3_int64 iMin, unsigned char **paSig,
         sqlite3_int64 **paRowid, int *pn, char **pzErr){
  sqlite3_stmt *pStmt = 0;
  unsigned char *aSig = 0;
  sqlite3_int64 *aRowid = 0, iRowid;
  const unsigned char *a;
  int n = 0, nAlloc = 0, rc;
  rc = nwSigScanOpen(db, zDb, zName, iMin, &pStmt, pzErr);
  while( rc==SQLITE_OK
      && (rc = nwSigScanStep(db, pStmt, zName, &a, &iRowid, pzErr))==SQLITE_ROW ){
    rc = SQLITE_OK;
    if( n>=nAlloc ){
      int nNew = nAlloc ? nAlloc*2 : 1024;
      unsigned char *aS;
      sqlite3_int64 *aR;
      if( nAlloc>=NW_INDEX_MAX_ROWS ){
        *pzErr = sqlite3_mprintf("%s_sig holds more than %d signatures",
                                 zName, NW_INDEX_MAX_ROWS);
        rc = SQLITE_TOOBIG;
        break;
      }
      aS = sqlite3_realloc64(aSig, (sqlite3_uint64)nNew*NW_SIG_BYTES);
      aR = aS ? sqlite3_realloc64(aRowid,
                        sizeof(sqlite3_int64)*(sqlite3_uint64)nNew) : 0;
      if( aS ) aSig = aS;
      if( aR ) aRowid = aR;
      if( aS==0 || aR==0 ){ rc = SQLITE_NOMEM; break; }
      nAlloc = nNew;
    }
    memcpy(aSig + (size_t)n*NW_SIG_BYTES, a, NW_SIG_BYTES);
    aRowid[n++] = iRowid;
  }
  sqlite3_finalize(pStmt);
  if( rc!=SQLITE_DONE ){
    sqlite3_free(aSig);
    sqlite3_free(aRowid);
    return rc==SQLITE_OK ? SQLITE_ERROR : rc;
  }
  *paSig = aSig;
  *paRowid = aRowid;
  *pn = n;
  return SQLITE_OK;
}

/* Rows of zDb.zName_sig with rowid >= iMin.  On error, sets *pzErr. */
int nwSigCount(sqlite3 *db, const char *zDb, const char *zName,
                 sqlite3_int64 iMin, sqlite3_int64 *pn, char **pzErr){
  sqlite3_stmt *pStmt = 0;
  int rc = nwIndexPrepare(db, &pStmt, "SELECT count(*) FROM \"%w\".\"%w_sig\""
                          " WHERE id >= %lld", zDb, zName, iMin);
  if( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
    *pn = sqlite3_column_int64(pStmt, 0);
  }
  if( rc==SQLITE_OK ) rc = sqlite3_finalize(pStmt);
  if( rc ) *pzErr = sqlite3_mprintf("%s", sqlite3_errmsg(db));
  return rc;
}
