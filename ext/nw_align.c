/*
** nw_align.c: word lists, a bounded word diff, and sentence alignment.
**
** SQL surface (glue in nw_pairtvf.c):
**
**     SELECT op, a_text, b_text FROM word_diff(:a, :b);
**     SELECT a_start, a_length, b_start, b_length, score, kind
**       FROM reuse_spans(:a, :b);
*/
#include <string.h>
#include <stdlib.h>
#include <unicode/uchar.h>
#include "nw_align.h"
#include "nw_segment.h"
#include "nw_mem.h"

/* ----------------------------------------------------------- word lists */

int nwWordListFromText(NwFeaturizer *pF, const UChar *z, int32_t n,
                       NwWordList *p){
  NwWords *pWords = 0;
  NwSpan s;
  int rc;
  p->n = 0;
  if( n<=0 ) return NW_OK;
  rc = nwWordsOpen(z, n, &pWords);
  while( rc==NW_OK && nwWordsNext(pWords, &s)==NW_ROW ){
    pF->norm.n = 0;
    rc = nwNormalize(pF->pNorm, z+s.iStart, s.iEnd-s.iStart, &pF->norm);
    if( rc==NW_OK ) rc = nwArrayGrow((void**)&p->a, &p->nAlloc, p->n+1,
                                   sizeof(NwWord));
    if( rc==NW_OK ){
      p->a[p->n].iStart = s.iStart;
      p->a[p->n].iEnd = s.iEnd;
      p->a[p->n].hNorm = nwHashBytes(pF->norm.z ? pF->norm.z : "", pF->norm.n);
      p->a[p->n].bStop = nwIsStopWord(pF->norm.z ? pF->norm.z : "", pF->norm.n);
      p->a[p->n].bLower = !u_isupper(z[s.iStart]) && !u_istitle(z[s.iStart]);
      p->n++;
    }
  }
  nwWordsClose(pWords);
  return rc;
}

void nwWordListClear(NwWordList *p){
  nwFree(p->a);
  memset(p, 0, sizeof(*p));
}

/* ----------------------------------------------------------------- diff */

#define NW_DIFF_DEPTH 16      /* patience recursion limit */

typedef struct DiffCtx DiffCtx;
struct DiffCtx {
  const NwWord *a, *b;
  NwEditList *pOut;
};

/* Append a run, merging it with the previous one where they touch. */
static int emitEdit(DiffCtx *p, int op, int a0, int a1, int b0, int b1){
  NwEditList *pL = p->pOut;
  if( a0==a1 && b0==b1 ) return NW_OK;
  if( pL->n>0 ){
    NwEdit *pPrev = &pL->a[pL->n-1];
    int bSame = pPrev->op==op;
    int bChange = op!=NW_DIFF_EQUAL && pPrev->op!=NW_DIFF_EQUAL;
    if( bSame || bChange ){
      if( !bSame ) pPrev->op = NW_DIFF_REPLACE;
      pPrev->a1 = a1;
      pPrev->b1 = b1;
      return NW_OK;
    }
  }
  if( nwArrayGrow((void**)&pL->a, &pL->nAlloc, pL->n+1, sizeof(NwEdit)) ){
    return NW_NOMEM;
  }
  pL->a[pL->n].op = op;
  pL->a[pL->n].a0 = a0; pL->a[pL->n].a1 = a1;
  pL->a[pL->n].b0 = b0; pL->a[pL->n].b1 = b1;
  pL->n++;
  return NW_OK;
}

/* Exact LCS by dynamic programming over suffixes; n*m <= NW_DIFF_CELLS. */
static int diffLcs(DiffCtx *p, int a0, int a1, int b0, int b1){
  int n = a1-a0, m = b1-b0, i, j, rc = NW_OK;
  int32_t *L = nwMalloc(sizeof(int32_t)*(size_t)(n+1)*(size_t)(m+1));
  #define LCS(i,j) L[(size_t)(i)*(size_t)(m+1)+(size_t)(j)]
  if( L==0 ) return NW_NOMEM;
  for(i=n; i>=0; i--){
    for(j=m; j>=0; j--){
      if( i==n || j==m ) LCS(i,j) = 0;
      else if( p->a[a0+i].hNorm==p->b[b0+j].hNorm ) LCS(i,j) = LCS(i+1,j+1)+1;
      else LCS(i,j) = LCS(i+1,j)>=LCS(i,j+1) ? LCS(i+1,j) : LCS(i,j+1);
    }
  }
  i = j = 0;
  while( rc==NW_OK && (i<n || j<m) ){
    if( i<n && j<m && p->a[a0+i].hNorm==p->b[b0+j].hNorm ){
      rc = emitEdit(p, NW_DIFF_EQUAL, a0+i, a0+i+1, b0+j, b0+j+1);
      i++; j++;
    }else if( j==m || (i<n && LCS(i+1,j)>=LCS(i,j+1)) ){
      rc = emitEdit(p, NW_DIFF_DELETE, a0+i, a0+i+1, b0+j, b0+j);
      i++;
    }else{
      rc = emitEdit(p, NW_DIFF_INSERT, a0+i, a0+i, b0+j, b0+j+1);
      j++;
    }
  }
  #undef LCS
  nwFree(L);
  return rc;
}

static int diffRange(DiffCtx *p, int a0, int a1, int b0, int b1, int depth);

/* Open-addressing table of word hash -> count and last index, per side. */
typedef struct UniqSlot UniqSlot;
struct UniqSlot {
  uint64_t h;
  int nA, nB;
  int iA, iB;
  int bUsed;
};

/* Patience diff: anchor on words that occur once on each side, in the
** longest increasing run of positions, and diff the gaps between. */
static int diffPatience(DiffCtx *p, int a0, int a1, int b0, int b1,
                        int depth){
  int nSlot = 1, i, k = 0, nLis = 0, rc = NW_OK;
  UniqSlot *aSlot;
  int *aPairA = 0, *aPairB = 0, *aTail = 0, *aPrev = 0, *aAnchor = 0;
  while( nSlot < 2*((a1-a0)+(b1-b0)) ) nSlot *= 2;
  aSlot = nwMalloc(sizeof(UniqSlot)*(size_t)nSlot);
  if( aSlot==0 ) return NW_NOMEM;
  memset(aSlot, 0, sizeof(UniqSlot)*(size_t)nSlot);
  for(i=a0; i<a1+(b1-b0); i++){          /* A's words, then B's */
    int bA = i<a1;
    int idx = bA ? i : b0+(i-a1);
    uint64_t h = bA ? p->a[idx].hNorm : p->b[idx].hNorm;
    unsigned s = (unsigned)(h ^ (h>>29)) & (unsigned)(nSlot-1);
    while( aSlot[s].bUsed && aSlot[s].h!=h ) s = (s+1) & (unsigned)(nSlot-1);
    aSlot[s].bUsed = 1;
    aSlot[s].h = h;
    if( bA ){ aSlot[s].nA++; aSlot[s].iA = idx; }
    else{ aSlot[s].nB++; aSlot[s].iB = idx; }
  }
  /* Pairs of unique words, in A's order. */
  aPairA = nwMalloc(sizeof(int)*(size_t)(a1-a0+1)*5);
  if( aPairA==0 ){ nwFree(aSlot); return NW_NOMEM; }
  aPairB = aPairA + (a1-a0+1);
  aTail = aPairB + (a1-a0+1);
  aPrev = aTail + (a1-a0+1);
  aAnchor = aPrev + (a1-a0+1);
  for(i=a0; i<a1; i++){
    uint64_t h = p->a[i].hNorm;
    unsigned s = (unsigned)(h ^ (h>>29)) & (unsigned)(nSlot-1);
    while( aSlot[s].h!=h ) s = (s+1) & (unsigned)(nSlot-1);
    if( aSlot[s].nA==1 && aSlot[s].nB==1 ){
      aPairA[k] = i;
      aPairB[k] = aSlot[s].iB;
      k++;
    }
  }
  nwFree(aSlot);
  /* Longest increasing subsequence of aPairB (patience sorting). */
  for(i=0; i<k; i++){
    int lo = 0, hi = nLis;
    while( lo<hi ){
      int mid = (lo+hi)/2;
      if( aPairB[aTail[mid]]<aPairB[i] ) lo = mid+1; else hi = mid;
    }
    aPrev[i] = lo>0 ? aTail[lo-1] : -1;
    aTail[lo] = i;
    if( lo==nLis ) nLis++;
  }
  if( nLis==0 ){
    rc = emitEdit(p, NW_DIFF_REPLACE, a0, a1, b0, b1);
  }else{
    int j = aTail[nLis-1], pa = a0, pb = b0;
    for(i=nLis-1; i>=0; i--){ aAnchor[i] = j; j = aPrev[j]; }
    for(i=0; rc==NW_OK && i<nLis; i++){
      int ia = aPairA[aAnchor[i]], ib = aPairB[aAnchor[i]];
      rc = diffRange(p, pa, ia, pb, ib, depth+1);
      if( rc==NW_OK ) rc = emitEdit(p, NW_DIFF_EQUAL, ia, ia+1, ib, ib+1);
      pa = ia+1;
      pb = ib+1;
    }
    if( rc==NW_OK ) rc = diffRange(p, pa, a1, pb, b1, depth+1);
  }
  nwFree(aPairA);
  return rc;
}

static int diffRange(DiffCtx *p, int a0, int a1, int b0, int b1, int depth){
  int nPrefix = 0, nSuffix = 0, rc;
  while( a0+nPrefix<a1 && b0+nPrefix<b1
      && p->a[a0+nPrefix].hNorm==p->b[b0+nPrefix].hNorm ) nPrefix++;
  rc = emitEdit(p, NW_DIFF_EQUAL, a0, a0+nPrefix, b0, b0+nPrefix);
  a0 += nPrefix;
  b0 += nPrefix;
  while( a1-nSuffix>a0 && b1-nSuffix>b0
      && p->a[a1-nSuffix-1].hNorm==p->b[b1-nSuffix-1].hNorm ) nSuffix++;
  a1 -= nSuffix;
  b1 -= nSuffix;
  if( rc ) return rc;
  if( a0==a1 ){
    rc = emitEdit(p, NW_DIFF_INSERT, a0, a0, b0, b1);
  }else if( b0==b1 ){
    rc = emitEdit(p, NW_DIFF_DELETE, a0, a1, b0, b0);
  }else if( (int64_t)(a1-a0)*(b1-b0)<=NW_DIFF_CELLS ){
    rc = diffLcs(p, a0, a1, b0, b1);
  }else if( depth<NW_DIFF_DEPTH ){
    rc = diffPatience(p, a0, a1, b0, b1, depth);
  }else{
    rc = emitEdit(p, NW_DIFF_REPLACE, a0, a1, b0, b1);
  }
  if( rc ) return rc;
  return emitEdit(p, NW_DIFF_EQUAL, a1, a1+nSuffix, b1, b1+nSuffix);
}

int nwDiff(const NwWordList *pA, const NwWordList *pB, NwEditList *pOut){
  DiffCtx ctx;
  ctx.a = pA->a;
  ctx.b = pB->a;
  ctx.pOut = pOut;
  pOut->n = 0;
  return diffRange(&ctx, 0, pA->n, 0, pB->n, 0);
}

void nwEditListClear(NwEditList *p){
  nwFree(p->a);
  memset(p, 0, sizeof(*p));
}

double nwDiffRatio(const NwEditList *p, int nA, int nB){
  int i, nEqual = 0;
  if( nA+nB==0 ) return 1.0;
  for(i=0; i<p->n; i++){
    if( p->a[i].op==NW_DIFF_EQUAL ) nEqual += p->a[i].a1 - p->a[i].a0;
  }
  return 2.0*nEqual/(nA+nB);
}

/* ---------------------------------------------------------------- reuse */

/* A common word (in more sentences of B than this) does not propose
** candidates: it would make the alignment quadratic. */
#define NW_REUSE_MAX_POSTING 64
/* A cut sentence counts as reused when most of it is in the other one;
** its containment weighs this much against the full Dice score. */
#define NW_REUSE_CUT_FACTOR 0.9
#define NW_REUSE_CUT_MIN_WORDS 4
#define NW_REUSE_CUT_MIN_SHARE 0.6
#define NW_NEAR_VERBATIM 0.8

typedef struct Unit Unit;            /* a sentence and its bag */
struct Unit {
  NwSpan span;
  NwBag bag;
};
typedef struct UnitList UnitList;
struct UnitList {
  Unit *a;
  int n, nAlloc;
};

typedef struct Posting Posting;      /* feature -> sentence of B */
struct Posting {
  uint64_t h;
  int iUnit;
};

typedef struct Cand Cand;            /* a candidate pair of sentences */
struct Cand {
  int iA, iB;
  double score;
};

static void unitListClear(UnitList *p){
  int i;
  for(i=0; i<p->n; i++) nwBagClear(&p->a[i].bag);
  nwFree(p->a);
  memset(p, 0, sizeof(*p));
}

static int unitsFromText(NwFeaturizer *pF, const UChar *z, int32_t n,
                         UnitList *p){
  NwSentences *pSent = 0;
  NwSpan s;
  int rc = nwSentencesOpen(z, n, &pSent);
  while( rc==NW_OK && nwSentencesNext(pSent, &s)==NW_ROW ){
    rc = nwArrayGrow((void**)&p->a, &p->nAlloc, p->n+1, sizeof(Unit));
    if( rc ) break;
    memset(&p->a[p->n], 0, sizeof(Unit));
    p->a[p->n].span = s;
    p->n++;
    rc = nwBagFromText(pF, z+s.iStart, s.iEnd-s.iStart, &p->a[p->n-1].bag);
  }
  nwSentencesClose(pSent);
  return rc;
}

static int cmpPosting(const void *a, const void *b){
  uint64_t x = ((const Posting*)a)->h, y = ((const Posting*)b)->h;
  return x<y ? -1 : x>y;
}
static int cmpCandScore(const void *a, const void *b){
  const Cand *x = a, *y = b;
  if( x->score!=y->score ) return x->score>y->score ? -1 : 1;
  if( x->iA!=y->iA ) return x->iA - y->iA;
  return x->iB - y->iB;
}

/* Similarity of two sentences: Dice, or for a cut sentence most of which
** is in the other, its containment. */
static double unitScore(const NwBag *pA, const NwBag *pB){
  double d = nwBagDice(pA, pB);
  const NwBag *pShort = pA->n<=pB->n ? pA : pB;
  const NwBag *pLong = pShort==pA ? pB : pA;
  if( pShort->n>=NW_REUSE_CUT_MIN_WORDS ){
    double c = nwBagContainment(pShort, pLong);
    if( c>=NW_REUSE_CUT_MIN_SHARE && NW_REUSE_CUT_FACTOR*c>d ){
      d = NW_REUSE_CUT_FACTOR*c;
    }
  }
  return d;
}

/* Index B's sentences by feature. */
static int buildPostings(const UnitList *pB, Posting **paPost, int *pnPost){
  int i, j, n = 0, nAlloc = 0;
  Posting *a = 0;
  for(i=0; i<pB->n; i++){
    const NwBag *pBag = &pB->a[i].bag;
    if( nwArrayGrow((void**)&a, &nAlloc, n+pBag->n, sizeof(Posting)) ){
      nwFree(a);
      return NW_NOMEM;
    }
    for(j=0; j<pBag->n; j++){
      a[n].h = pBag->a[j].h;
      a[n].iUnit = i;
      n++;
    }
  }
  if( n>0 ) qsort(a, (size_t)n, sizeof(Posting), cmpPosting);
  *paPost = a;
  *pnPost = n;
  return NW_OK;
}

/* Every pair (i, j) sharing a feature with score >= threshold.  The
** postings are sorted by feature; a feature's run is found by binary
** search and skipped, in O(1), when it is longer than the limit. */
static int findCandidates(const UnitList *pA, const UnitList *pB,
                          const Posting *aPost, int nPost, double threshold,
                          Cand **paCand, int *pnCand){
  int *aSeen = nwMalloc(sizeof(int)*(size_t)(pB->n+1));
  int i, k, n = 0, nAlloc = 0;
  Cand *a = 0;
  if( aSeen==0 ) return NW_NOMEM;
  for(i=0; i<pB->n; i++) aSeen[i] = -1;
  for(i=0; i<pA->n; i++){
    const NwBag *pBag = &pA->a[i].bag;
    for(k=0; k<pBag->n; k++){
      int lo = 0, hi = nPost, e;
      uint64_t h = pBag->a[k].h;
      while( lo<hi ){
        int mid = (lo+hi)/2;
        if( aPost[mid].h<h ) lo = mid+1; else hi = mid;
      }
      /* the run [lo, e) is too long if entry lo+limit has the same key */
      if( lo+NW_REUSE_MAX_POSTING<nPost
       && aPost[lo+NW_REUSE_MAX_POSTING].h==h ) continue;
      for(e=lo; e<nPost && aPost[e].h==h; e++){
        int j = aPost[e].iUnit;
        double s;
        if( aSeen[j]==i ) continue;
        aSeen[j] = i;
        s = unitScore(pBag, &pB->a[j].bag);
        if( s<threshold ) continue;
        if( nwArrayGrow((void**)&a, &nAlloc, n+1, sizeof(Cand)) ){
          nwFree(aSeen);
          nwFree(a);
          return NW_NOMEM;
        }
        a[n].iA = i; a[n].iB = j; a[n].score = s;
        n++;
      }
    }
  }
  nwFree(aSeen);
  *paCand = a;
  *pnCand = n;
  return NW_OK;
}

static int cmpCandAB(const void *a, const void *b){
  const Cand *x = a, *y = b;
  if( x->iA!=y->iA ) return x->iA - y->iA;
  return x->iB - y->iB;
}

/* Best first, each sentence once; then, for a sentence still alone, its
** best partner even if taken (one sentence of A split in two in B, or two
** merged into one).  The kept pairs end up in (A, B) order. */
static int selectPairs(Cand *a, int n, int nA, int nB, int *pnKept){
  char *aUsed = nwMalloc((size_t)(nA+nB+1));
  char *aKept = nwMalloc((size_t)n+1);
  int i, pass, nKept = 0;
  if( aUsed==0 || aKept==0 ){ nwFree(aUsed); nwFree(aKept); return NW_NOMEM; }
  memset(aUsed, 0, (size_t)(nA+nB+1));
  memset(aKept, 0, (size_t)n+1);
  if( n>0 ) qsort(a, (size_t)n, sizeof(Cand), cmpCandScore);
  for(pass=0; pass<2; pass++){
    for(i=0; i<n; i++){
      int bUsedA = aUsed[a[i].iA], bUsedB = aUsed[nA+a[i].iB];
      if( aKept[i] ) continue;
      if( pass==0 ? (bUsedA || bUsedB) : (bUsedA && bUsedB) ) continue;
      aUsed[a[i].iA] = 1;
      aUsed[nA+a[i].iB] = 1;
      aKept[i] = 1;
    }
  }
  for(i=0; i<n; i++){
    if( aKept[i] ) a[nKept++] = a[i];
  }
  if( nKept>0 ) qsort(a, (size_t)nKept, sizeof(Cand), cmpCandAB);
  nwFree(aUsed);
  nwFree(aKept);
  *pnKept = nKept;
  return NW_OK;
}

/* Regions larger than this many word pairs are classified without a
** diff: identical word sequences are verbatim, else the score decides. */
#define NW_KIND_MAX_CELLS ((int64_t)NW_DIFF_CELLS*4)

static int sameWords(const NwWordList *a, const NwWordList *b){
  int i;
  if( a->n!=b->n ) return 0;
  for(i=0; i<a->n; i++){
    if( a->a[i].hNorm!=b->a[i].hNorm ) return 0;
  }
  return 1;
}

/* verbatim, near-verbatim or paraphrase, from the word diff of the two
** regions' texts. */
static int regionKind(NwFeaturizer *pF, const UChar *zA, const UChar *zB,
                      NwRegion *pR){
  NwWordList a = {0, 0, 0}, b = {0, 0, 0};
  NwEditList e = {0, 0, 0};
  double r = 0.0;
  int rc = nwWordListFromText(pF, zA+pR->aStart, pR->aEnd-pR->aStart, &a);
  if( rc==NW_OK ) rc = nwWordListFromText(pF, zB+pR->bStart,
                                          pR->bEnd-pR->bStart, &b);
  if( rc==NW_OK ){
    if( sameWords(&a, &b) ){
      r = 1.0;
    }else if( (int64_t)a.n*b.n<=NW_KIND_MAX_CELLS ){
      rc = nwDiff(&a, &b, &e);
      r = rc==NW_OK ? nwDiffRatio(&e, a.n, b.n) : 0.0;
    }else{
      r = pR->score>=NW_NEAR_VERBATIM ? NW_NEAR_VERBATIM : 0.0;
    }
  }
  if( rc==NW_OK ){
    pR->kind = r>=1.0 ? NW_REUSE_VERBATIM
             : r>=NW_NEAR_VERBATIM ? NW_REUSE_NEAR_VERBATIM
             : NW_REUSE_PARAPHRASE;
  }
  nwWordListClear(&a);
  nwWordListClear(&b);
  nwEditListClear(&e);
  return rc;
}

/* Join runs of neighbouring pairs (each side stays or moves one sentence
** on) into regions and classify each. */
static int buildRegions(NwFeaturizer *pF, const UChar *zA, const UChar *zB,
                        const UnitList *pA, const UnitList *pB,
                        const Cand *a, int n, NwRegionList *pOut){
  int i = 0, rc = NW_OK;
  while( rc==NW_OK && i<n ){
    int j = i+1, iBMin = a[i].iB, iBMax = a[i].iB;
    double sum = a[i].score;
    NwRegion *pR;
    while( j<n && a[j].iA-a[j-1].iA<=1 && a[j].iB>=a[j-1].iB
        && a[j].iB-a[j-1].iB<=1 && (a[j].iA!=a[j-1].iA || a[j].iB!=a[j-1].iB) ){
      sum += a[j].score;
      if( a[j].iB<iBMin ) iBMin = a[j].iB;
      if( a[j].iB>iBMax ) iBMax = a[j].iB;
      j++;
    }
    rc = nwArrayGrow((void**)&pOut->a, &pOut->nAlloc, pOut->n+1,
                   sizeof(NwRegion));
    if( rc ) break;
    pR = &pOut->a[pOut->n++];
    pR->aStart = pA->a[a[i].iA].span.iStart;
    pR->aEnd = pA->a[a[j-1].iA].span.iEnd;
    pR->bStart = pB->a[iBMin].span.iStart;
    pR->bEnd = pB->a[iBMax].span.iEnd;
    pR->score = sum/(j-i);
    rc = regionKind(pF, zA, zB, pR);
    i = j;
  }
  return rc;
}

/* ------------------------------------------------------------ fragments */

#define NW_SEED_WORDS 4          /* exact words that start a fragment */
#define NW_SEED_MAX_HITS 8       /* a phrase repeated more is no evidence */
/* A fragment must carry this many lower-case content words: a long name
** ("Minister of Energy and Water Resources") or a stock phrase ("on both
** sides of the border") is no sign of copying. */
#define NW_FRAGMENT_MIN_CONTENT 3

typedef struct Seed Seed;
struct Seed {
  uint64_t h;
  int i;
};

static int cmpSeed(const void *a, const void *b){
  uint64_t x = ((const Seed*)a)->h, y = ((const Seed*)b)->h;
  return x<y ? -1 : x>y;
}

/* Mark the words of w that lie inside spans [start,end) of the regions. */
static void markCovered(const NwWordList *w, char *aCover,
                        const NwRegionList *pR, int bSideB){
  int i, k;
  for(k=0; k<pR->n; k++){
    int32_t s = bSideB ? pR->a[k].bStart : pR->a[k].aStart;
    int32_t e = bSideB ? pR->a[k].bEnd : pR->a[k].aEnd;
    for(i=0; i<w->n; i++){
      if( w->a[i].iStart>=s && w->a[i].iEnd<=e ) aCover[i] = 1;
    }
  }
}

/* Hash of the NW_SEED_WORDS words at i, or 0 if the seed is stop words
** but one. */
static uint64_t seedHash(const NwWordList *w, int i){
  uint64_t h = 1469598103934665603ull;
  int k, nContent = 0;
  if( i+NW_SEED_WORDS>w->n ) return 0;
  for(k=0; k<NW_SEED_WORDS; k++){
    nContent += !w->a[i+k].bStop;
    h = (h ^ w->a[i+k].hNorm) * 1099511628211ull;
  }
  return nContent>=2 ? (h|1) : 0;
}

/* Grow a seed match at (ia, ib) forward, allowing a changed word now and
** then (one in eight, between agreeing words), while the words are new on
** at least one side (a quote copied into
** a sentence that is itself reused from elsewhere still counts); returns
** its length in words and adds the changes to *pnChanged. */
static int extendFragment(const NwWordList *a, const char *aCoverA, int ia,
                          const NwWordList *b, const char *aCoverB, int ib,
                          int *pnChanged){
  int k = 0, nChanged = 0;
  while( ia+k<a->n && ib+k<b->n && !(aCoverA[ia+k] && aCoverB[ib+k]) ){
    if( a->a[ia+k].hNorm==b->a[ib+k].hNorm ){ k++; continue; }
    /* one substituted word, if the two words after it agree again */
    if( nChanged>=1+k/8 || ia+k+2>=a->n || ib+k+2>=b->n
     || a->a[ia+k+1].hNorm!=b->a[ib+k+1].hNorm
     || a->a[ia+k+2].hNorm!=b->a[ib+k+2].hNorm ) break;
    nChanged++;
    k += 3;
  }
  *pnChanged += nChanged;
  return k;
}

/* The same backwards from (ia, ib), exclusive: how many words before the
** seed belong to the fragment. */
static int extendBack(const NwWordList *a, const char *aCoverA, int ia,
                      const NwWordList *b, const char *aCoverB, int ib,
                      int nSeed, int *pnChanged){
  int k = 0, nChanged = 0;
  while( ia-k-1>=0 && ib-k-1>=0 && !(aCoverA[ia-k-1] && aCoverB[ib-k-1]) ){
    if( a->a[ia-k-1].hNorm==b->a[ib-k-1].hNorm ){ k++; continue; }
    if( nChanged>=1+(k+nSeed)/8 || ia-k-3<0 || ib-k-3<0
     || a->a[ia-k-2].hNorm!=b->a[ib-k-2].hNorm
     || a->a[ia-k-3].hNorm!=b->a[ib-k-3].hNorm ) break;
    nChanged++;
    k += 3;
  }
  *pnChanged += nChanged;
  return k;
}

/* Lower-case content words among words [i, i+n) of w. */
static int contentWords(const NwWordList *w, int i, int n){
  int k, nContent = 0;
  for(k=i; k<i+n; k++) nContent += w->a[k].bLower && !w->a[k].bStop;
  return nContent;
}

static int findFragments(NwFeaturizer *pF, const UChar *zA, int32_t nA,
                         const UChar *zB, int32_t nB, NwRegionList *pOut){
  NwWordList a = {0, 0, 0}, b = {0, 0, 0};
  char *aCoverA = 0, *aCoverB = 0;
  Seed *aSeed = 0;
  int i, nSeed = 0, rc;
  rc = nwWordListFromText(pF, zA, nA, &a);
  if( rc==NW_OK ) rc = nwWordListFromText(pF, zB, nB, &b);
  if( rc==NW_OK && (a.n<NW_FRAGMENT_MIN || b.n<NW_FRAGMENT_MIN) ) goto done;
  aCoverA = nwMalloc((size_t)a.n+(size_t)b.n+1);
  aSeed = nwMalloc(sizeof(Seed)*(size_t)(b.n+1));
  if( rc==NW_OK && (aCoverA==0 || aSeed==0) ) rc = NW_NOMEM;
  if( rc ) goto done;
  aCoverB = aCoverA + a.n;
  memset(aCoverA, 0, (size_t)a.n+(size_t)b.n);
  markCovered(&a, aCoverA, pOut, 0);
  markCovered(&b, aCoverB, pOut, 1);
  for(i=0; i<b.n; i++){
    uint64_t h = seedHash(&b, i);
    if( h ){ aSeed[nSeed].h = h; aSeed[nSeed].i = i; nSeed++; }
  }
  if( nSeed>0 ) qsort(aSeed, (size_t)nSeed, sizeof(Seed), cmpSeed);
  for(i=0; rc==NW_OK && i<a.n; i++){
    uint64_t h = seedHash(&a, i);
    int lo = 0, hi = nSeed, e;
    if( h==0 ) continue;
    while( lo<hi ){
      int mid = (lo+hi)/2;
      if( aSeed[mid].h<h ) lo = mid+1; else hi = mid;
    }
    for(e=lo; e<nSeed && aSeed[e].h==h; e++){}
    if( e-lo>NW_SEED_MAX_HITS ) continue;
    for(; lo<e; lo++){
      int ib = aSeed[lo].i, nChanged = 0, n, nBack, k;
      NwRegion *pR;
      if( aCoverA[i] && aCoverB[ib] ) continue;
      n = extendFragment(&a, aCoverA, i, &b, aCoverB, ib, &nChanged);
      if( n<NW_SEED_WORDS ) continue;
      nBack = extendBack(&a, aCoverA, i, &b, aCoverB, ib, n, &nChanged);
      if( n+nBack<NW_FRAGMENT_MIN ) continue;
      n += nBack;
      i -= nBack;
      ib -= nBack;
      if( contentWords(&a, i, n)<NW_FRAGMENT_MIN_CONTENT ){
        i += nBack;
        continue;
      }
      rc = nwArrayGrow((void**)&pOut->a, &pOut->nAlloc, pOut->n+1,
                     sizeof(NwRegion));
      if( rc ) break;
      pR = &pOut->a[pOut->n++];
      pR->aStart = a.a[i].iStart;
      pR->aEnd = a.a[i+n-1].iEnd;
      pR->bStart = b.a[ib].iStart;
      pR->bEnd = b.a[ib+n-1].iEnd;
      pR->score = (double)(n-nChanged)/n;
      pR->kind = nChanged ? NW_REUSE_NEAR_VERBATIM : NW_REUSE_VERBATIM;
      for(k=0; k<n; k++){ aCoverA[i+k] = 1; aCoverB[ib+k] = 1; }
      break;
    }
  }
done:
  nwFree(aSeed);
  nwFree(aCoverA);
  nwWordListClear(&a);
  nwWordListClear(&b);
  return rc;
}

static int cmpRegionA(const void *a, const void *b){
  const NwRegion *x = a, *y = b;
  if( x->aStart!=y->aStart ) return x->aStart<y->aStart ? -1 : 1;
  return x->bStart<y->bStart ? -1 : x->bStart>y->bStart;
}

int nwReuseSpans(NwFeaturizer *pF, const UChar *zA, int32_t nA,
                 const UChar *zB, int32_t nB, double threshold,
                 NwRegionList *pOut){
  UnitList a = {0, 0, 0}, b = {0, 0, 0};
  Posting *aPost = 0;
  Cand *aCand = 0;
  int nPost = 0, nCand = 0, nKept = 0, rc;
  pOut->n = 0;
  rc = unitsFromText(pF, zA, nA, &a);
  if( rc==NW_OK ) rc = unitsFromText(pF, zB, nB, &b);
  if( rc==NW_OK ) rc = buildPostings(&b, &aPost, &nPost);
  if( rc==NW_OK ) rc = findCandidates(&a, &b, aPost, nPost, threshold,
                                      &aCand, &nCand);
  if( rc==NW_OK ) rc = selectPairs(aCand, nCand, a.n, b.n, &nKept);
  if( rc==NW_OK ) rc = buildRegions(pF, zA, zB, &a, &b, aCand, nKept, pOut);
  if( rc==NW_OK ) rc = findFragments(pF, zA, nA, zB, nB, pOut);
  if( rc==NW_OK && pOut->n>1 ){
    qsort(pOut->a, (size_t)pOut->n, sizeof(NwRegion), cmpRegionA);
  }
  nwFree(aPost);
  nwFree(aCand);
  unitListClear(&a);
  unitListClear(&b);
  return rc;
}

void nwRegionListClear(NwRegionList *p){
  nwFree(p->a);
  memset(p, 0, sizeof(*p));
}
