/*
** nw_sql_vtab.c: the one skeleton behind every table-valued function.
**
**     SELECT * FROM sentences(:body);                 -- streamed
**     SELECT * FROM reuse_spans(:a, :b, 0.5);         -- computed whole
**     SELECT * FROM articles a, entities(a.body, a.published);
**
** Each function is an NwTvfDef (nwInt.h) registered as an eponymous
** virtual table in the manner of ext/misc/series.c.  Its arguments are the
** hidden columns after its nCol visible ones, in order; they are not kept,
** so they read as NULL.  Rows are numbered from 1 (the rowid).
**
** xBestIndex: bit i of idxNum is set when argument i has a usable
** equality constraint; those get argvIndex in argument order and omit=1.
** An argument constrained but not usable yet returns SQLITE_CONSTRAINT, so
** the planner puts the source table first in "FROM articles a,
** sentences(a.body)".  A plan without a required argument costs 1e99, as
** it may be one of several tried (one per OR term, say); xFilter reports
** it, if it is the plan that runs, as "name(): missing <argument>; write
** <usage>".  A required argument that is NULL gives no rows.
**
** The error path: a core's NW_NOMEM or NW_TOOBIG goes out as SQLite's own
** code; NW_ERROR gets the function's message, or "name(): <zFailed>" when
** the function set none.
*/
#include <stdarg.h>
#include <string.h>
#include "nwInt.h"

/* Module client data: the definition plus a context reference. */
typedef struct NwTvfAux NwTvfAux;
struct NwTvfAux {
  const NwTvfDef *pDef;
  NwContext *pCtx;
};

/* ------------------------------------------------------------- errors */

void nwVtabError(sqlite3_vtab *pVtab, const char *zFmt, ...){
  va_list ap;
  sqlite3_free(pVtab->zErrMsg);
  va_start(ap, zFmt);
  pVtab->zErrMsg = sqlite3_vmprintf(zFmt, ap);
  va_end(ap);
}

void nwTvfError(NwTvfCursor *pCur, const char *zFmt, ...){
  va_list ap;
  char *zMsg;
  va_start(ap, zFmt);
  zMsg = sqlite3_vmprintf(zFmt, ap);
  va_end(ap);
  nwVtabError(&pCur->pTab->base, "%s(): %z", pCur->pTab->pDef->zName, zMsg);
}

/* rc from a TVF, with a message for an NW_ERROR that has none. */
static int tvfFail(NwTvfCursor *pCur, int rc){
  const char *zFailed = pCur->pTab->pDef->zFailed;
  if( rc==NW_ERROR && pCur->pTab->base.zErrMsg==0 ){
    nwTvfError(pCur, "%s", zFailed ? zFailed : "could not read the text");
  }
  return rc;
}

/* ---------------------------------------------------------- the text */

static int tvfTextInit(NwTvfText *p, sqlite3_value *pVal){
  int rc = nwUtf8Clean((const char*)sqlite3_value_text(pVal),
                       sqlite3_value_bytes(pVal), &p->repaired, &p->z, &p->n);
  if( rc==NW_OK ) rc = nwUtf8IndexInit(&p->idx, p->z, p->n);
  return rc;
}

/* A streaming function reads its text after xFilter has returned, when
** the argument's sqlite3_value may hold something else: the text is
** copied (as sentences() copies its own), unless the repair made it ours. */
static int tvfTextOwn(NwTvfText *p){
  int rc;
  if( p->z==p->repaired.z ) return NW_OK;
  p->repaired.n = 0;
  rc = nwBufAppend(&p->repaired, p->z, p->n);
  if( rc==NW_OK ){
    p->z = p->repaired.z ? p->repaired.z : "";
    p->idx.z = p->z;           /* the index counts the same bytes */
  }
  return rc;
}

static void tvfTextClear(NwTvfText *p){
  nwUtf8IndexClear(&p->idx);
  nwBufClear(&p->repaired);
  p->z = 0;
  p->n = 0;
}

/* --------------------------------------------------------------- rows */

static void rowsClear(NwRows *p){
  int i;
  for(i=0; i<p->nRow*p->nCol; i++){
    if( p->a[i].eType==SQLITE_TEXT && !p->a[i].bShort ) sqlite3_free(p->a[i].z);
  }
  sqlite3_free(p->a);
  p->a = 0;
  p->nRow = p->nAlloc = 0;
}

NwCell *nwRowsAppend(NwRows *p){
  NwCell *pRow;
  if( p->nRow>=p->nAlloc ){
    int nNew = p->nAlloc ? p->nAlloc*2 : 16;
    NwCell *aNew = sqlite3_realloc64(p->a, sizeof(NwCell)*(sqlite3_uint64)nNew
                                           *(sqlite3_uint64)p->nCol);
    if( aNew==0 ) return 0;
    p->a = aNew;
    p->nAlloc = nNew;
  }
  pRow = &p->a[p->nRow*p->nCol];
  memset(pRow, 0, sizeof(NwCell)*(size_t)p->nCol);
  p->nRow++;
  return pRow;
}

void nwCellInt(NwCell *p, sqlite3_int64 i){
  p->eType = SQLITE_INTEGER;
  p->i = i;
}

void nwCellReal(NwCell *p, double r){
  p->eType = SQLITE_FLOAT;
  p->r = r;
}

/* A memcpy, not a printf: entities() and claims() make several for each
** of up to millions of rows. */
int nwCellTextUtf8(NwCell *p, const char *z, size_t n){
  if( n<=NW_CELL_SHORT ){
    memcpy(p->zShort, z, n);
    p->zShort[n] = 0;
    p->bShort = 1;
    p->eType = SQLITE_TEXT;
    return NW_OK;
  }
  p->bShort = 0;
  p->z = sqlite3_malloc64(n+1);
  if( p->z==0 ) return NW_NOMEM;
  memcpy(p->z, z, n);
  p->z[n] = 0;
  p->eType = SQLITE_TEXT;
  return NW_OK;
}

int nwCellTextStatic(NwCell *p, const char *z){
  return nwCellTextUtf8(p, z, strlen(z));
}

int nwCellTextSpan16(NwCell *p, const char *z8, const NwCharMap *pMap,
                     int32_t i0, int32_t i1){
  int64_t b0 = nwCharMapByte(pMap, i0);
  return nwCellTextUtf8(p, z8 + b0, (size_t)(nwCharMapByte(pMap, i1) - b0));
}

void nwCellSpan16(NwCell *pStart, NwCell *pLen, const NwCharMap *pMap,
                  int32_t i0, int32_t i1){
  sqlite3_int64 c0 = nwCharMapAt(pMap, i0);
  nwCellInt(pStart, c0+1);
  nwCellInt(pLen, nwCharMapAt(pMap, i1) - c0);
}

int nwCellsForByteSpan(NwCell *pText, NwCell *pStart, NwCell *pLen,
                       const NwUtf8Index *pIdx, const size_t *aSpan){
  sqlite3_int64 c0;
  if( aSpan[0]==NW_NOSPAN || aSpan[1]<aSpan[0] ) return NW_OK;
  c0 = nwUtf8IndexAt(pIdx, aSpan[0]);
  if( pStart ) nwCellInt(pStart, c0+1);
  if( pLen ) nwCellInt(pLen, nwUtf8IndexAt(pIdx, aSpan[1]) - c0);
  return pText ? nwCellTextUtf8(pText, pIdx->z+aSpan[0], aSpan[1]-aSpan[0])
               : NW_OK;
}

/* Is aSpan a span of pText? */
static int spanInText(const NwTvfText *pText, const size_t *aSpan){
  return aSpan[0]!=NW_NOSPAN && aSpan[1]>=aSpan[0] && aSpan[1]<=pText->n;
}

void nwResultSpanText(sqlite3_context *ctx, const NwTvfText *pText,
                      const size_t *aSpan){
  if( !spanInText(pText, aSpan) ) return;
  sqlite3_result_text64(ctx, pText->z+aSpan[0], aSpan[1]-aSpan[0],
                        SQLITE_TRANSIENT, SQLITE_UTF8);
}

void nwResultSpanChars(sqlite3_context *ctx, const NwTvfText *pText,
                       const size_t *aSpan, int bLength){
  sqlite3_int64 c0;
  if( !spanInText(pText, aSpan) ) return;
  c0 = nwUtf8IndexAt(&pText->idx, aSpan[0]);
  sqlite3_result_int64(ctx, bLength ? nwUtf8IndexAt(&pText->idx, aSpan[1])-c0
                                    : c0+1);
}

/* ------------------------------------------------------ virtual table */

static int tvfConnect(sqlite3 *db, void *pArg, int argc,
                      const char *const *argv, sqlite3_vtab **ppVtab,
                      char **pzErr){
  NwTvfAux *pAux = (NwTvfAux*)pArg;
  NwTvfVtab *p;
  int rc;
  (void)argc; (void)argv; (void)pzErr;
  rc = sqlite3_declare_vtab(db, pAux->pDef->zSchema);
  if( rc!=SQLITE_OK ) return rc;
  p = sqlite3_malloc64(sizeof(*p));
  if( p==0 ) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  p->pDef = pAux->pDef;
  p->pCtx = pAux->pCtx;
  p->db = db;
  if( pAux->pDef->bInnocuous ) sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  *ppVtab = &p->base;
  return SQLITE_OK;
}

static int tvfDisconnect(sqlite3_vtab *pVtab){
  NwTvfVtab *p = (NwTvfVtab*)pVtab;
  if( p->pDef->xFreeState ) p->pDef->xFreeState(p->pState);
  sqlite3_free(p);
  return SQLITE_OK;
}

static int tvfOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCursor){
  NwTvfVtab *pTab = (NwTvfVtab*)pVtab;
  size_t sz = pTab->pDef->szCursor;
  NwTvfCursor *pCur;
  if( sz<sizeof(NwTvfCursor) ) sz = sizeof(NwTvfCursor);
  pCur = sqlite3_malloc64(sz);
  if( pCur==0 ) return SQLITE_NOMEM;
  memset(pCur, 0, sz);
  pCur->pTab = pTab;
  pCur->rows.nCol = pTab->pDef->nCol;
  pCur->bEof = 1;
  *ppCursor = &pCur->base;
  return SQLITE_OK;
}

/* Release everything the last arguments made. */
static void tvfReset(NwTvfCursor *pCur){
  if( pCur->pTab->pDef->xReset ) pCur->pTab->pDef->xReset(pCur);
  rowsClear(&pCur->rows);
  tvfTextClear(&pCur->text);
  pCur->iRow = 0;
  pCur->bEof = 1;
}

static int tvfClose(sqlite3_vtab_cursor *cur){
  NwTvfCursor *pCur = (NwTvfCursor*)cur;
  tvfReset(pCur);
  sqlite3_free(pCur);
  return SQLITE_OK;
}

static int tvfNext(sqlite3_vtab_cursor *cur){
  NwTvfCursor *pCur = (NwTvfCursor*)cur;
  const NwTvfDef *pDef = pCur->pTab->pDef;
  int rc;
  if( pDef->xCompute ){
    pCur->iRow++;
    pCur->bEof = pCur->iRow>pCur->rows.nRow;
    return SQLITE_OK;
  }
  rc = pDef->xNext(pCur);
  if( rc==NW_DONE ){
    pCur->bEof = 1;
    return SQLITE_OK;
  }
  if( rc!=NW_ROW ) return tvfFail(pCur, rc);
  pCur->iRow++;
  return SQLITE_OK;
}

/* The arguments by position from xFilter's argv and idxNum: NULL for one
** not given.  An error for a missing required one. */
static int tvfArguments(NwTvfCursor *pCur, int idxNum, int argc,
                        sqlite3_value **argv, sqlite3_value **apArg){
  const NwTvfDef *pDef = pCur->pTab->pDef;
  int i, j = 0;
  for(i=0; i<pDef->nArg; i++){
    if( idxNum & (1<<i) ){
      if( j<argc ) apArg[i] = argv[j++];
    }else if( i<pDef->nArgRequired ){
      if( pDef->azMissing[i] ){
        nwTvfError(pCur, "missing %s; write %s", pDef->azMissing[i],
                   pDef->zUsage);
      }else{
        nwTvfError(pCur, "missing argument %d; write %s", i+1, pDef->zUsage);
      }
      return SQLITE_ERROR;
    }
  }
  return SQLITE_OK;
}

static int tvfFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                     int argc, sqlite3_value **argv){
  NwTvfCursor *pCur = (NwTvfCursor*)cur;
  const NwTvfDef *pDef = pCur->pTab->pDef;
  sqlite3_value *apArg[NW_TVF_MAX_ARG] = {0, 0, 0, 0};
  int i, rc;
  (void)idxStr;
  tvfReset(pCur);
  rc = tvfArguments(pCur, idxNum, argc, argv, apArg);
  if( rc ) return rc;
  for(i=0; i<pDef->nArgRequired; i++){
    if( sqlite3_value_type(apArg[i])==SQLITE_NULL ) return SQLITE_OK;
  }
  rc = pDef->bText ? tvfTextInit(&pCur->text, apArg[0]) : NW_OK;
  if( rc==NW_OK && pDef->xCompute ){
    rc = pDef->xCompute(pCur, apArg, &pCur->rows);
    tvfTextClear(&pCur->text);
  }else if( rc==NW_OK ){
    if( pDef->bText ) rc = tvfTextOwn(&pCur->text);
    if( rc==NW_OK ) rc = pDef->xStart(pCur, apArg);
  }
  if( rc!=NW_OK ){
    tvfReset(pCur);
    return tvfFail(pCur, rc);
  }
  pCur->bEof = 0;
  return tvfNext(cur);
}

static int tvfEof(sqlite3_vtab_cursor *cur){
  return ((NwTvfCursor*)cur)->bEof;
}

static int tvfColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int i){
  NwTvfCursor *pCur = (NwTvfCursor*)cur;
  const NwTvfDef *pDef = pCur->pTab->pDef;
  const NwCell *p;
  if( i>=pDef->nCol ) return SQLITE_OK;         /* arguments: NULL */
  if( pDef->xCompute==0 ){
    int rc = pDef->xColumn(pCur, ctx, i);
    return rc ? tvfFail(pCur, rc) : SQLITE_OK;
  }
  p = &pCur->rows.a[(pCur->iRow-1)*pCur->rows.nCol + i];
  switch( p->eType ){
    case SQLITE_INTEGER: sqlite3_result_int64(ctx, p->i); break;
    case SQLITE_FLOAT:   sqlite3_result_double(ctx, p->r); break;
    case SQLITE_TEXT:    sqlite3_result_text(ctx, p->bShort ? p->zShort : p->z,
                                             -1, SQLITE_TRANSIENT);
                         break;
  }
  return SQLITE_OK;
}

static int tvfRowid(sqlite3_vtab_cursor *cur, sqlite_int64 *pRowid){
  *pRowid = ((NwTvfCursor*)cur)->iRow;
  return SQLITE_OK;
}

static int tvfBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo){
  const NwTvfDef *pDef = ((NwTvfVtab*)pVtab)->pDef;
  int aIdx[NW_TVF_MAX_ARG] = {-1, -1, -1, -1};
  int i, mUnusable = 0, idxNum = 0, n = 0;
  int mRequired = (1<<pDef->nArgRequired) - 1;
  for(i=0; i<pInfo->nConstraint; i++){
    const struct sqlite3_index_constraint *pC = &pInfo->aConstraint[i];
    int iArg = pC->iColumn - pDef->nCol;
    if( iArg<0 || iArg>=pDef->nArg ) continue;
    if( pC->op!=SQLITE_INDEX_CONSTRAINT_EQ ) continue;
    if( !pC->usable ){ mUnusable |= 1<<iArg; continue; }
    aIdx[iArg] = i;
  }
  for(i=0; i<pDef->nArg; i++){
    if( aIdx[i]<0 ) continue;
    pInfo->aConstraintUsage[aIdx[i]].argvIndex = ++n;
    pInfo->aConstraintUsage[aIdx[i]].omit = 1;
    idxNum |= 1<<i;
  }
  if( mUnusable & ~idxNum ) return SQLITE_CONSTRAINT;
  pInfo->idxNum = idxNum;
  if( (idxNum & mRequired)!=mRequired ){
    pInfo->estimatedCost = 1e99;
  }else if( pDef->xCompute || pDef->bWhole ){
    pInfo->estimatedCost = 10000.0;      /* every row before the first */
    pInfo->estimatedRows = 20;
  }else{
    pInfo->estimatedCost = 1000.0;
    pInfo->estimatedRows = 100;
  }
  return SQLITE_OK;
}

static const sqlite3_module nwTvfModule = {
  .iVersion = 0,
  .xCreate = 0,                /* eponymous only, as in series.c */
  .xConnect = tvfConnect,
  .xBestIndex = tvfBestIndex,
  .xDisconnect = tvfDisconnect,
  .xOpen = tvfOpen,
  .xClose = tvfClose,
  .xFilter = tvfFilter,
  .xNext = tvfNext,
  .xEof = tvfEof,
  .xColumn = tvfColumn,
  .xRowid = tvfRowid,
};

static void tvfAuxFree(void *p){
  NwTvfAux *pAux = (NwTvfAux*)p;
  nwContextUnref(pAux->pCtx);
  sqlite3_free(pAux);
}

int nwTvfRegister(sqlite3 *db, NwContext *pCtx, const NwTvfDef *pDef){
  NwTvfAux *pAux = sqlite3_malloc64(sizeof(*pAux));
  if( pAux==0 ) return SQLITE_NOMEM;
  pAux->pDef = pDef;
  pAux->pCtx = nwContextRef(pCtx);
  /* On failure sqlite3_create_module_v2() calls tvfAuxFree itself. */
  return sqlite3_create_module_v2(db, pDef->zName, &nwTvfModule, pAux,
                                  tvfAuxFree);
}
