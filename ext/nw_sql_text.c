/*
** nw_sql_text.c: the SQL functions over one text, by segment.
**
**     SELECT normalize('Dae’sh');            -- 'daesh'
**     SELECT normalize('  Łódź —  ÉCOLE ');  -- 'lodz - ecole'
**
**     SELECT seq, start, length, text FROM sentences(:body);
**     SELECT seq, start, length, text, boilerplate, kind FROM passages(:body);
**     SELECT seq, start, length, token, norm, stem FROM tokens(:body);
**
** The three table-valued functions stream their rows from a pure-core
** iterator (nw_segment.h) on the skeleton of nw_sql_vtab.c; the text is
** the hidden column "input".  Their first four columns are common:
**
**     seq     1, 2, 3 ... in text order
**     start   1-based character offset of the row's text
**     length  its length in characters: substr(input, start, length)
**             returns exactly the row's text
**     text    the row's text (called "token" in tokens())
**
** xFilter copies the input as repaired UTF-8 (nw_text.h says how invalid
** UTF-8 and NUL are handled) and decodes it once to UTF-16 for ICU's break
** iterators, which run 1.2-1.6 times slower on UTF-8 (utext_openUTF8)
** than on UTF-16.  A row's text is a slice of the UTF-8 copy, found with
** its offsets by one forward walk.  NULL gives NULL from normalize() and
** no rows from the others.
*/
#include <string.h>
#include "nwInt.h"

/* ---------------------------------------------------------- normalize */

void nwNormalizeFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  NwContext *pCtx = sqlite3_user_data(ctx);
  NwNormalizer *pNorm = 0;
  NwText text = {0, 0};
  NwBuf out = {0, 0, 0};
  int rc;
  (void)argc;
  if( sqlite3_value_type(argv[0])==SQLITE_NULL ) return;
  rc = nwTextInit(&text, (const char*)sqlite3_value_text(argv[0]),
                  sqlite3_value_bytes(argv[0]));
  if( rc==NW_OK ) rc = nwContextNormalizer(pCtx, &pNorm);
  if( rc==NW_OK ) rc = nwNormalize(pNorm, text.z, text.n, &out);
  if( rc==NW_OK ) rc = nwBufReserve(&out, 0);    /* "" needs a buffer too */
  nwTextClear(&text);
  if( rc!=NW_OK ){
    nwBufClear(&out);
    nwResultError(ctx, "normalize", rc, "ICU error %s",
                  nwNormalizerError(pNorm));
    return;
  }
  sqlite3_result_text64(ctx, out.z, out.n, sqlite3_free, SQLITE_UTF8);
}

/* ------------------------------------------------- the segment cursor */

/* Column numbers shared by the three functions. */
#define NW_COL_SEQ    0
#define NW_COL_START  1
#define NW_COL_LENGTH 2
#define NW_COL_TEXT   3

typedef struct NwSegCursor NwSegCursor;
struct NwSegCursor {
  NwTvfCursor base;
  NwBuf utf8;                /* the input as the cores read it (a copy) */
  NwText text;               /* the same decoded, for the ICU iterators */
  NwOffset off;              /* UTF-16 -> character and byte offsets */
  NwSpan span;               /* current row, UTF-16 indices */
  sqlite3_int64 iStart;      /* 1-based character offset of the row */
  sqlite3_int64 nChar;       /* its length in characters */
  size_t iByte, nByte;       /* the row in utf8 */
  int bOffsetValid;          /* iStart .. nByte are for this row */
  /* Per-function iterator state */
  NwSentences *pSentences;
  NwWords *pWords;
  NwPassages *pPassages;
  NwBoilerplate *pBp;        /* passages: the connection's line rules */
  int eShape;                /* passages: kind from NwPassages */
  int eKind;                 /* the row's kind, -1 until asked for */
  NwBuf norm;                /* tokens: normal form of the current token */
  int bNormValid;
};

/* Copy the input as repaired UTF-8 (the rows' text is sliced from it)
** and decode that once to UTF-16 for the break iterators, which need it. */
static int segStart(NwSegCursor *pCur, sqlite3_value *pText){
  const char *z = 0;
  size_t n = 0;
  int rc;
  memset(&pCur->off, 0, sizeof(pCur->off));
  pCur->bOffsetValid = 0;
  rc = nwUtf8Clean((const char*)sqlite3_value_text(pText),
                   sqlite3_value_bytes(pText), &pCur->utf8, &z, &n);
  if( rc==NW_OK && z!=pCur->utf8.z ) rc = nwBufAppend(&pCur->utf8, z, n);
  if( rc==NW_OK ) rc = nwTextInit(&pCur->text, pCur->utf8.z, n);
  return rc;
}

static void segClear(NwSegCursor *pCur){
  nwTextClear(&pCur->text);
  nwBufClear(&pCur->utf8);
}

/* Character and byte offsets of the current row, computed when first
** asked for: the walker only moves forward, so skipped rows cost nothing. */
static void segOffsets(NwSegCursor *pCur){
  if( pCur->bOffsetValid ) return;
  pCur->iStart = nwOffsetAt(&pCur->off, pCur->text.z, pCur->span.iStart) + 1;
  pCur->iByte = (size_t)pCur->off.iByte;
  pCur->nChar = nwOffsetAt(&pCur->off, pCur->text.z, pCur->span.iEnd)
              - (pCur->iStart - 1);
  pCur->nByte = (size_t)pCur->off.iByte - pCur->iByte;
  pCur->bOffsetValid = 1;
}

/* Take the iterator's rc; a new row invalidates the offsets. */
static int segRow(NwSegCursor *pCur, int rc){
  pCur->bOffsetValid = 0;
  return rc;
}

/* The four common columns.  The row's text is a slice of the UTF-8. */
static void segColumn(NwSegCursor *pCur, sqlite3_context *ctx, int iCol){
  switch( iCol ){
    case NW_COL_SEQ:
      sqlite3_result_int64(ctx, pCur->base.iRow);
      break;
    case NW_COL_START:
      segOffsets(pCur);
      sqlite3_result_int64(ctx, pCur->iStart);
      break;
    case NW_COL_LENGTH:
      segOffsets(pCur);
      sqlite3_result_int64(ctx, pCur->nChar);
      break;
    case NW_COL_TEXT:
      segOffsets(pCur);
      sqlite3_result_text64(ctx, pCur->utf8.z + pCur->iByte, pCur->nByte,
                            SQLITE_TRANSIENT, SQLITE_UTF8);
      break;
  }
}

/* ---------------------------------------------------------- sentences */

static int sentencesStart(NwTvfCursor *cur, sqlite3_value **apArg){
  NwSegCursor *pCur = (NwSegCursor*)cur;
  int rc = segStart(pCur, apArg[0]);
  if( rc==NW_OK ){
    rc = nwSentencesOpenCached(&cur->pTab->pCtx->brk, pCur->text.z,
                               pCur->text.n, &pCur->pSentences);
  }
  return rc;
}
static int sentencesNext(NwTvfCursor *cur){
  NwSegCursor *pCur = (NwSegCursor*)cur;
  return segRow(pCur, nwSentencesNext(pCur->pSentences, &pCur->span));
}
static int sentencesColumn(NwTvfCursor *cur, sqlite3_context *ctx, int iCol){
  segColumn((NwSegCursor*)cur, ctx, iCol);
  return SQLITE_OK;
}
static void sentencesReset(NwTvfCursor *cur){
  NwSegCursor *pCur = (NwSegCursor*)cur;
  nwSentencesClose(pCur->pSentences);
  pCur->pSentences = 0;
  segClear(pCur);
}

/* ----------------------------------------------------------- passages */

#define NW_COL_BOILERPLATE 4
#define NW_COL_KIND        5

static int passagesStart(NwTvfCursor *cur, sqlite3_value **apArg){
  NwSegCursor *pCur = (NwSegCursor*)cur;
  NwBoilerplate *pBp = 0;
  char zErr[200];
  int rc = nwContextBoilerplate(cur->pTab->pCtx, &pBp, zErr, sizeof(zErr));
  if( rc==NW_ERROR ){
    nwTvfError(cur, "boilerplate rules: %s", zErr);
    return rc;
  }
  if( rc==NW_OK ) rc = segStart(pCur, apArg[0]);
  if( rc==NW_OK ){
    pCur->pBp = pBp;
    rc = nwPassagesOpen(pCur->text.z, pCur->text.n, pBp, &pCur->pPassages);
  }
  return rc;
}
static int passagesNext(NwTvfCursor *cur){
  NwSegCursor *pCur = (NwSegCursor*)cur;
  pCur->eKind = -1;
  return segRow(pCur, nwPassagesNext(pCur->pPassages, &pCur->span,
                                     &pCur->eShape));
}

/* The row's kind: a dateline split off stays one; otherwise the line rules
** (furniture, datelines, slugs) decide first, then the shape. */
static int passagesKind(NwSegCursor *pCur){
  if( pCur->eKind>=0 ) return pCur->eKind;
  pCur->eKind = pCur->eShape;
  if( pCur->eShape!=NW_KIND_DATELINE ){
    int eLine;
    segOffsets(pCur);
    eLine = nwBoilerplateKind(pCur->pBp, pCur->utf8.z + pCur->iByte,
                              pCur->nByte);
    if( eLine!=NW_KIND_TEXT ) pCur->eKind = eLine;
  }
  return pCur->eKind;
}

static int passagesColumn(NwTvfCursor *cur, sqlite3_context *ctx, int iCol){
  NwSegCursor *pCur = (NwSegCursor*)cur;
  switch( iCol ){
    case NW_COL_BOILERPLATE:
      sqlite3_result_int(ctx, passagesKind(pCur)!=NW_KIND_TEXT);
      break;
    case NW_COL_KIND:
      sqlite3_result_text(ctx, nwKindName(passagesKind(pCur)), -1,
                          SQLITE_STATIC);
      break;
    default:
      segColumn(pCur, ctx, iCol);
  }
  return SQLITE_OK;
}
static void passagesReset(NwTvfCursor *cur){
  NwSegCursor *pCur = (NwSegCursor*)cur;
  nwPassagesClose(pCur->pPassages);
  pCur->pPassages = 0;
  segClear(pCur);
}

/* ------------------------------------------------------------- tokens */

#define NW_COL_NORM 4
#define NW_COL_STEM 5

static int tokensStart(NwTvfCursor *cur, sqlite3_value **apArg){
  NwSegCursor *pCur = (NwSegCursor*)cur;
  int rc = segStart(pCur, apArg[0]);
  if( rc==NW_OK ){
    rc = nwWordsOpenCached(&cur->pTab->pCtx->brk, pCur->text.z, pCur->text.n,
                           &pCur->pWords);
  }
  return rc;
}
static int tokensNext(NwTvfCursor *cur){
  NwSegCursor *pCur = (NwSegCursor*)cur;
  pCur->bNormValid = 0;
  return segRow(pCur, nwWordsNext(pCur->pWords, &pCur->span));
}
static void tokensReset(NwTvfCursor *cur){
  NwSegCursor *pCur = (NwSegCursor*)cur;
  nwWordsClose(pCur->pWords);
  pCur->pWords = 0;
  nwBufClear(&pCur->norm);
  pCur->bNormValid = 0;
  segClear(pCur);
}

/* Compute the current token's normal form into pCur->norm, once. */
static int tokensNorm(NwSegCursor *pCur){
  NwNormalizer *pNorm = 0;
  int rc;
  if( pCur->bNormValid ) return NW_OK;
  pCur->norm.n = 0;
  rc = nwContextNormalizer(pCur->base.pTab->pCtx, &pNorm);
  if( rc==NW_OK ){
    rc = nwNormalize(pNorm, pCur->text.z + pCur->span.iStart,
                     pCur->span.iEnd - pCur->span.iStart, &pCur->norm);
  }
  if( rc==NW_OK ) rc = nwBufReserve(&pCur->norm, 0);
  if( rc==NW_ERROR ){
    nwTvfError(&pCur->base, "ICU error %s", nwNormalizerError(pNorm));
  }
  pCur->bNormValid = (rc==NW_OK);
  return rc;
}

static int tokensColumn(NwTvfCursor *cur, sqlite3_context *ctx, int iCol){
  NwSegCursor *pCur = (NwSegCursor*)cur;
  NwStemmer *pStem = 0;
  const char *zOut;
  size_t nOut;
  int rc;
  if( iCol<NW_COL_NORM ){
    segColumn(pCur, ctx, iCol);
    return SQLITE_OK;
  }
  rc = tokensNorm(pCur);
  if( rc ) return rc;
  zOut = pCur->norm.z;
  nOut = pCur->norm.n;
  if( iCol==NW_COL_STEM ){
    rc = nwContextStemmer(cur->pTab->pCtx, &pStem);
    if( rc ) return rc;
    zOut = nwStem(pStem, zOut, nOut, &nOut);
    if( zOut==0 ) return SQLITE_NOMEM;
  }
  sqlite3_result_text64(ctx, zOut, nOut, SQLITE_TRANSIENT, SQLITE_UTF8);
  return SQLITE_OK;
}

/* -------------------------------------------------------- definitions */

#define NW_SEG_TVF(zFunc, zCols, nColumns, xS, xN, xC, xR) { \
    .zName = zFunc, \
    .zSchema = "CREATE TABLE x(seq INTEGER, start INTEGER, length INTEGER, " \
               zCols ", input HIDDEN)", \
    .nCol = nColumns, .nArg = 1, .nArgRequired = 1, \
    .zUsage = zFunc "(text)", .azMissing = { "the text argument" }, \
    .zFailed = "ICU could not segment the text", .bInnocuous = 1, \
    .szCursor = sizeof(NwSegCursor), \
    .xStart = xS, .xNext = xN, .xColumn = xC, .xReset = xR }

const NwTvfDef nwSentencesTvf = NW_SEG_TVF("sentences", "text TEXT", 4,
    sentencesStart, sentencesNext, sentencesColumn, sentencesReset);
const NwTvfDef nwPassagesTvf = NW_SEG_TVF("passages",
    "text TEXT, boilerplate INTEGER, kind TEXT", 6,
    passagesStart, passagesNext, passagesColumn, passagesReset);
const NwTvfDef nwTokensTvf = NW_SEG_TVF("tokens",
    "token TEXT, norm TEXT, stem TEXT", 6,
    tokensStart, tokensNext, tokensColumn, tokensReset);
