/*
** nw_tvf.c: the table-valued functions over segmented text.
**
**     SELECT seq, start, length, text FROM sentences(:body);
**     SELECT seq, start, length, text, boilerplate FROM passages(:body);
**     SELECT seq, start, length, token, norm, stem FROM tokens(:body);
**
** All three share one eponymous virtual table implementation, in the
** manner of ext/misc/series.c: the text is the hidden column "input"
** (the function's argument), rows stream from a pure-core iterator, and
** the first four columns are common:
**
**     seq     1, 2, 3 ... in text order
**     start   1-based character offset of the row's text
**     length  its length in characters: substr(input, start, length)
**             returns exactly the row's text
**     text    the row's text (called "token" in tokens())
**
** The input is copied and decoded once in xFilter (nw_text.h says how
** invalid UTF-8 and NUL are handled).  NULL gives no rows.
**
** xBestIndex: idxNum 1 means the input is bound (argvIndex 1).  A
** constraint on the input that is not usable yet gives SQLITE_CONSTRAINT,
** so the planner puts the source table first in
** "FROM articles a, sentences(a.body)".  idxNum 0 (no input) costs 1e99
** and makes xFilter fail with a message naming the function.
*/
#include <string.h>
#include "nwInt.h"

typedef struct NwTvf NwTvf;
typedef struct NwTvfVtab NwTvfVtab;
typedef struct NwTvfCursor NwTvfCursor;

/* Column numbers shared by every TVF here. */
#define NW_COL_SEQ    0
#define NW_COL_START  1
#define NW_COL_LENGTH 2
#define NW_COL_TEXT   3

/* What makes one TVF different from the others. */
struct NwTvf {
  const char *zName;
  const char *zSchema;       /* visible columns, then "input HIDDEN" */
  int iInputCol;             /* column number of the hidden input */
  int (*xStart)(NwTvfCursor*);
  int (*xNext)(NwTvfCursor*, NwSpan*);
  int (*xColumn)(NwTvfCursor*, sqlite3_context*, int iCol);  /* iCol>3 */
  void (*xStop)(NwTvfCursor*);
};

/* Module client data: the definition plus a context reference. */
typedef struct NwTvfAux NwTvfAux;
struct NwTvfAux {
  const NwTvf *pDef;
  NwContext *pCtx;
};

struct NwTvfVtab {
  sqlite3_vtab base;
  const NwTvf *pDef;
  NwContext *pCtx;
};

struct NwTvfCursor {
  sqlite3_vtab_cursor base;
  NwTvfVtab *pTab;
  NwText text;               /* the decoded input */
  NwOffset off;              /* UTF-16 -> character offsets */
  NwSpan span;               /* current row, UTF-16 indices */
  sqlite3_int64 iSeq;        /* current row number, 1-based */
  sqlite3_int64 iStart;      /* 1-based character offset of the row */
  sqlite3_int64 nChar;       /* its length in characters */
  int bOffsetValid;          /* iStart and nChar are for this row */
  int bEof;
  /* Per-TVF iterator state */
  NwSentences *pSentences;
  NwWords *pWords;
  int32_t iParaPos;
  NwBuf norm;                /* tokens: normal form of the current token */
  int bNormValid;
};

/* ------------------------------------------------------------ helpers */

static int tvfCursorError(NwTvfCursor *pCur, int rc){
  if( rc==NW_ERROR ){
    nwVtabError(&pCur->pTab->base, "%s(): ICU could not segment the text",
                pCur->pTab->pDef->zName);
  }
  return rc;
}

/* Set result to the current row's text.  SQLite converts the UTF-16
** slice to the database encoding in one step, with no buffer of ours. */
static int tvfResultSpan(NwTvfCursor *pCur, sqlite3_context *ctx){
  const UChar *z = pCur->text.z + pCur->span.iStart;
  int32_t n = pCur->span.iEnd - pCur->span.iStart;
  sqlite3_result_text16(ctx, z, n*(int)sizeof(UChar), SQLITE_TRANSIENT);
  return SQLITE_OK;
}

/* ---------------------------------------------------------- sentences */

static int sentencesStart(NwTvfCursor *pCur){
  return nwSentencesOpen(pCur->text.z, pCur->text.n, &pCur->pSentences);
}
static int sentencesNext(NwTvfCursor *pCur, NwSpan *pSpan){
  return nwSentencesNext(pCur->pSentences, pSpan);
}
static void sentencesStop(NwTvfCursor *pCur){
  nwSentencesClose(pCur->pSentences);
  pCur->pSentences = 0;
}

/* ----------------------------------------------------------- passages */

#define NW_COL_BOILERPLATE 4

static int passagesStart(NwTvfCursor *pCur){
  pCur->iParaPos = 0;
  return NW_OK;
}
static int passagesNext(NwTvfCursor *pCur, NwSpan *pSpan){
  return nwParagraphNext(pCur->text.z, pCur->text.n, &pCur->iParaPos, pSpan);
}
static int passagesColumn(NwTvfCursor *pCur, sqlite3_context *ctx, int iCol){
  NwBoilerplate *pBp = 0;
  NwBuf line = {0, 0, 0};
  char zErr[200];
  int rc;
  if( iCol!=NW_COL_BOILERPLATE ) return SQLITE_OK;
  rc = nwContextBoilerplate(pCur->pTab->pCtx, &pBp, zErr, sizeof(zErr));
  if( rc==NW_ERROR ){
    nwVtabError(&pCur->pTab->base, "passages(): boilerplate rules: %s", zErr);
    return rc;
  }
  if( rc==NW_OK ){
    rc = nwBufAppendUtf16(&line, pCur->text.z + pCur->span.iStart,
                          pCur->span.iEnd - pCur->span.iStart);
  }
  if( rc==NW_OK ){
    sqlite3_result_int(ctx, nwIsBoilerplate(pBp, line.z, line.n));
  }
  nwBufClear(&line);
  return rc;
}

/* ------------------------------------------------------------- tokens */

#define NW_COL_NORM 4
#define NW_COL_STEM 5

static int tokensStart(NwTvfCursor *pCur){
  return nwWordsOpen(pCur->text.z, pCur->text.n, &pCur->pWords);
}
static int tokensNext(NwTvfCursor *pCur, NwSpan *pSpan){
  pCur->bNormValid = 0;
  return nwWordsNext(pCur->pWords, pSpan);
}
static void tokensStop(NwTvfCursor *pCur){
  nwWordsClose(pCur->pWords);
  pCur->pWords = 0;
  nwBufClear(&pCur->norm);
  pCur->bNormValid = 0;
}

/* Compute the current token's normal form into pCur->norm, once. */
static int tokensNorm(NwTvfCursor *pCur){
  NwNormalizer *pNorm = 0;
  int rc;
  if( pCur->bNormValid ) return NW_OK;
  pCur->norm.n = 0;
  rc = nwContextNormalizer(pCur->pTab->pCtx, &pNorm);
  if( rc==NW_OK ){
    rc = nwNormalize(pNorm, pCur->text.z + pCur->span.iStart,
                     pCur->span.iEnd - pCur->span.iStart, &pCur->norm);
  }
  if( rc==NW_OK ) rc = nwBufReserve(&pCur->norm, 0);
  if( rc==NW_ERROR ){
    nwVtabError(&pCur->pTab->base, "tokens(): ICU error %s",
                nwNormalizerError(pNorm));
  }
  pCur->bNormValid = (rc==NW_OK);
  return rc;
}

static int tokensColumn(NwTvfCursor *pCur, sqlite3_context *ctx, int iCol){
  NwStemmer *pStem = 0;
  const char *zOut;
  size_t nOut;
  int rc = tokensNorm(pCur);
  if( rc ) return rc;
  zOut = pCur->norm.z;
  nOut = pCur->norm.n;
  if( iCol==NW_COL_STEM ){
    rc = nwContextStemmer(pCur->pTab->pCtx, &pStem);
    if( rc ) return rc;
    zOut = nwStem(pStem, zOut, nOut, &nOut);
    if( zOut==0 ) return SQLITE_NOMEM;
  }
  sqlite3_result_text64(ctx, zOut, nOut, SQLITE_TRANSIENT, SQLITE_UTF8);
  return SQLITE_OK;
}

/* -------------------------------------------------------- definitions */

static const NwTvf aTvf[] = {
  { "sentences",
    "CREATE TABLE x(seq INTEGER, start INTEGER, length INTEGER, text TEXT,"
    " input HIDDEN)",
    4, sentencesStart, sentencesNext, 0, sentencesStop },
  { "passages",
    "CREATE TABLE x(seq INTEGER, start INTEGER, length INTEGER, text TEXT,"
    " boilerplate INTEGER, input HIDDEN)",
    5, passagesStart, passagesNext, passagesColumn, 0 },
  { "tokens",
    "CREATE TABLE x(seq INTEGER, start INTEGER, length INTEGER, token TEXT,"
    " norm TEXT, stem TEXT, input HIDDEN)",
    6, tokensStart, tokensNext, tokensColumn, tokensStop },
};

/* ---------------------------------------------------- virtual table */

static int tvfConnect(sqlite3 *db, void *pAux, int argc,
                      const char *const *argv, sqlite3_vtab **ppVtab,
                      char **pzErr){
  NwTvfAux *p = (NwTvfAux*)pAux;
  int rc;
  (void)argc; (void)argv; (void)pzErr;
  rc = nwVtabConnect(db, p->pDef->zSchema, sizeof(NwTvfVtab), 1, ppVtab);
  if( rc==SQLITE_OK ){
    ((NwTvfVtab*)*ppVtab)->pDef = p->pDef;
    ((NwTvfVtab*)*ppVtab)->pCtx = p->pCtx;
  }
  return rc;
}

static int tvfDisconnect(sqlite3_vtab *pVtab){
  sqlite3_free(pVtab);
  return SQLITE_OK;
}

static int tvfOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCursor){
  NwTvfCursor *pCur = sqlite3_malloc64(sizeof(*pCur));
  if( pCur==0 ) return SQLITE_NOMEM;
  memset(pCur, 0, sizeof(*pCur));
  pCur->pTab = (NwTvfVtab*)pVtab;
  pCur->bEof = 1;
  *ppCursor = &pCur->base;
  return SQLITE_OK;
}

/* Release everything the current input holds. */
static void tvfReset(NwTvfCursor *pCur){
  if( pCur->pTab->pDef->xStop ) pCur->pTab->pDef->xStop(pCur);
  nwTextClear(&pCur->text);
  memset(&pCur->off, 0, sizeof(pCur->off));
  pCur->iSeq = 0;
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
  int rc = pCur->pTab->pDef->xNext(pCur, &pCur->span);
  if( rc==NW_DONE ){
    pCur->bEof = 1;
    return SQLITE_OK;
  }
  if( rc!=NW_ROW ) return tvfCursorError(pCur, rc);
  pCur->iSeq++;
  pCur->bOffsetValid = 0;
  return SQLITE_OK;
}

/* Character offsets of the current row, computed when first asked for:
** the walker only moves forward, so skipped rows cost nothing. */
static void tvfOffsets(NwTvfCursor *pCur){
  if( pCur->bOffsetValid ) return;
  pCur->iStart = nwOffsetAt(&pCur->off, pCur->text.z, pCur->span.iStart) + 1;
  pCur->nChar = nwOffsetAt(&pCur->off, pCur->text.z, pCur->span.iEnd)
              - (pCur->iStart - 1);
  pCur->bOffsetValid = 1;
}

static int tvfFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                     int argc, sqlite3_value **argv){
  NwTvfCursor *pCur = (NwTvfCursor*)cur;
  const NwTvf *pDef = pCur->pTab->pDef;
  int rc;
  (void)idxStr;
  tvfReset(pCur);
  if( idxNum!=1 || argc<1 ){
    nwVtabError(&pCur->pTab->base, "%s(): missing the text argument; "
                "write %s(text)", pDef->zName, pDef->zName);
    return SQLITE_ERROR;
  }
  if( sqlite3_value_type(argv[0])==SQLITE_NULL ) return SQLITE_OK;
  rc = nwTextInit(&pCur->text, (const char*)sqlite3_value_text(argv[0]),
                  sqlite3_value_bytes(argv[0]));
  if( rc==NW_OK ) rc = pDef->xStart(pCur);
  if( rc!=NW_OK ) return tvfCursorError(pCur, rc);
  pCur->bEof = 0;
  return tvfNext(cur);
}

static int tvfEof(sqlite3_vtab_cursor *cur){
  return ((NwTvfCursor*)cur)->bEof;
}

static int tvfColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int i){
  NwTvfCursor *pCur = (NwTvfCursor*)cur;
  switch( i ){
    case NW_COL_SEQ:    sqlite3_result_int64(ctx, pCur->iSeq); break;
    case NW_COL_START:
      tvfOffsets(pCur);
      sqlite3_result_int64(ctx, pCur->iStart);
      break;
    case NW_COL_LENGTH:
      tvfOffsets(pCur);
      sqlite3_result_int64(ctx, pCur->nChar);
      break;
    case NW_COL_TEXT:   return tvfResultSpan(pCur, ctx);
    default:
      if( i==pCur->pTab->pDef->iInputCol ) break;   /* not kept: NULL */
      return pCur->pTab->pDef->xColumn(pCur, ctx, i);
  }
  return SQLITE_OK;
}

static int tvfRowid(sqlite3_vtab_cursor *cur, sqlite_int64 *pRowid){
  *pRowid = ((NwTvfCursor*)cur)->iSeq;
  return SQLITE_OK;
}

static int tvfBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo){
  NwTvfVtab *pTab = (NwTvfVtab*)pVtab;
  int i, bUnusable = 0;
  for(i=0; i<pInfo->nConstraint; i++){
    const struct sqlite3_index_constraint *pC = &pInfo->aConstraint[i];
    if( pC->iColumn!=pTab->pDef->iInputCol ) continue;
    if( pC->op!=SQLITE_INDEX_CONSTRAINT_EQ ) continue;
    if( !pC->usable ){
      bUnusable = 1;
      continue;
    }
    pInfo->aConstraintUsage[i].argvIndex = 1;
    pInfo->aConstraintUsage[i].omit = 1;
    pInfo->idxNum = 1;
    pInfo->estimatedCost = 1000.0;
    pInfo->estimatedRows = 100;
    return SQLITE_OK;
  }
  if( bUnusable ) return SQLITE_CONSTRAINT;
  /* No input at all.  This may be one of several plans tried (one per
  ** OR term, say), so make it unattractive here; xFilter reports the
  ** error if it is the plan that runs. */
  pInfo->idxNum = 0;
  pInfo->estimatedCost = 1e99;
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

int nwRegisterTvfs(sqlite3 *db, NwContext *pCtx){
  int i, rc = SQLITE_OK;
  for(i=0; rc==SQLITE_OK && i<(int)(sizeof(aTvf)/sizeof(aTvf[0])); i++){
    NwTvfAux *pAux = sqlite3_malloc64(sizeof(*pAux));
    if( pAux==0 ) return SQLITE_NOMEM;
    pAux->pDef = &aTvf[i];
    pAux->pCtx = nwContextRef(pCtx);
    rc = sqlite3_create_module_v2(db, aTvf[i].zName, &nwTvfModule, pAux,
                                  tvfAuxFree);
  }
  return rc;
}
