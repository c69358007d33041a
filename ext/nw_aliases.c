/*
** nw_aliases.c: the user's entity_aliases table, read into the entity model
** for entities().
**
**     CREATE TABLE entity_aliases(alias TEXT, key TEXT, type TEXT);
**     INSERT INTO entity_aliases VALUES ('Al-Hurra', 'org:alhurra', 'ORG');
**     SELECT text, key FROM entities('Al Hurra reported ...');
**
** The table (or view) is looked up in temp, then main.  Reading it means
** entities() reads the schema, so entities() is not innocuous: a view or
** trigger of an untrusted database (trusted_schema=OFF) cannot call it.
**
** The rows are read again only when something they could depend on may
** have changed, so a call costs a few integer reads, not a table scan:
**   - sqlite3_total_changes(): rows written by this connection, to any
**     table (entity_aliases may be a view over any table);
**   - SQLITE_FCNTL_DATA_VERSION of main and temp: commits by any
**     connection, this one included;
**   - PRAGMA main/temp.schema_version: DDL, committed or not.
** A view named entity_aliases that calls entities() would re-enter the
** loader without end (the stack overflows); it is an error instead.
*/
#include <string.h>
#include "nwInt.h"

#define NW_ALIAS_STAMP 5

struct NwAliasCache {
  sqlite3_stmt *apSchemaVersion[2];   /* PRAGMA main/temp.schema_version */
  sqlite3_int64 aStamp[NW_ALIAS_STAMP];
  int bValid;                         /* the model holds rows of aStamp */
  int bLoading;                       /* inside nwAliasesRefresh() */
};

void nwAliasCacheFree(NwAliasCache *p){
  if( p==0 ) return;
  sqlite3_finalize(p->apSchemaVersion[0]);
  sqlite3_finalize(p->apSchemaVersion[1]);
  sqlite3_free(p);
}

/* The version of one database file, or 0 when it is not open. */
static sqlite3_int64 dataVersion(sqlite3 *db, const char *zDb){
  unsigned int v = 0;
  if( sqlite3_file_control(db, zDb, SQLITE_FCNTL_DATA_VERSION, &v) ) return 0;
  return v;
}

static int schemaVersion(sqlite3 *db, sqlite3_stmt **ppStmt, const char *zSql,
                         sqlite3_int64 *pV){
  int rc = SQLITE_OK;
  if( *ppStmt==0 ){
    rc = sqlite3_prepare_v3(db, zSql, -1, SQLITE_PREPARE_PERSISTENT, ppStmt, 0);
    if( rc ) return rc;
  }
  *pV = sqlite3_step(*ppStmt)==SQLITE_ROW ? sqlite3_column_int64(*ppStmt, 0) : 0;
  return sqlite3_reset(*ppStmt);
}

static int readStamp(sqlite3 *db, NwAliasCache *p,
                     sqlite3_int64 aStamp[NW_ALIAS_STAMP]){
  int rc;
  aStamp[0] = sqlite3_total_changes(db);
  aStamp[1] = dataVersion(db, "main");
  aStamp[2] = dataVersion(db, "temp");
  rc = schemaVersion(db, &p->apSchemaVersion[0], "PRAGMA main.schema_version",
                     &aStamp[3]);
  if( rc==SQLITE_OK ){
    rc = schemaVersion(db, &p->apSchemaVersion[1],
                       "PRAGMA temp.schema_version", &aStamp[4]);
  }
  return rc;
}

/* "temp", "main" or 0: where entity_aliases is. */
static int findAliasTable(sqlite3 *db, const char **pzDb){
  sqlite3_stmt *pStmt = 0;
  int rc = sqlite3_prepare_v2(db,
      "SELECT 'temp' FROM sqlite_temp_schema WHERE name='entity_aliases' "
      "AND type IN ('table','view') UNION ALL "
      "SELECT 'main' FROM main.sqlite_schema WHERE name='entity_aliases' "
      "AND type IN ('table','view')", -1, &pStmt, 0);
  *pzDb = 0;
  if( rc==SQLITE_OK && sqlite3_step(pStmt)==SQLITE_ROW ){
    *pzDb = strcmp((const char*)sqlite3_column_text(pStmt, 0), "temp")==0
            ? "temp" : "main";
  }
  if( rc==SQLITE_OK ) rc = sqlite3_finalize(pStmt);
  return rc;
}

/* Check one row and add it to the model.  A row that cannot be used is an
** error naming it: a silently ignored alias would give wrong keys. */
static int addAliasRow(sqlite3_vtab *pVtab, NwEntityModel *pModel,
                       sqlite3_stmt *pStmt, sqlite3_int64 iRow){
  const char *zAlias = (const char*)sqlite3_column_text(pStmt, 0);
  const char *zKey = (const char*)sqlite3_column_text(pStmt, 1);
  const char *zType = (const char*)sqlite3_column_text(pStmt, 2);
  int rc;
  if( zAlias==0 || zKey==0 || zAlias[0]==0 || zKey[0]==0 ){
    nwVtabError(pVtab, "entities(): entity_aliases row %lld: alias and key "
                "must be non-empty text, got %s and %s", iRow,
                zAlias==0 ? "NULL" : zAlias[0] ? "text" : "''",
                zKey==0 ? "NULL" : zKey[0] ? "text" : "''");
    return SQLITE_ERROR;
  }
  if( zType && nwEntityTypeNumber(zType)<0 ){
    nwVtabError(pVtab, "entities(): entity_aliases row %lld: unknown type "
                "'%.40s'; use PERSON, ORG, GPE, LOC, NORP, EVENT, LAW, ... "
                "or NULL", iRow, zType);
    return SQLITE_ERROR;
  }
  rc = nwEntityModelAlias(pModel, zAlias, zKey, zType);
  return rc==NW_NOMEM ? SQLITE_NOMEM : rc;
}

static int loadAliasRows(sqlite3 *db, sqlite3_vtab *pVtab,
                         NwEntityModel *pModel, const char *zDb){
  sqlite3_stmt *pStmt = 0;
  sqlite3_int64 iRow = 0;
  char *zSql = sqlite3_mprintf("SELECT alias, key, type FROM \"%w\"."
                               "entity_aliases", zDb);
  int rc;
  if( zSql==0 ) return SQLITE_NOMEM;
  rc = sqlite3_prepare_v2(db, zSql, -1, &pStmt, 0);
  sqlite3_free(zSql);
  if( rc ){
    nwVtabError(pVtab, "entities(): cannot read entity_aliases (columns "
                "alias, key, type): %s", sqlite3_errmsg(db));
    return SQLITE_ERROR;
  }
  while( (rc = sqlite3_step(pStmt))==SQLITE_ROW ){
    rc = addAliasRow(pVtab, pModel, pStmt, ++iRow);
    if( rc ) break;
  }
  if( rc==SQLITE_DONE ) rc = SQLITE_OK;
  if( rc!=SQLITE_OK && pVtab->zErrMsg==0 ){
    nwVtabError(pVtab, "entities(): reading entity_aliases: %s",
                sqlite3_errmsg(db));
    rc = SQLITE_ERROR;
  }
  sqlite3_finalize(pStmt);
  return rc;
}

int nwAliasesRefresh(NwAliasCache **ppCache, sqlite3 *db, sqlite3_vtab *pVtab,
                     NwEntityModel *pModel){
  sqlite3_int64 aStamp[NW_ALIAS_STAMP];
  const char *zDb = 0;
  NwAliasCache *p = *ppCache;
  int rc;
  if( p==0 ){
    p = *ppCache = sqlite3_malloc64(sizeof(*p));
    if( p==0 ) return SQLITE_NOMEM;
    memset(p, 0, sizeof(*p));
  }
  if( p->bLoading ){
    nwVtabError(pVtab, "entities(): entity_aliases calls entities(); an "
                "alias table or view cannot use entities() itself");
    return SQLITE_ERROR;
  }
  rc = readStamp(db, p, aStamp);
  if( rc ) return rc;
  if( p->bValid && memcmp(aStamp, p->aStamp, sizeof(aStamp))==0 ){
    return SQLITE_OK;
  }
  p->bValid = 0;
  p->bLoading = 1;
  nwEntityModelClearAliases(pModel);
  rc = findAliasTable(db, &zDb);
  if( rc==SQLITE_OK && zDb ) rc = loadAliasRows(db, pVtab, pModel, zDb);
  p->bLoading = 0;
  if( rc==SQLITE_OK ){
    /* Reading a view may itself change nothing, but read the stamp again:
    ** the rows now in the model are those of the state after the read. */
    rc = readStamp(db, p, p->aStamp);
    p->bValid = rc==SQLITE_OK;
  }else{
    nwEntityModelClearAliases(pModel);
  }
  return rc;
}
