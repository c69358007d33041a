/*
** nw_sql_similar.c: the SQL functions that compare passages.
**
**     SELECT similar_passage(:a, :b);                -- [0,1], symmetric
**     SELECT similar_passage(:a, :b, 'containment'); -- share of a in b
**     SELECT passage_signature(:a);                  -- 524-byte BLOB
**     SELECT signature_similarity(:sigA, :sigB);     -- [0,1]
**
**     SELECT seq, op, a_text, b_text FROM word_diff(:a, :b);
**     SELECT a_start, a_length, b_start, b_length, score, kind
**       FROM reuse_spans(:a, :b [, :threshold]);
**
** The scalars give NULL for NULL; numbers and blobs are read as text.
** word_diff() and reuse_spans() compare whole texts, so each computes
** every row in xFilter (bounded: see nw_align.h) on the skeleton of
** nw_sql_vtab.c; offsets are 1-based characters of a and b.
*/
#include <string.h>
#include "nwInt.h"

/* The columns, then the arguments (hidden). */
#define NW_WORD_DIFF_SCHEMA \
  "CREATE TABLE x(seq INTEGER, op TEXT, a_text TEXT, b_text TEXT," \
  " a_start INTEGER, a_length INTEGER, b_start INTEGER, b_length INTEGER," \
  " input_a HIDDEN, input_b HIDDEN)"
#define NW_REUSE_SPANS_SCHEMA \
  "CREATE TABLE x(seq INTEGER, a_start INTEGER, a_length INTEGER," \
  " b_start INTEGER, b_length INTEGER, score REAL, kind TEXT, a_text TEXT," \
  " b_text TEXT, input_a HIDDEN, input_b HIDDEN, threshold HIDDEN)"

/* ------------------------------------------------------------ scalars */

/* Decode pVal and read it with xRead (into a bag or a passage) using the
** connection's featurizer.  Returns NW_OK or an error code. */
typedef int (*NwTextReader)(NwFeaturizer*, const UChar*, int32_t, void*);
static int featuresFromValue(NwContext *pCtx, sqlite3_value *pVal,
                             NwTextReader xRead, void *pOut){
  NwText text = {0, 0};
  NwFeaturizer f;
  int rc;
  memset(&f, 0, sizeof(f));
  rc = nwTextInit(&text, (const char*)sqlite3_value_text(pVal),
                  sqlite3_value_bytes(pVal));
  if( rc==NW_OK ) rc = nwContextFeaturizer(pCtx, &f);
  if( rc==NW_OK ) rc = xRead(&f, text.z, text.n, pOut);
  nwBufClear(&f.norm);
  nwTextClear(&text);
  return rc;
}
static int readBag(NwFeaturizer *pF, const UChar *z, int32_t n, void *p){
  return nwBagFromText(pF, z, n, (NwBag*)p);
}
static int readPassage(NwFeaturizer *pF, const UChar *z, int32_t n, void *p){
  return nwPassageRead(pF, z, n, (NwPassage*)p);
}

/* Decode pVal and build its bag. */
int nwBagFromValue(NwContext *pCtx, sqlite3_value *pVal, NwBag *pBag){
  return featuresFromValue(pCtx, pVal, readBag, pBag);
}

/* Decode pVal and read its words for the pair score. */
static int passageFromValue(NwContext *pCtx, sqlite3_value *pVal,
                            NwPassage *p){
  return featuresFromValue(pCtx, pVal, readPassage, p);
}

/* similar_passage(a, b [, mode]) */
void nwSimilarPassageFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  NwContext *pCtx = sqlite3_user_data(ctx);
  NwPassage a, b;
  double aInB, bInA;
  int bContain = 0, rc;
  if( argc==3 ){
    const char *zMode = (const char*)sqlite3_value_text(argv[2]);
    if( zMode && sqlite3_stricmp(zMode, "containment")==0 ){
      bContain = 1;
    }else if( zMode==0 || sqlite3_stricmp(zMode, "similarity")!=0 ){
      nwResultError(ctx, "similar_passage", NW_ERROR,
          "unknown mode '%s'; use 'similarity' or 'containment'",
          zMode ? zMode : "NULL");
      return;
    }
  }
  if( sqlite3_value_type(argv[0])==SQLITE_NULL
   || sqlite3_value_type(argv[1])==SQLITE_NULL ) return;
  memset(&a, 0, sizeof(a));
  memset(&b, 0, sizeof(b));
  rc = passageFromValue(pCtx, argv[0], &a);
  if( rc==NW_OK ) rc = passageFromValue(pCtx, argv[1], &b);
  if( rc==NW_OK ){
    nwPassageScore(&a, &b, &aInB, &bInA);
    sqlite3_result_double(ctx, bContain ? aInB : (aInB<bInA ? aInB : bInA));
  }else{
    nwResultError(ctx, "similar_passage", rc, "could not read the text");
  }
  nwPassageClear(&a);
  nwPassageClear(&b);
}

/* passage_signature(text) */
void nwPassageSignatureFunc(sqlite3_context *ctx, int argc,
                            sqlite3_value **argv){
  NwContext *pCtx = sqlite3_user_data(ctx);
  NwBag bag = {0, 0, 0};
  unsigned char *aSig;
  int rc;
  (void)argc;
  if( sqlite3_value_type(argv[0])==SQLITE_NULL ) return;
  rc = nwBagFromValue(pCtx, argv[0], &bag);
  if( rc!=NW_OK ){
    nwBagClear(&bag);
    nwResultError(ctx, "passage_signature", rc, "could not read the text");
    return;
  }
  aSig = sqlite3_malloc(NW_SIG_BYTES);
  if( aSig==0 ){
    nwBagClear(&bag);
    sqlite3_result_error_nomem(ctx);
    return;
  }
  nwSignature(&bag, aSig);
  nwBagClear(&bag);
  sqlite3_result_blob(ctx, aSig, NW_SIG_BYTES, sqlite3_free);
}

/* signature_similarity(sigA, sigB) */
void nwSignatureSimilarityFunc(sqlite3_context *ctx, int argc,
                               sqlite3_value **argv){
  const unsigned char *a[2];
  int i;
  (void)argc;
  for(i=0; i<2; i++){
    const char *zWhy = 0;
    if( sqlite3_value_type(argv[i])==SQLITE_NULL ) return;
    a[i] = sqlite3_value_blob(argv[i]);
    if( sqlite3_value_type(argv[i])!=SQLITE_BLOB
     || nwSignatureCheck(a[i], (size_t)sqlite3_value_bytes(argv[i]), &zWhy) ){
      nwResultError(ctx, "signature_similarity", NW_ERROR,
          "argument %d is not a passage_signature() BLOB (%s, %d bytes)",
          i+1, zWhy ? zWhy : "not a BLOB", sqlite3_value_bytes(argv[i]));
      return;
    }
  }
  sqlite3_result_double(ctx, nwSignatureSimilarity(a[0], a[1]));
}

/* ----------------------------------------------------- the two texts */

/* Both inputs as the cores read them: UTF-8 (repaired, borrowed from the
** arguments when well-formed, which live until xFilter returns), decoded
** once to UTF-16 for the cores, with the maps back to characters and
** bytes. */
typedef struct NwPairInput NwPairInput;
struct NwPairInput {
  const char *za, *zb;       /* UTF-8 */
  NwBuf repairedA, repairedB;
  NwText a, b;
  NwCharMap mapA, mapB;
  NwFeaturizer f;
};

static void pairInputClear(NwPairInput *p){
  nwBufClear(&p->repairedA);
  nwBufClear(&p->repairedB);
  nwTextClear(&p->a);
  nwTextClear(&p->b);
  nwCharMapClear(&p->mapA);
  nwCharMapClear(&p->mapB);
  nwBufClear(&p->f.norm);
}

/* One side: repaired UTF-8 *pz, decoded into pText, mapped into pMap. */
static int pairSideInit(sqlite3_value *pVal, NwBuf *pRepaired,
                        const char **pz, NwText *pText, NwCharMap *pMap){
  size_t n = 0;
  int rc = nwUtf8Clean((const char*)sqlite3_value_text(pVal),
                       sqlite3_value_bytes(pVal), pRepaired, pz, &n);
  if( rc==NW_OK ) rc = nwTextInit(pText, *pz, (int64_t)n);
  if( rc==NW_OK ) rc = nwCharMapInit(pMap, pText->z, pText->n);
  return rc;
}

static int pairInputInit(NwTvfCursor *pCur, sqlite3_value **apArg,
                         NwPairInput *p){
  int rc;
  memset(p, 0, sizeof(*p));
  rc = pairSideInit(apArg[0], &p->repairedA, &p->za, &p->a, &p->mapA);
  if( rc==NW_OK ){
    rc = pairSideInit(apArg[1], &p->repairedB, &p->zb, &p->b, &p->mapB);
  }
  if( rc==NW_OK ) rc = nwContextFeaturizer(pCur->pTab->pCtx, &p->f);
  return rc;
}

/* ---------------------------------------------------------- word_diff */

static const char *const azDiffOp[] = { "equal", "insert", "delete",
                                        "replace" };

/* Columns: seq op a_text b_text a_start a_length b_start b_length */
static int wordDiffRows(NwPairInput *pIn, NwRows *pRows){
  NwWordList a = {0, 0, 0}, b = {0, 0, 0};
  NwEditList e = {0, 0, 0};
  int i, rc;
  rc = nwWordListFromText(&pIn->f, pIn->a.z, pIn->a.n, &a);
  if( rc==NW_OK ) rc = nwWordListFromText(&pIn->f, pIn->b.z, pIn->b.n, &b);
  if( rc==NW_OK ) rc = nwDiff(&a, &b, &e);
  for(i=0; rc==NW_OK && i<e.n; i++){
    const NwEdit *pE = &e.a[i];
    NwCell *pRow = nwRowsAppend(pRows);
    /* An empty side is placed where the other text's run would go. */
    int32_t a0 = pE->a0<a.n ? a.a[pE->a0].iStart : pIn->a.n;
    int32_t a1 = pE->a1>pE->a0 ? a.a[pE->a1-1].iEnd : a0;
    int32_t b0 = pE->b0<b.n ? b.a[pE->b0].iStart : pIn->b.n;
    int32_t b1 = pE->b1>pE->b0 ? b.a[pE->b1-1].iEnd : b0;
    if( pRow==0 ){ rc = NW_NOMEM; break; }
    nwCellInt(&pRow[0], i+1);
    rc = nwCellTextStatic(&pRow[1], azDiffOp[pE->op]);
    if( rc==NW_OK && a1>a0 ){
      rc = nwCellTextSpan16(&pRow[2], pIn->za, &pIn->mapA, a0, a1);
    }
    if( rc==NW_OK && b1>b0 ){
      rc = nwCellTextSpan16(&pRow[3], pIn->zb, &pIn->mapB, b0, b1);
    }
    nwCellSpan16(&pRow[4], &pRow[5], &pIn->mapA, a0, a1);
    nwCellSpan16(&pRow[6], &pRow[7], &pIn->mapB, b0, b1);
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
static int reuseRows(NwPairInput *pIn, double threshold,
                     NwRows *pRows){
  NwRegionList r = {0, 0, 0};
  int i, rc;
  rc = nwReuseSpans(&pIn->f, pIn->a.z, pIn->a.n, pIn->b.z, pIn->b.n,
                    threshold, &r);
  for(i=0; rc==NW_OK && i<r.n; i++){
    const NwRegion *pR = &r.a[i];
    NwCell *pRow = nwRowsAppend(pRows);
    if( pRow==0 ){ rc = NW_NOMEM; break; }
    nwCellInt(&pRow[0], i+1);
    nwCellSpan16(&pRow[1], &pRow[2], &pIn->mapA, pR->aStart, pR->aEnd);
    nwCellSpan16(&pRow[3], &pRow[4], &pIn->mapB, pR->bStart, pR->bEnd);
    nwCellReal(&pRow[5], pR->score);
    rc = nwCellTextStatic(&pRow[6], azReuseKind[pR->kind]);
    if( rc==NW_OK ){
      rc = nwCellTextSpan16(&pRow[7], pIn->za, &pIn->mapA, pR->aStart,
                            pR->aEnd);
    }
    if( rc==NW_OK ){
      rc = nwCellTextSpan16(&pRow[8], pIn->zb, &pIn->mapB, pR->bStart,
                            pR->bEnd);
    }
  }
  nwRegionListClear(&r);
  return rc;
}

static int wordDiffCompute(NwTvfCursor *pCur, sqlite3_value **apArg,
                           NwRows *pRows){
  NwPairInput in;
  int rc = pairInputInit(pCur, apArg, &in);
  if( rc==NW_OK ) rc = wordDiffRows(&in, pRows);
  pairInputClear(&in);
  return rc;
}

static int reuseCompute(NwTvfCursor *pCur, sqlite3_value **apArg,
                        NwRows *pRows){
  double threshold = NW_REUSE_THRESHOLD;
  NwPairInput in;
  int rc;
  if( apArg[2] && sqlite3_value_type(apArg[2])!=SQLITE_NULL ){
    threshold = sqlite3_value_double(apArg[2]);
    if( !(threshold>0.0 && threshold<=1.0) ){
      nwTvfError(pCur, "threshold must be in (0, 1], got %s",
                 sqlite3_value_text(apArg[2]));
      return SQLITE_ERROR;
    }
  }
  rc = pairInputInit(pCur, apArg, &in);
  if( rc==NW_OK ) rc = reuseRows(&in, threshold, pRows);
  pairInputClear(&in);
  return rc;
}

const NwTvfDef nwWordDiffTvf = NW_TVF_COMPUTED("word_diff", "word_diff(a, b)",
    8, 2, 2, 1, 0, wordDiffCompute, 0, NW_WORD_DIFF_SCHEMA);

const NwTvfDef nwReuseSpansTvf = NW_TVF_COMPUTED("reuse_spans",
    "reuse_spans(a, b [, threshold])", 9, 3, 2, 1, 0, reuseCompute, 0,
    NW_REUSE_SPANS_SCHEMA);
