/*
** nw_sql_entities.c: entities(), the people, places, organisations, dates,
** numbers and the rest that a text names, with the keys that link them.
**
**     SELECT start, length, text, type, value, key FROM entities(:t, :date);
**     SELECT seq, start, length, text, type, value, unit, approximate, key,
**            role FROM entities(:t [, :reference_date]);
**
** Found whole, on the streaming side of the skeleton of nw_sql_vtab.c:
** acronyms and surnames are linked across the text before the first row.  reference_date
** (YYYY-MM-DD) resolves "on Monday", "last year"; it is never "now".
**
** The user's own aliases come from a table (or view) entity_aliases:
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

/* The columns, then the arguments (hidden). */
#define NW_ENTITIES_SCHEMA \
  "CREATE TABLE x(seq INTEGER, start INTEGER, length INTEGER, text TEXT," \
  " type TEXT, value, unit TEXT, approximate INTEGER, key TEXT, role TEXT," \
  " timex TEXT, input HIDDEN, reference_date HIDDEN)"

/* ------------------------------------------------------ entity_aliases */

#define NW_ALIAS_STAMP 5

typedef struct NwAliasCache NwAliasCache;
struct NwAliasCache {
  sqlite3_stmt *apSchemaVersion[2];   /* PRAGMA main/temp.schema_version */
  sqlite3_int64 aStamp[NW_ALIAS_STAMP];
  int bValid;                         /* the model holds rows of aStamp */
  int bLoading;                       /* inside nwAliasesRefresh() */
};

static void aliasCacheFree(void *pArg){
  NwAliasCache *p = (NwAliasCache*)pArg;
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

/* Read the user's entity_aliases rows into pModel again when the database
** may have changed since the last read; an error is left in pVtab. */
static int aliasesRefresh(NwAliasCache *p, sqlite3 *db, sqlite3_vtab *pVtab,
                          NwEntityModel *pModel){
  sqlite3_int64 aStamp[NW_ALIAS_STAMP];
  const char *zDb = 0;
  int rc;
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

/* ------------------------------------------------------------ entities */

/* The reference date argument, if any, into *pRef. */
static int entitiesRefDate(NwTvfCursor *pCur, sqlite3_value *pArg,
                           NwDate *pRef){
  const char *zRef;
  if( pArg==0 || sqlite3_value_type(pArg)==SQLITE_NULL ) return SQLITE_OK;
  zRef = (const char*)sqlite3_value_text(pArg);
  if( nwDateParseN(zRef, (size_t)sqlite3_value_bytes(pArg), pRef) ){
    nwTvfError(pCur, "reference_date must be a date as YYYY-MM-DD, got '%s'",
               zRef ? zRef : "");
    return SQLITE_ERROR;
  }
  return SQLITE_OK;
}

/* The entity model, with the entity_aliases rows as they are now. */
static int entitiesModel(NwTvfCursor *pCur, NwEntityModel **ppModel){
  NwTvfVtab *pTab = pCur->pTab;
  char zErr[200];
  int rc = nwContextEntities(pTab->pCtx, ppModel, zErr, sizeof(zErr));
  if( rc==NW_ERROR ){
    nwTvfError(pCur, "%s", zErr);
    return SQLITE_ERROR;
  }
  /* The cache is in place before the first read: reading entity_aliases
  ** may call entities() again, which must find it loading. */
  if( rc==NW_OK && pTab->pState==0 ){
    pTab->pState = sqlite3_malloc64(sizeof(NwAliasCache));
    if( pTab->pState==0 ) return SQLITE_NOMEM;
    memset(pTab->pState, 0, sizeof(NwAliasCache));
  }
  if( rc==NW_OK ){
    rc = aliasesRefresh((NwAliasCache*)pTab->pState, pTab->db, &pTab->base,
                        *ppModel);
  }
  return rc;
}

/* A streaming cursor over the mentions, found whole before the first row;
** each row's values are made from its mention as SQLite asks for them (rows
** of cells beside the mentions doubled the memory: 1.7 GB for 32 MB of
** dates). */
typedef struct EntitiesCursor EntitiesCursor;
struct EntitiesCursor {
  NwTvfCursor base;            /* base.text: the text; base.iRow: 1-based */
  NwMentionList list;
};

/* Columns: seq start length text type value unit approximate key role
** timex */
static int entitiesColumn(NwTvfCursor *pBase, sqlite3_context *ctx, int iCol){
  const EntitiesCursor *p = (const EntitiesCursor*)pBase;
  const NwMention *pM = &p->list.a[pBase->iRow-1];
  const NwTvfText *pText = &pBase->text;
  const size_t aSpan[2] = { pM->iStart, pM->iEnd };
  const size_t aRole[2] = { pM->iRoleStart, pM->iRoleEnd };
  if( pM->iEnd<pM->iStart || pM->iEnd>pText->n ) return NW_ERROR;
  switch( iCol ){
    case 0: sqlite3_result_int64(ctx, pBase->iRow); break;
    case 1: nwResultSpanChars(ctx, pText, aSpan, 0); break;
    case 2: nwResultSpanChars(ctx, pText, aSpan, 1); break;
    case 3: nwResultSpanText(ctx, pText, aSpan); break;
    case 4: sqlite3_result_text(ctx, azNwEntityType[pM->eType], -1,
                                SQLITE_STATIC);
            break;
    case 5:
      if( pM->zValue[0] ){
        sqlite3_result_text(ctx, pM->zValue, -1, SQLITE_TRANSIENT);
      }else if( pM->bHasNumber ){
        /* the range check first: casting 1e30 or NaN is undefined */
        if( pM->dValue>-9e15 && pM->dValue<9e15
         && pM->dValue==(double)(sqlite3_int64)pM->dValue ){
          sqlite3_result_int64(ctx, (sqlite3_int64)pM->dValue);
        }else{
          sqlite3_result_double(ctx, pM->dValue);
        }
      }
      break;
    case 6:
      if( pM->zUnit[0] ) sqlite3_result_text(ctx, pM->zUnit, -1, SQLITE_TRANSIENT);
      break;
    case 7:
      if( pM->eType>=NW_E_NUMBER && pM->eType<=NW_E_PERCENT ){
        sqlite3_result_int(ctx, pM->bApprox);
      }
      break;
    case 8:
      if( pM->zKey[0] ) sqlite3_result_text(ctx, pM->zKey, -1, SQLITE_TRANSIENT);
      break;
    case 9: nwResultSpanText(ctx, pText, aRole); break;
    default:
      if( pM->zTimex[0] ) sqlite3_result_text(ctx, pM->zTimex, -1, SQLITE_TRANSIENT);
      break;
  }
  return NW_OK;
}

static int entitiesStart(NwTvfCursor *pBase, sqlite3_value **apArg){
  EntitiesCursor *p = (EntitiesCursor*)pBase;
  NwEntityModel *pModel = 0;
  NwDate ref = {0, 0, 0};
  int rc = entitiesRefDate(pBase, apArg[1], &ref);
  if( rc==SQLITE_OK ) rc = entitiesModel(pBase, &pModel);
  if( rc==NW_OK ){
    rc = nwEntities(pModel, pBase->text.z, pBase->text.n, &ref, &p->list);
  }
  return rc;
}

static int entitiesNext(NwTvfCursor *pBase){
  return pBase->iRow < ((EntitiesCursor*)pBase)->list.n ? NW_ROW : NW_DONE;
}

static void entitiesReset(NwTvfCursor *pBase){
  nwMentionListClear(&((EntitiesCursor*)pBase)->list);
}

/* Not innocuous: it reads entity_aliases from the schema. */
const NwTvfDef nwEntitiesTvf = {
  .zName = "entities", .zSchema = NW_ENTITIES_SCHEMA, .nCol = 11,
  .nArg = 2, .nArgRequired = 1, .zUsage = "entities(text [, reference_date])",
  .bInnocuous = 0, .bText = 1, .bWhole = 1,
  .szCursor = sizeof(EntitiesCursor), .xStart = entitiesStart,
  .xNext = entitiesNext, .xColumn = entitiesColumn, .xReset = entitiesReset,
  .xFreeState = aliasCacheFree
};
