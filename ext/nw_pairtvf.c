/*
** nw_pairtvf.c: table-valued functions over two texts.
**
**     SELECT seq, op, a_text, b_text FROM word_diff(:a, :b);
**     SELECT a_start, a_length, b_start, b_length, score, kind
**       FROM reuse_spans(:a, :b [, :threshold]);
**     SELECT start, length, text, type, value, key FROM entities(:t, :date);
**
** Both compare whole texts, so xFilter computes every row at once (bounded:
** see nw_align.h) and xNext walks them.  The arguments are hidden columns
** after the visible ones; offsets are 1-based characters of a and b.
** entities() lives here too: it needs the whole text before its first row
** (acronyms and surnames are linked across it).
**
** xBestIndex: bit i of idxNum is set when argument i has a usable
** equality constraint; those get argvIndex in argument order.  A missing
** required argument costs 1e99 and xFilter reports it by name.
*/
#include <string.h>
#include "nwInt.h"

typedef struct NwPairTvf NwPairTvf;
typedef struct NwPairVtab NwPairVtab;
typedef struct NwPairCursor NwPairCursor;
typedef struct NwCell NwCell;

/* A computed value: integer, real, text (owned) or NULL. */
struct NwCell {
  int eType;                 /* SQLITE_INTEGER, _FLOAT, _TEXT or _NULL */
  sqlite3_int64 i;
  double r;
  char *z;                   /* sqlite3_malloc'd UTF-8 for SQLITE_TEXT */
};

/* Everything the function computes, row after row. */
typedef struct NwRows NwRows;
struct NwRows {
  int nCol;
  int nRow, nAlloc;          /* in rows */
  NwCell *a;                 /* nRow*nCol cells */
};

/* The inputs, decoded, with what the cores need. */
typedef struct NwPairInput NwPairInput;
struct NwPairInput {
  NwText a, b;
  NwCharMap mapA, mapB;
  NwFeaturizer f;
  sqlite3_value **argv;      /* all arguments, by position */
};

struct NwPairTvf {
  const char *zName;
  const char *zSchema;       /* visible columns, then the arguments */
  int nCol;                  /* visible columns */
  int nArg, nArgRequired;
  const char *zUsage;        /* shown when a required argument is missing */
  int (*xCompute)(NwPairVtab*, NwPairInput*, NwRows*);
};

struct NwPairVtab {
  sqlite3_vtab base;
  const NwPairTvf *pDef;
  NwContext *pCtx;
  sqlite3 *db;
  NwAliasCache *pAliases;    /* entities(): entity_aliases, as last read */
};

struct NwPairCursor {
  sqlite3_vtab_cursor base;
  NwRows rows;
  int iRow;
};

/* --------------------------------------------------------------- rows */

static void rowsClear(NwRows *p){
  int i;
  for(i=0; i<p->nRow*p->nCol; i++) sqlite3_free(p->a[i].z);
  sqlite3_free(p->a);
  p->a = 0;
  p->nRow = p->nAlloc = 0;
}

/* A new row of NULLs at the end; NULL on OOM. */
static NwCell *rowsAppend(NwRows *p){
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

static void cellInt(NwCell *p, sqlite3_int64 i){
  p->eType = SQLITE_INTEGER;
  p->i = i;
}
static void cellReal(NwCell *p, double r){
  p->eType = SQLITE_FLOAT;
  p->r = r;
}
/* Text of z[0..n) (UTF-16) into a cell.  NW_NOMEM on failure. */
static int cellText16(NwCell *p, const UChar *z, int32_t n){
  NwBuf buf = {0, 0, 0};
  if( nwBufAppendUtf16(&buf, z, n) || nwBufReserve(&buf, 0) ){
    nwBufClear(&buf);
    return NW_NOMEM;
  }
  p->eType = SQLITE_TEXT;
  p->z = buf.z;
  return NW_OK;
}
/* A copy of z[0..n), which holds no NUL: a memcpy, not a printf, as
** entities() and claims() make several for each of up to millions of rows. */
static int cellTextUtf8(NwCell *p, const char *z, size_t n){
  p->z = sqlite3_malloc64(n+1);
  if( p->z==0 ) return NW_NOMEM;
  memcpy(p->z, z, n);
  p->z[n] = 0;
  p->eType = SQLITE_TEXT;
  return NW_OK;
}
static int cellTextStatic(NwCell *p, const char *z){
  return cellTextUtf8(p, z, strlen(z));
}

/* Start and length columns for the UTF-16 span [i0,i1) of a text. */
static void cellSpan(NwCell *pStart, NwCell *pLen, const NwCharMap *pMap,
                     int32_t i0, int32_t i1){
  sqlite3_int64 c0 = nwCharMapAt(pMap, i0);
  cellInt(pStart, c0+1);
  cellInt(pLen, nwCharMapAt(pMap, i1) - c0);
}

/* ---------------------------------------------------------- word_diff */

static const char *const azDiffOp[] = { "equal", "insert", "delete",
                                        "replace" };

/* Columns: seq op a_text b_text a_start a_length b_start b_length */
static int wordDiffCompute(NwPairVtab *pTab, NwPairInput *pIn, NwRows *pRows){
  NwWordList a = {0, 0, 0}, b = {0, 0, 0};
  NwEditList e = {0, 0, 0};
  int i, rc;
  (void)pTab;
  rc = nwWordListFromText(&pIn->f, pIn->a.z, pIn->a.n, &a);
  if( rc==NW_OK ) rc = nwWordListFromText(&pIn->f, pIn->b.z, pIn->b.n, &b);
  if( rc==NW_OK ) rc = nwDiff(&a, &b, &e);
  for(i=0; rc==NW_OK && i<e.n; i++){
    const NwEdit *pE = &e.a[i];
    NwCell *pRow = rowsAppend(pRows);
    /* An empty side is placed where the other text's run would go. */
    int32_t a0 = pE->a0<a.n ? a.a[pE->a0].iStart : pIn->a.n;
    int32_t a1 = pE->a1>pE->a0 ? a.a[pE->a1-1].iEnd : a0;
    int32_t b0 = pE->b0<b.n ? b.a[pE->b0].iStart : pIn->b.n;
    int32_t b1 = pE->b1>pE->b0 ? b.a[pE->b1-1].iEnd : b0;
    if( pRow==0 ){ rc = NW_NOMEM; break; }
    cellInt(&pRow[0], i+1);
    rc = cellTextStatic(&pRow[1], azDiffOp[pE->op]);
    if( rc==NW_OK && a1>a0 ) rc = cellText16(&pRow[2], pIn->a.z+a0, a1-a0);
    if( rc==NW_OK && b1>b0 ) rc = cellText16(&pRow[3], pIn->b.z+b0, b1-b0);
    cellSpan(&pRow[4], &pRow[5], &pIn->mapA, a0, a1);
    cellSpan(&pRow[6], &pRow[7], &pIn->mapB, b0, b1);
  }
  nwWordListClear(&a);
  nwWordListClear(&b);
  nwEditListClear(&e);
  return rc;
}

/* -------------------------------------------------------- reuse_spans */

#define NW_REUSE_THRESHOLD 0.4     /* default; see README */

static const char *const azReuseKind[] = { "verbatim", "near-verbatim",
                                           "paraphrase" };

/* Columns: seq a_start a_length b_start b_length score kind a_text b_text */
static int reuseCompute(NwPairVtab *pTab, NwPairInput *pIn, NwRows *pRows){
  NwRegionList r = {0, 0, 0};
  double threshold = NW_REUSE_THRESHOLD;
  int i, rc;
  if( pIn->argv[2] && sqlite3_value_type(pIn->argv[2])!=SQLITE_NULL ){
    threshold = sqlite3_value_double(pIn->argv[2]);
    if( !(threshold>0.0 && threshold<=1.0) ){
      nwVtabError(&pTab->base, "reuse_spans(): threshold must be in (0, 1],"
                  " got %s", sqlite3_value_text(pIn->argv[2]));
      return SQLITE_ERROR;
    }
  }
  rc = nwReuseSpans(&pIn->f, pIn->a.z, pIn->a.n, pIn->b.z, pIn->b.n,
                    threshold, &r);
  if( rc==NW_REUSE_LIMIT ){
    nwVtabError(&pTab->base, "reuse_spans(): %s; texts of %d and %d UTF-16"
                " units", NW_REUSE_LIMIT_WHY, (int)pIn->a.n, (int)pIn->b.n);
    nwRegionListClear(&r);
    return SQLITE_ERROR;
  }
  for(i=0; rc==NW_OK && i<r.n; i++){
    const NwRegion *pR = &r.a[i];
    NwCell *pRow = rowsAppend(pRows);
    if( pRow==0 ){ rc = NW_NOMEM; break; }
    cellInt(&pRow[0], i+1);
    cellSpan(&pRow[1], &pRow[2], &pIn->mapA, pR->aStart, pR->aEnd);
    cellSpan(&pRow[3], &pRow[4], &pIn->mapB, pR->bStart, pR->bEnd);
    cellReal(&pRow[5], pR->score);
    rc = cellTextStatic(&pRow[6], azReuseKind[pR->kind]);
    if( rc==NW_OK ) rc = cellText16(&pRow[7], pIn->a.z+pR->aStart,
                                    pR->aEnd-pR->aStart);
    if( rc==NW_OK ) rc = cellText16(&pRow[8], pIn->b.z+pR->bStart,
                                    pR->bEnd-pR->bStart);
  }
  nwRegionListClear(&r);
  return rc;
}

/* ------------------------------------------------ byte to char offsets */

/* Code points in z[0..n) of UTF-8. */
static sqlite3_int64 utf8Chars(const char *z, size_t n){
  sqlite3_int64 c = 0;
  size_t i;
  for(i=0; i<n; i++) c += ((unsigned char)z[i] & 0xC0)!=0x80;
  return c;
}

/* Code points before byte offsets of one UTF-8 text: a prefix index with
** the count at every NW_CHARINDEX_STEP bytes, built in one pass, so that
** a query counts fewer than NW_CHARINDEX_STEP bytes, whatever its order
** (mention ends are not sorted).  A rescan per mention, or a coarse step,
** makes a text dense with mentions quadratic or near it; the index costs
** 8 bytes per step (1/8 of the text). */
typedef struct CharIndex CharIndex;
struct CharIndex {
  const char *z;
  size_t n;
  sqlite3_int64 *a;          /* a[k] = code points in z[0 .. k*STEP) */
};
#define NW_CHARINDEX_STEP 64

static int charIndexInit(CharIndex *p, const char *z, size_t n){
  size_t k, nBlock = n/NW_CHARINDEX_STEP + 1;
  p->z = z;
  p->n = n;
  p->a = sqlite3_malloc64(sizeof(sqlite3_int64)*(sqlite3_uint64)nBlock);
  if( p->a==0 ) return NW_NOMEM;
  p->a[0] = 0;
  for(k=1; k<nBlock; k++){
    p->a[k] = p->a[k-1] + utf8Chars(z+(k-1)*NW_CHARINDEX_STEP, NW_CHARINDEX_STEP);
  }
  return NW_OK;
}
static sqlite3_int64 charIndexAt(const CharIndex *p, size_t i){
  size_t k;
  if( i>p->n ) i = p->n;
  k = i/NW_CHARINDEX_STEP;
  return p->a[k] + utf8Chars(p->z + k*NW_CHARINDEX_STEP, i - k*NW_CHARINDEX_STEP);
}

/* A text column and its start/length columns from a byte span. */
static int cellsForSpan(NwCell *pText, NwCell *pStart, NwCell *pLen,
                        const CharIndex *pIdx, const size_t *aSpan){
  sqlite3_int64 c0;
  if( aSpan[0]==NW_NOSPAN || aSpan[1]<aSpan[0] ) return NW_OK;
  c0 = charIndexAt(pIdx, aSpan[0]);
  if( pStart ) cellInt(pStart, c0+1);
  if( pLen ) cellInt(pLen, charIndexAt(pIdx, aSpan[1]) - c0);
  return pText ? cellTextUtf8(pText, pIdx->z+aSpan[0], aSpan[1]-aSpan[0]) : NW_OK;
}

/* ----------------------------------------------------------- entities */

/* Columns: seq start length text type value unit approximate key role */
static int entitiesCompute(NwPairVtab *pTab, NwPairInput *pIn, NwRows *pRows){
  NwEntityModel *pModel = 0;
  NwMentionList m = {0, 0, 0};
  NwBuf utf8 = {0, 0, 0};
  NwDate ref = {0, 0, 0};
  CharIndex idx = {0, 0, 0};
  char zErr[200];
  int i, rc;
  if( pIn->argv[1] && sqlite3_value_type(pIn->argv[1])!=SQLITE_NULL ){
    const char *zRef = (const char*)sqlite3_value_text(pIn->argv[1]);
    if( nwDateParseN(zRef, (size_t)sqlite3_value_bytes(pIn->argv[1]), &ref) ){
      nwVtabError(&pTab->base, "entities(): reference_date must be a date "
                  "as YYYY-MM-DD, got '%s'", zRef ? zRef : "");
      return SQLITE_ERROR;
    }
  }
  rc = nwContextEntities(pTab->pCtx, &pModel, zErr, sizeof(zErr));
  if( rc==NW_ERROR ){
    nwVtabError(&pTab->base, "entities(): %s", zErr);
    return SQLITE_ERROR;
  }
  if( rc==NW_OK ) rc = nwAliasesRefresh(&pTab->pAliases, pTab->db, &pTab->base,
                                        pModel);
  if( rc==NW_OK ) rc = nwBufAppendUtf16(&utf8, pIn->a.z, pIn->a.n);
  if( rc==NW_OK ) rc = nwBufReserve(&utf8, 0);
  if( rc==NW_OK ) rc = charIndexInit(&idx, utf8.z, utf8.n);
  if( rc==NW_OK ) rc = nwEntities(pModel, utf8.z, utf8.n, &ref, &m);
  for(i=0; rc==NW_OK && i<m.n; i++){
    const NwMention *pM = &m.a[i];
    const size_t aSpan[2] = { pM->iStart, pM->iEnd };
    NwCell *pRow = rowsAppend(pRows);
    if( pRow==0 ){ rc = NW_NOMEM; break; }
    cellInt(&pRow[0], i+1);
    rc = cellsForSpan(&pRow[3], &pRow[1], &pRow[2], &idx, aSpan);
    if( rc==NW_OK ) rc = cellTextStatic(&pRow[4], azNwEntityType[pM->eType]);
    if( rc==NW_OK && pM->zValue[0] ) rc = cellTextStatic(&pRow[5], pM->zValue);
    else if( pM->bHasNumber ){
      /* the range check first: casting 1e30 or NaN is undefined */
      if( pM->dValue>-9e15 && pM->dValue<9e15
       && pM->dValue==(double)(sqlite3_int64)pM->dValue ){
        cellInt(&pRow[5], (sqlite3_int64)pM->dValue);
      }else{
        cellReal(&pRow[5], pM->dValue);
      }
    }
    if( rc==NW_OK && pM->zUnit[0] ) rc = cellTextStatic(&pRow[6], pM->zUnit);
    if( pM->eType>=NW_E_NUMBER && pM->eType<=NW_E_PERCENT ){
      cellInt(&pRow[7], pM->bApprox);
    }
    if( rc==NW_OK && pM->zKey[0] ) rc = cellTextStatic(&pRow[8], pM->zKey);
    if( rc==NW_OK && pM->iRoleStart!=(size_t)-1 ){
      rc = cellTextUtf8(&pRow[9], utf8.z+pM->iRoleStart,
                        pM->iRoleEnd-pM->iRoleStart);
    }
  }
  sqlite3_free(idx.a);
  nwMentionListClear(&m);
  nwBufClear(&utf8);
  return rc;
}

/* ------------------------------------------------------------- claims */

static const char *const azClaimKind[] = { "direct", "indirect", "mixed" };

/* Columns: seq speaker speaker_start speaker_length speaker_resolved cue
** recipient content content_start content_length kind sentence_start
** sentence_length */
static int claimsCompute(NwPairVtab *pTab, NwPairInput *pIn, NwRows *pRows){
  NwClaimModel *pModel = 0;
  NwClaimList c = {0, 0, 0};
  NwBuf utf8 = {0, 0, 0};
  CharIndex idx = {0, 0, 0};
  char zErr[200];
  int i, rc;
  rc = nwContextClaims(pTab->pCtx, &pModel, zErr, sizeof(zErr));
  if( rc==NW_ERROR ){
    nwVtabError(&pTab->base, "claims(): %s", zErr);
    return SQLITE_ERROR;
  }
  if( rc==NW_OK ) rc = nwBufAppendUtf16(&utf8, pIn->a.z, pIn->a.n);
  if( rc==NW_OK ) rc = nwBufReserve(&utf8, 0);
  if( rc==NW_OK ) rc = charIndexInit(&idx, utf8.z, utf8.n);
  if( rc==NW_OK ) rc = nwClaims(pModel, utf8.z, utf8.n, &c);
  for(i=0; rc==NW_OK && i<c.n; i++){
    const NwClaim *pC = &c.a[i];
    NwCell *pRow = rowsAppend(pRows);
    if( pRow==0 ){ rc = NW_NOMEM; break; }
    cellInt(&pRow[0], i+1);
    rc = cellsForSpan(&pRow[1], &pRow[2], &pRow[3], &idx, pC->aSpeaker);
    if( rc==NW_OK && pC->zResolved[0] ) rc = cellTextStatic(&pRow[4], pC->zResolved);
    if( rc==NW_OK ) rc = cellsForSpan(&pRow[5], 0, 0, &idx, pC->aCue);
    if( rc==NW_OK ) rc = cellsForSpan(&pRow[6], 0, 0, &idx, pC->aRecipient);
    if( rc==NW_OK ) rc = cellsForSpan(&pRow[7], &pRow[8], &pRow[9], &idx, pC->aContent);
    if( rc==NW_OK ) rc = cellTextStatic(&pRow[10], azClaimKind[pC->eKind]);
    if( rc==NW_OK ) rc = cellsForSpan(0, &pRow[11], &pRow[12], &idx, pC->aSentence);
  }
  sqlite3_free(idx.a);
  nwClaimListClear(&c);
  nwBufClear(&utf8);
  return rc;
}

static const NwPairTvf aPairTvf[] = {
  { "word_diff",
    "CREATE TABLE x(seq INTEGER, op TEXT, a_text TEXT, b_text TEXT,"
    " a_start INTEGER, a_length INTEGER, b_start INTEGER, b_length INTEGER,"
    " input_a HIDDEN, input_b HIDDEN)",
    8, 2, 2, "word_diff(a, b)", wordDiffCompute },
  { "reuse_spans",
    "CREATE TABLE x(seq INTEGER, a_start INTEGER, a_length INTEGER,"
    " b_start INTEGER, b_length INTEGER, score REAL, kind TEXT,"
    " a_text TEXT, b_text TEXT, input_a HIDDEN, input_b HIDDEN,"
    " threshold HIDDEN)",
    9, 3, 2, "reuse_spans(a, b [, threshold])", reuseCompute },
  { "entities",
    "CREATE TABLE x(seq INTEGER, start INTEGER, length INTEGER, text TEXT,"
    " type TEXT, value, unit TEXT, approximate INTEGER, key TEXT, role TEXT,"
    " input HIDDEN, reference_date HIDDEN)",
    10, 2, 1, "entities(text [, reference_date])", entitiesCompute },
  { "claims",
    "CREATE TABLE x(seq INTEGER, speaker TEXT, speaker_start INTEGER,"
    " speaker_length INTEGER, speaker_resolved TEXT, cue TEXT,"
    " recipient TEXT, content TEXT, content_start INTEGER,"
    " content_length INTEGER, kind TEXT, sentence_start INTEGER,"
    " sentence_length INTEGER, input HIDDEN)",
    13, 1, 1, "claims(text)", claimsCompute },
};

/* ----------------------------------------------------- virtual table */

typedef struct NwPairAux NwPairAux;
struct NwPairAux {
  const NwPairTvf *pDef;
  NwContext *pCtx;
};

static int pairConnect(sqlite3 *db, void *pAux, int argc,
                       const char *const *argv, sqlite3_vtab **ppVtab,
                       char **pzErr){
  NwPairAux *p = (NwPairAux*)pAux;
  int rc;
  (void)argc; (void)argv; (void)pzErr;
  /* entities() reads entity_aliases from the schema: not innocuous. */
  rc = nwVtabConnect(db, p->pDef->zSchema, sizeof(NwPairVtab),
                     p->pDef->xCompute!=entitiesCompute, ppVtab);
  if( rc==SQLITE_OK ){
    ((NwPairVtab*)*ppVtab)->pDef = p->pDef;
    ((NwPairVtab*)*ppVtab)->pCtx = p->pCtx;
    ((NwPairVtab*)*ppVtab)->db = db;
  }
  return rc;
}

static int pairDisconnect(sqlite3_vtab *pVtab){
  nwAliasCacheFree(((NwPairVtab*)pVtab)->pAliases);
  sqlite3_free(pVtab);
  return SQLITE_OK;
}

static int pairOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCur){
  NwPairCursor *pCur = sqlite3_malloc64(sizeof(*pCur));
  if( pCur==0 ) return SQLITE_NOMEM;
  memset(pCur, 0, sizeof(*pCur));
  pCur->rows.nCol = ((NwPairVtab*)pVtab)->pDef->nCol;
  *ppCur = &pCur->base;
  return SQLITE_OK;
}

static int pairClose(sqlite3_vtab_cursor *cur){
  NwPairCursor *pCur = (NwPairCursor*)cur;
  rowsClear(&pCur->rows);
  sqlite3_free(pCur);
  return SQLITE_OK;
}

static void pairInputClear(NwPairInput *p){
  nwTextClear(&p->a);
  nwTextClear(&p->b);
  nwCharMapClear(&p->mapA);
  nwCharMapClear(&p->mapB);
  nwBufClear(&p->f.norm);
}

static int pairFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                      int argc, sqlite3_value **argv){
  NwPairCursor *pCur = (NwPairCursor*)cur;
  NwPairVtab *pTab = (NwPairVtab*)cur->pVtab;
  const NwPairTvf *pDef = pTab->pDef;
  sqlite3_value *aArg[4] = {0, 0, 0, 0};
  NwPairInput in;
  int i, j = 0, rc;
  (void)idxStr;
  rowsClear(&pCur->rows);
  pCur->iRow = 0;
  for(i=0; i<pDef->nArg; i++){
    if( idxNum & (1<<i) ){
      if( j<argc ) aArg[i] = argv[j++];
    }else if( i<pDef->nArgRequired ){
      nwVtabError(&pTab->base, "%s(): missing argument %d; write %s",
                  pDef->zName, i+1, pDef->zUsage);
      return SQLITE_ERROR;
    }
  }
  for(i=0; i<pDef->nArgRequired; i++){
    if( sqlite3_value_type(aArg[i])==SQLITE_NULL ) return SQLITE_OK;
  }
  memset(&in, 0, sizeof(in));
  in.argv = aArg;
  rc = nwTextInit(&in.a, (const char*)sqlite3_value_text(aArg[0]),
                  sqlite3_value_bytes(aArg[0]));
  if( rc==NW_OK && aArg[1] ){
    rc = nwTextInit(&in.b, (const char*)sqlite3_value_text(aArg[1]),
                    sqlite3_value_bytes(aArg[1]));
  }
  if( rc==NW_OK ) rc = nwCharMapInit(&in.mapA, in.a.z, in.a.n);
  if( rc==NW_OK ) rc = nwCharMapInit(&in.mapB, in.b.z, in.b.n);
  if( rc==NW_OK ) rc = nwContextFeaturizer(pTab->pCtx, &in.f);
  if( rc==NW_OK ) rc = pDef->xCompute(pTab, &in, &pCur->rows);
  pairInputClear(&in);
  if( rc==NW_ERROR && pTab->base.zErrMsg==0 ){
    nwVtabError(&pTab->base, "%s(): could not read the text", pDef->zName);
  }
  if( rc!=SQLITE_OK ) rowsClear(&pCur->rows);
  return rc;
}

static int pairNext(sqlite3_vtab_cursor *cur){
  ((NwPairCursor*)cur)->iRow++;
  return SQLITE_OK;
}

static int pairEof(sqlite3_vtab_cursor *cur){
  NwPairCursor *pCur = (NwPairCursor*)cur;
  return pCur->iRow>=pCur->rows.nRow;
}

static int pairColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int i){
  NwPairCursor *pCur = (NwPairCursor*)cur;
  const NwCell *p;
  if( i>=pCur->rows.nCol ) return SQLITE_OK;    /* arguments: NULL */
  p = &pCur->rows.a[pCur->iRow*pCur->rows.nCol + i];
  switch( p->eType ){
    case SQLITE_INTEGER: sqlite3_result_int64(ctx, p->i); break;
    case SQLITE_FLOAT:   sqlite3_result_double(ctx, p->r); break;
    case SQLITE_TEXT:    sqlite3_result_text(ctx, p->z, -1, SQLITE_TRANSIENT);
                         break;
  }
  return SQLITE_OK;
}

static int pairRowid(sqlite3_vtab_cursor *cur, sqlite_int64 *pRowid){
  *pRowid = ((NwPairCursor*)cur)->iRow + 1;
  return SQLITE_OK;
}

static int pairBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo){
  const NwPairTvf *pDef = ((NwPairVtab*)pVtab)->pDef;
  int aIdx[4] = {-1, -1, -1, -1};
  int i, nUnusable = 0, idxNum = 0, n = 0;
  for(i=0; i<pInfo->nConstraint; i++){
    const struct sqlite3_index_constraint *pC = &pInfo->aConstraint[i];
    int iArg = pC->iColumn - pDef->nCol;
    if( iArg<0 || iArg>=pDef->nArg ) continue;
    if( pC->op!=SQLITE_INDEX_CONSTRAINT_EQ ) continue;
    if( !pC->usable ){ nUnusable |= 1<<iArg; continue; }
    aIdx[iArg] = i;
  }
  for(i=0; i<pDef->nArg; i++){
    if( aIdx[i]<0 ) continue;
    pInfo->aConstraintUsage[aIdx[i]].argvIndex = ++n;
    pInfo->aConstraintUsage[aIdx[i]].omit = 1;
    idxNum |= 1<<i;
  }
  if( nUnusable & ~idxNum ) return SQLITE_CONSTRAINT;
  pInfo->idxNum = idxNum;
  pInfo->estimatedCost = (idxNum & 3)==3 ? 10000.0 : 1e99;
  pInfo->estimatedRows = 20;
  return SQLITE_OK;
}

static const sqlite3_module nwPairModule = {
  .iVersion = 0,
  .xCreate = 0,                /* eponymous only */
  .xConnect = pairConnect,
  .xBestIndex = pairBestIndex,
  .xDisconnect = pairDisconnect,
  .xOpen = pairOpen,
  .xClose = pairClose,
  .xFilter = pairFilter,
  .xNext = pairNext,
  .xEof = pairEof,
  .xColumn = pairColumn,
  .xRowid = pairRowid,
};

static void pairAuxFree(void *p){
  NwPairAux *pAux = (NwPairAux*)p;
  nwContextUnref(pAux->pCtx);
  sqlite3_free(pAux);
}

int nwRegisterPairTvfs(sqlite3 *db, NwContext *pCtx){
  int i, rc = SQLITE_OK;
  for(i=0; rc==SQLITE_OK && i<(int)(sizeof(aPairTvf)/sizeof(aPairTvf[0])); i++){
    NwPairAux *pAux = sqlite3_malloc64(sizeof(*pAux));
    if( pAux==0 ) return SQLITE_NOMEM;
    pAux->pDef = &aPairTvf[i];
    pAux->pCtx = nwContextRef(pCtx);
    rc = sqlite3_create_module_v2(db, aPairTvf[i].zName, &nwPairModule, pAux,
                                  pairAuxFree);
  }
  return rc;
}
