/*
** nw_align.c: word lists, a bounded word diff, and sentence alignment.
**
** SQL surface (glue in nw_sql_similar.c):
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
      p->a[p->n].iEnd = (unsigned)s.iEnd;
      p->a[p->n].hNorm = nwHashBytes(pF->norm.z ? pF->norm.z : "", pF->norm.n);
      p->a[p->n].bStop = !!nwIsStopWord(pF->norm.z ? pF->norm.z : "",
                                        pF->norm.n);
      p->a[p->n].bLower = !u_isupper(z[s.iStart]) && !u_istitle(z[s.iStart])
                       && !u_isdigit(z[s.iStart]);
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
  int64_t nBudget;            /* work left: word pairs and words */
  int bCoarse;                /* the budget changed the script */
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

/* Hash table of the distinct words of a range: for each side, the index of
** the word's only occurrence, UNIQ_NONE or UNIQ_MANY.  16 bytes a slot,
** grown to stay at most half full, so memory follows the distinct words. */
#define UNIQ_NONE (-1)
#define UNIQ_MANY (-2)
typedef struct UniqSlot UniqSlot;
struct UniqSlot {
  uint64_t h;
  int32_t iA, iB;
};
typedef struct UniqTable UniqTable;
struct UniqTable {
  UniqSlot *a;
  unsigned nSlot, nUsed;
};

static UniqSlot *uniqFind(const UniqTable *t, uint64_t h){
  unsigned s = (unsigned)(h ^ (h>>29)) & (t->nSlot-1);
  while( (t->a[s].iA!=UNIQ_NONE || t->a[s].iB!=UNIQ_NONE) && t->a[s].h!=h ){
    s = (s+1) & (t->nSlot-1);
  }
  return &t->a[s];
}

static int uniqInit(UniqTable *t, unsigned nSlot){
  unsigned i;
  t->a = nwMalloc(sizeof(UniqSlot)*(size_t)nSlot);
  if( t->a==0 ) return NW_NOMEM;
  t->nSlot = nSlot;
  t->nUsed = 0;
  for(i=0; i<nSlot; i++){ t->a[i].iA = t->a[i].iB = UNIQ_NONE; }
  return NW_OK;
}

/* Count one occurrence of h at idx on side A (bA) or B. */
static int uniqAdd(UniqTable *t, uint64_t h, int bA, int idx){
  UniqSlot *pS;
  int32_t *pI;
  if( 2*(t->nUsed+1)>t->nSlot ){
    UniqTable big;
    unsigned i;
    if( uniqInit(&big, t->nSlot*2) ) return NW_NOMEM;
    for(i=0; i<t->nSlot; i++){
      if( t->a[i].iA!=UNIQ_NONE || t->a[i].iB!=UNIQ_NONE ){
        *uniqFind(&big, t->a[i].h) = t->a[i];
      }
    }
    big.nUsed = t->nUsed;
    nwFree(t->a);
    *t = big;
  }
  pS = uniqFind(t, h);
  if( pS->iA==UNIQ_NONE && pS->iB==UNIQ_NONE ){ pS->h = h; t->nUsed++; }
  pI = bA ? &pS->iA : &pS->iB;
  *pI = *pI==UNIQ_NONE ? idx : UNIQ_MANY;
  return NW_OK;
}

/* Patience diff: anchor on words that occur once on each side, in the
** longest increasing run of positions, and diff the gaps between. */
static int diffPatience(DiffCtx *p, int a0, int a1, int b0, int b1,
                        int depth){
  int i, k = 0, nLis = 0, rc = NW_OK;
  UniqTable t;
  int *aPairA = 0, *aPairB = 0, *aTail = 0, *aPrev = 0, *aAnchor = 0;
  if( uniqInit(&t, 1024) ) return NW_NOMEM;
  for(i=a0; rc==NW_OK && i<a1; i++) rc = uniqAdd(&t, p->a[i].hNorm, 1, i);
  for(i=b0; rc==NW_OK && i<b1; i++) rc = uniqAdd(&t, p->b[i].hNorm, 0, i);
  /* Pairs of unique words, in A's order. */
  if( rc==NW_OK ) aPairA = nwMalloc(sizeof(int)*(size_t)(a1-a0+1)*5);
  if( aPairA==0 ){ nwFree(t.a); return NW_NOMEM; }
  aPairB = aPairA + (a1-a0+1);
  aTail = aPairB + (a1-a0+1);
  aPrev = aTail + (a1-a0+1);
  aAnchor = aPrev + (a1-a0+1);
  for(i=a0; i<a1; i++){
    const UniqSlot *pS = uniqFind(&t, p->a[i].hNorm);
    if( pS->iA>=0 && pS->iB>=0 ){
      aPairA[k] = i;
      aPairB[k] = pS->iB;
      k++;
    }
  }
  nwFree(t.a);
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

/* The middle of a range, after its common prefix and suffix: an LCS if
** small enough, else a patience step, each only if the budget pays. */
static int diffMiddle(DiffCtx *p, int a0, int a1, int b0, int b1,
                      int depth){
  int64_t nCells = (int64_t)(a1-a0)*(b1-b0);
  int64_t nWords = (int64_t)(a1-a0)+(b1-b0);
  if( nCells<=NW_DIFF_CELLS ){
    if( nCells<=p->nBudget ){
      p->nBudget -= nCells;
      return diffLcs(p, a0, a1, b0, b1);
    }
    p->bCoarse = 1;
  }
  if( depth<NW_DIFF_DEPTH ){
    if( nWords<=p->nBudget ){
      p->nBudget -= nWords;
      return diffPatience(p, a0, a1, b0, b1, depth);
    }
    p->bCoarse = 1;
  }
  return emitEdit(p, NW_DIFF_REPLACE, a0, a1, b0, b1);
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
  p->nBudget -= nPrefix+nSuffix;
  if( rc ) return rc;
  if( a0==a1 ){
    rc = emitEdit(p, NW_DIFF_INSERT, a0, a0, b0, b1);
  }else if( b0==b1 ){
    rc = emitEdit(p, NW_DIFF_DELETE, a0, a1, b0, b0);
  }else{
    rc = diffMiddle(p, a0, a1, b0, b1, depth);
  }
  if( rc ) return rc;
  return emitEdit(p, NW_DIFF_EQUAL, a1, a1+nSuffix, b1, b1+nSuffix);
}

int nwDiffWords(const NwWord *a, int nA, const NwWord *b, int nB,
                int64_t *pnBudget, int *pbCoarse, NwEditList *pOut){
  DiffCtx ctx;
  int rc;
  ctx.a = a;
  ctx.b = b;
  ctx.pOut = pOut;
  ctx.nBudget = *pnBudget;
  ctx.bCoarse = 0;
  pOut->n = 0;
  rc = diffRange(&ctx, 0, nA, 0, nB, 0);
  *pnBudget = ctx.nBudget;
  if( ctx.bCoarse ) *pbCoarse = 1;
  return rc;
}

int nwDiff(const NwWordList *pA, const NwWordList *pB, NwEditList *pOut){
  int64_t nBudget = NW_DIFF_BUDGET((int64_t)pA->n + pB->n);
  int bCoarse = 0;
  return nwDiffWords(pA->a, pA->n, pB->a, pB->n, &nBudget, &bCoarse, pOut);
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

/* Bounds (all linear in the input; see nw_align.h):
**   - candidates: a feature in at most NW_REUSE_MAX_POSTING sentences of B
**     proposes them all; a more frequent one proposes the 2*NW_REUSE_NEAR
**     nearest the expected partner.  Scoring a short sentence against a
**     huge one probes the huge bag (nwBagProbe), so it costs the short one.
**   - region kinds: one diff budget for all regions, NW_DIFF_BUDGET of the
**     words of A and B (a region it cannot pay for is classified by score).
**   - features and seeds are grouped by hash in linear time (KeyIndex, no
**     sort), so a run is found in O(1);
**   - local regions: a 4-word anchor in more than NW_SEED_MAX_HITS places
**     of B is skipped; an extension stops where both words were walked
**     before, so all of them take at most as many steps as A and B have
**     words; making the regions disjoint sorts them (n log n in regions);
**   - each text's word list (16 bytes a word) is made once, by one word
**     break pass, and serves the bags, the region kinds and the fragments;
**     the bags are freed as soon as the candidates are found. */

/* A cut sentence counts as reused when most of it is in the other one;
** its containment weighs this much against the full Dice score. */
#define NW_REUSE_CUT_FACTOR 0.9
#define NW_REUSE_CUT_MIN_WORDS 4
#define NW_REUSE_CUT_MIN_SHARE 0.6
#define NW_NEAR_VERBATIM 0.8
/* A bag this large and 16 times the other is probed, not merged. */
#define NW_REUSE_PROBE_MIN 1024

/* A key index: values grouped by a 64-bit key in linear time (no sort).
** Values are added in increasing order, so each key's run is increasing
** (the frequent-feature window searches it).  An open-addressing table of
** the distinct keys, at most half full, gives each run's start and
** length; a run is then aVal[start .. start+len). */
typedef struct KeySlot KeySlot;
struct KeySlot {
  uint64_t h;
  int iStart, nLen;            /* nLen 0: empty slot */
};
typedef struct KeyIndex KeyIndex;
struct KeyIndex {
  KeySlot *aSlot;
  unsigned nSlot;
  int *aVal;
};

static unsigned keyHome(const KeyIndex *p, uint64_t h){
  return (unsigned)((h ^ (h>>31)) * 0x9E3779B97F4A7C15ull >> 32)
         & (p->nSlot-1);
}
static KeySlot *keySlot(const KeyIndex *p, uint64_t h){
  unsigned s = keyHome(p, h);
  while( p->aSlot[s].nLen && p->aSlot[s].h!=h ) s = (s+1) & (p->nSlot-1);
  return &p->aSlot[s];
}

/* Start loading the slot of key h.  The keys of a big text are spread
** over a table far bigger than the caches: loads started together overlap,
** where one probe after another waits for each (reuse_spans() on 8 MB of
** dates and figures spent a third of its time on those waits). */
#if defined(__GNUC__) || defined(__clang__)
# define NW_PREFETCH(pAddr) __builtin_prefetch(pAddr)
#else
# define NW_PREFETCH(pAddr) ((void)0)
#endif
#define keyPrefetch(p, h) NW_PREFETCH(&(p)->aSlot[keyHome((p), (h))])
#define NW_PREFETCH_AHEAD 16   /* keys ahead in the build passes */

/* Double the table (keeping the counts). */
static int keyIndexGrow(KeyIndex *p){
  KeyIndex big;
  unsigned i;
  big.nSlot = p->nSlot*2;
  big.aVal = p->aVal;
  big.aSlot = nwMalloc(sizeof(KeySlot)*big.nSlot);
  if( big.aSlot==0 ) return NW_NOMEM;
  memset(big.aSlot, 0, sizeof(KeySlot)*big.nSlot);
  for(i=0; i<p->nSlot; i++){
    if( p->aSlot[i].nLen ) *keySlot(&big, p->aSlot[i].h) = p->aSlot[i];
  }
  nwFree(p->aSlot);
  *p = big;
  return NW_OK;
}

/* Build from aKey[0..n) and aVal[0..n), aVal increasing.  The table grows
** with the distinct keys (most runs are short, few keys repeat). */
static int keyIndexBuild(KeyIndex *p, const uint64_t *aKey, const int *aVal,
                         int n){
  unsigned nUsed = 0, s;
  int i, iStart = 0;
  memset(p, 0, sizeof(*p));
  p->nSlot = 64;
  p->aSlot = nwMalloc(sizeof(KeySlot)*p->nSlot);
  p->aVal = nwMalloc(sizeof(int)*(size_t)(n+1));
  if( p->aSlot==0 || p->aVal==0 ) return NW_NOMEM;
  memset(p->aSlot, 0, sizeof(KeySlot)*p->nSlot);
  for(i=0; i<n; i++){                 /* count each key */
    KeySlot *pS;
    if( i+NW_PREFETCH_AHEAD<n ) keyPrefetch(p, aKey[i+NW_PREFETCH_AHEAD]);
    pS = keySlot(p, aKey[i]);
    if( pS->nLen==0 ){
      if( 2*(nUsed+1)>p->nSlot ){
        if( keyIndexGrow(p) ) return NW_NOMEM;
        pS = keySlot(p, aKey[i]);
      }
      pS->h = aKey[i];
      nUsed++;
    }
    pS->nLen++;
  }
  for(s=0; s<p->nSlot; s++){          /* each run's end ... */
    iStart += p->aSlot[s].nLen;
    p->aSlot[s].iStart = iStart;
  }
  for(i=n-1; i>=0; i--){              /* ... filled from the back */
    KeySlot *pS;
    if( i>=NW_PREFETCH_AHEAD ) keyPrefetch(p, aKey[i-NW_PREFETCH_AHEAD]);
    pS = keySlot(p, aKey[i]);
    p->aVal[--pS->iStart] = aVal[i];
  }
  return NW_OK;
}

/* The run of key h: *pn values at the returned pointer (0 if none). */
static const int *keyRun(const KeyIndex *p, uint64_t h, int *pn){
  const KeySlot *pS;
  if( p->nSlot==0 ){ *pn = 0; return 0; }
  pS = keySlot(p, h);
  *pn = pS->nLen;
  return p->aVal + pS->iStart;
}

static void keyIndexClear(KeyIndex *p){
  nwFree(p->aSlot);
  nwFree(p->aVal);
  memset(p, 0, sizeof(*p));
}

typedef struct Unit Unit;            /* a sentence and its bag */
struct Unit {
  NwSpan span;
  NwBag bag;
  double w;                          /* the bag's total weight */
  uint64_t aSketch[4];               /* bit sketchBit(h) of each feature */
};
typedef struct UnitList UnitList;
struct UnitList {
  Unit *a;
  int n, nAlloc;
};

typedef struct Cand Cand;            /* a candidate pair of sentences */
struct Cand {
  int iA, iB;
  double score;
};

static void unitBagsClear(UnitList *p){
  int i;
  for(i=0; i<p->n; i++) nwBagClear(&p->a[i].bag);
}

static void unitListClear(UnitList *p){
  unitBagsClear(p);
  nwFree(p->a);
  memset(p, 0, sizeof(*p));
}

/* A bag keeps every word until its duplicates are merged: give back the
** rest (a one-sentence text of a million words has few distinct stems). */
static void bagShrink(NwBag *p){
  if( p->nAlloc>2*p->n+16 ){
    NwFeature *a = nwRealloc(p->a, sizeof(NwFeature)*(size_t)(p->n+1));
    if( a ){ p->a = a; p->nAlloc = p->n+1; }
  }
}

/* A 256-bit sketch of a bag: a shared feature has its bit set in both. */
static unsigned sketchBit(uint64_t h){ return (unsigned)(h>>40) & 255; }
static void unitSketch(Unit *pU){
  int k;
  memset(pU->aSketch, 0, sizeof(pU->aSketch));
  for(k=0; k<pU->bag.n; k++){
    unsigned b = sketchBit(pU->bag.a[k].h);
    pU->aSketch[b>>6] |= (uint64_t)1<<(b&63);
  }
}

/* An upper bound of unitScore(pA, pB), from A's features and B's sketch
** and total weight only (B's features, far away in memory, are not read).
** A feature of A whose bit is not in B's sketch is not shared; one that is
** may be, weighing at most 1 (0.5 for a figure); B loses at most 1 of its
** weight per shared feature.  Dice and containment grow with the shared
** weight and shrink with the weight not shared, so putting the extremes
** in their formulas bounds them. */
static double unitScoreBound(const Unit *pA, const Unit *pB){
  double wMaybe = 0, wNotA = 0, wNotB, dMax, cMax, sMax;
  int k, nMaybe = 0;
  const Unit *pShort = pA->bag.n<=pB->bag.n ? pA : pB;
  for(k=0; k<pA->bag.n; k++){
    unsigned b = sketchBit(pA->bag.a[k].h);
    if( (pB->aSketch[b>>6]>>(b&63)) & 1 ){
      nMaybe++;
      wMaybe += (pA->bag.a[k].flags & NW_F_NUMBER) ? NW_NUMBER_WEIGHT : 1.0;
    }else{
      wNotA += nwBagWeight1(pA->bag.a[k].flags);
    }
  }
  if( nMaybe==0 ) return 0.0;
  wNotB = pB->w - nMaybe;
  if( wNotB<0 ) wNotB = 0;
  sMax = wMaybe;
  dMax = 2*sMax / (wNotA + wNotB + 2*sMax);
  cMax = sMax / ((pShort==pA ? wNotA : wNotB) + sMax);
  if( pShort->bag.n>=NW_REUSE_CUT_MIN_WORDS && cMax>=NW_REUSE_CUT_MIN_SHARE
   && NW_REUSE_CUT_FACTOR*cMax>dMax ){
    dMax = NW_REUSE_CUT_FACTOR*cMax;
  }
  return dMax;
}

/* Word i of a sentence, relative to its start: for nwBagFromWords(). */
typedef struct SentenceWords SentenceWords;
struct SentenceWords {
  const NwWord *a;           /* the sentence's first word */
  int32_t iBase;             /* the sentence's start */
};
static void sentenceWordAt(const void *pCtx, int i, NwSpan *pSpan){
  const SentenceWords *p = pCtx;
  pSpan->iStart = p->a[i].iStart - p->iBase;
  pSpan->iEnd = (int32_t)p->a[i].iEnd - p->iBase;
}

/* The sentences of z[0..n) and their bags, made from the text's words pW
** (one word break pass for the whole text, not one per sentence). */
static int unitsFromText(NwFeaturizer *pF, const UChar *z, int32_t n,
                         const NwWordList *pW, UnitList *p){
  NwSentences *pSent = 0;
  NwSpan s;
  int k = 0;
  int rc = nwSentencesOpen(z, n, &pSent);
  while( rc==NW_OK && nwSentencesNext(pSent, &s)==NW_ROW ){
    Unit *pU;
    SentenceWords sw;
    int k0;
    while( k<pW->n && pW->a[k].iStart<s.iStart ) k++;
    for(k0=k; k<pW->n && (int32_t)pW->a[k].iEnd<=s.iEnd; k++){}
    rc = nwArrayGrow((void**)&p->a, &p->nAlloc, p->n+1, sizeof(Unit));
    if( rc ) break;
    pU = &p->a[p->n++];
    memset(pU, 0, sizeof(Unit));
    pU->span = s;
    sw.a = pW->a ? pW->a + k0 : 0;   /* no words: a is NULL (NULL+0 is UB) */
    sw.iBase = s.iStart;
    rc = nwBagFromWords(pF, z+s.iStart, s.iEnd-s.iStart, sentenceWordAt, &sw,
                        k-k0, &pU->bag);
    bagShrink(&pU->bag);
    pU->w = nwBagWeight(&pU->bag);
    unitSketch(pU);
  }
  nwSentencesClose(pSent);
  return rc;
}

static int cmpCandScore(const void *a, const void *b){
  const Cand *x = a, *y = b;
  if( x->score!=y->score ) return x->score>y->score ? -1 : 1;
  if( x->iA!=y->iA ) return x->iA - y->iA;
  return x->iB - y->iB;
}

/* Similarity of two sentences: Dice, or for a cut sentence most of which
** is in the other, its containment. */
static double unitScore(const Unit *pA, const Unit *pB){
  const Unit *pShort = pA->bag.n<=pB->bag.n ? pA : pB;
  const Unit *pLong = pShort==pA ? pB : pA;
  double d, c;
  if( pShort->bag.n==0 ) return 0.0;
  if( pLong->bag.n>=NW_REUSE_PROBE_MIN && pLong->bag.n/16>pShort->bag.n ){
    nwBagProbe(&pShort->bag, &pLong->bag, pLong->w, &d, &c);
  }else{
    double wShort, wLong, wShared;   /* one pass for Dice and containment */
    nwBagOverlap(&pShort->bag, &pLong->bag, &wShort, &wLong, &wShared);
    d = 2*wShared / (wShort + wLong);
    c = wShared / wShort;
  }
  if( pShort->bag.n>=NW_REUSE_CUT_MIN_WORDS ){
    if( c>=NW_REUSE_CUT_MIN_SHARE && NW_REUSE_CUT_FACTOR*c>d ){
      d = NW_REUSE_CUT_FACTOR*c;
    }
  }
  return d;
}

/* Index B's sentences by feature: each feature's run of sentences. */
static int buildPostings(const UnitList *pB, KeyIndex *pIdx){
  int i, j, n = 0, nAlloc = 0, rc;
  uint64_t *aKey = 0;
  int *aVal = 0, nValAlloc = 0;
  for(i=0; i<pB->n; i++){
    const NwBag *pBag = &pB->a[i].bag;
    if( nwArrayGrow((void**)&aKey, &nAlloc, n+pBag->n, sizeof(uint64_t))
     || nwArrayGrow((void**)&aVal, &nValAlloc, n+pBag->n, sizeof(int)) ){
      nwFree(aKey);
      nwFree(aVal);
      return NW_NOMEM;
    }
    for(j=0; j<pBag->n; j++){
      aKey[n] = pBag->a[j].h;
      aVal[n] = i;
      n++;
    }
  }
  rc = keyIndexBuild(pIdx, aKey, aVal, n);
  nwFree(aKey);
  nwFree(aVal);
  return rc;
}

/* The first index of aRun[0..nRun) (increasing) whose value is at least
** v, as a binary search gives it, but searched from where v would be if
** the run were spread evenly over [0, nMax), galloping out to a bracket:
** a frequent feature's run is long, and the binary search's probes were
** one cache miss each, for every sentence of A. */
static int runLowerBound(const int *aRun, int nRun, int v, int nMax){
  int64_t g = nMax>0 ? (int64_t)nRun*v/nMax : 0;
  int lo, hi, step = 1;
  if( g<0 ) g = 0;
  if( g>nRun ) g = nRun;
  if( g<nRun && aRun[g]<v ){            /* the answer is after g */
    lo = hi = (int)g+1;
    while( hi<nRun && aRun[hi]<v ){ lo = hi+1; hi += step; step *= 2; }
    if( hi>nRun ) hi = nRun;
  }else{                                /* at g or before */
    hi = (int)g;
    for(;;){
      int p = hi-step;
      if( p<=0 ){ lo = 0; break; }
      if( aRun[p-1]<v ){ lo = p; break; }
      hi = p-1;
      step *= 2;
    }
  }
  while( lo<hi ){                       /* answer in [lo, hi] */
    int mid = lo + (hi-lo)/2;
    if( aRun[mid]<v ) lo = mid+1; else hi = mid;
  }
  return lo;
}

/* The sentences of feature h's run that propose candidates, [*paFrom,
** *paFrom + *pn): the whole run if it has at most NW_REUSE_MAX_POSTING
** (returns 0), else the NW_REUSE_NEAR either side of sentence iGuess
** (returns 1); B has nB sentences. */
static int postingWindow(const KeyIndex *pIdx, uint64_t h, int iGuess, int nB,
                         const int **paFrom, int *pn){
  int nRun, lo, hi, p;
  const int *aRun = keyRun(pIdx, h, &nRun);
  if( nRun<=NW_REUSE_MAX_POSTING ){
    *paFrom = aRun;
    *pn = nRun;
    return 0;
  }
  lo = runLowerBound(aRun, nRun, iGuess, nB); /* first at or after iGuess */
  p = lo-NW_REUSE_NEAR>0 ? lo-NW_REUSE_NEAR : 0;
  hi = lo+NW_REUSE_NEAR<nRun ? lo+NW_REUSE_NEAR : nRun;
  *paFrom = aRun+p;
  *pn = hi-p;
  return 1;
}

/* Score the sentences aRun[0..nRun) of a feature as partners of sentence i
** and keep those at or above threshold; pBest tracks the best partner
** (ties: the nearest to iGuess). */
typedef struct BestPartner BestPartner;
struct BestPartner {
  int iB, nDist;
  double score;
};
static int scoreRun(const UnitList *pA, const UnitList *pB, int i,
                    const int *aRun, int nRun, int iGuess,
                    double threshold, int *aSeen, Cand **pa, int *pn,
                    int *pnAlloc, BestPartner *pBest){
  int e;
  for(e=0; e<nRun; e++){
    int j = aRun[e], nDist;
    double s;
    if( aSeen[j]==i ) continue;
    aSeen[j] = i;
    /* most pairs sharing a feature are far below threshold: the bound,
    ** which reads no more of B than its Unit, rules them out (a margin
    ** for rounding: the bound is summed in another order) */
    if( unitScoreBound(&pA->a[i], &pB->a[j])<threshold-1e-9 ) continue;
    s = unitScore(&pA->a[i], &pB->a[j]);
    if( s<threshold ) continue;
    if( nwArrayGrow((void**)pa, pnAlloc, *pn+1, sizeof(Cand)) ) return NW_NOMEM;
    (*pa)[*pn].iA = i; (*pa)[*pn].iB = j; (*pa)[*pn].score = s;
    (*pn)++;
    nDist = j>iGuess ? j-iGuess : iGuess-j;
    if( s>pBest->score || (s==pBest->score && nDist<pBest->nDist) ){
      pBest->iB = j; pBest->score = s; pBest->nDist = nDist;
    }
  }
  return NW_OK;
}

/* Start loading what the sentences after i of A will read, one level of
** the chain key slot -> run -> partner's Unit -> partner's bag per
** sentence ahead, each level reading what the one before loaded (see
** keyPrefetch): sentences are looked up one after another, and in a big
** text each of those reads is a cache miss. */
static void prefetchAhead(const UnitList *pA, const UnitList *pB,
                          const KeyIndex *pIdx, const int *aSeen, int i){
  int d, k, e;
  if( pIdx->nSlot==0 ) return;
  for(d=1; d<=4; d++){
    const NwBag *pBag;
    if( i+d>=pA->n ) break;
    pBag = &pA->a[i+d].bag;
    for(k=0; k<pBag->n; k++){
      const int *aRun;
      int nRun;
      if( d==4 ){ keyPrefetch(pIdx, pBag->a[k].h); continue; }
      aRun = keyRun(pIdx, pBag->a[k].h, &nRun);
      if( d==3 ){ NW_PREFETCH(aRun); continue; }
      if( nRun>NW_REUSE_MAX_POSTING ) continue;  /* found by a search */
      for(e=0; e<nRun; e++){
        const Unit *pU = &pB->a[aRun[e]];
        if( d==2 ){             /* a Unit may straddle two cache lines */
          NW_PREFETCH(pU);
          NW_PREFETCH((const char*)pU + sizeof(Unit) - 1);
          NW_PREFETCH(&aSeen[aRun[e]]);
        }else{
          NW_PREFETCH(pU->bag.a);
        }
      }
    }
  }
}

/* Every pair (i, j) sharing a feature with score >= threshold, except
** that a frequent feature proposes only sentences near the expected
** partner of i (after the best partner of i-1, else at i's relative place
** in B), and only when the rare features found no partner of at least
** NW_NEAR_VERBATIM.  Among equal scores the best partner is the one
** nearest that place, so identical texts of repeated sentences align one
** to one. */
static int findCandidates(const UnitList *pA, const UnitList *pB,
                          const KeyIndex *pIdx, double threshold,
                          Cand **paCand, int *pnCand){
  int *aSeen = nwMalloc(sizeof(int)*(size_t)(pB->n+1));
  int i, k, n = 0, nAlloc = 0, iPrevBest = -1, rc = NW_OK;
  Cand *a = 0;
  if( aSeen==0 ) return NW_NOMEM;
  for(i=0; i<pB->n; i++) aSeen[i] = -1;
  for(i=0; rc==NW_OK && i<pA->n; i++){
    const NwBag *pBag = &pA->a[i].bag;
    int iGuess = iPrevBest>=0 ? iPrevBest+1
                              : (int)((int64_t)i*pB->n/pA->n);
    int pass;
    BestPartner best = {-1, 0, -1.0};
    prefetchAhead(pA, pB, pIdx, aSeen, i);
    for(pass=0; rc==NW_OK && pass<2; pass++){
      if( pass==1 && best.score>=NW_NEAR_VERBATIM ) break;
      for(k=0; rc==NW_OK && k<pBag->n; k++){
        const int *aRun;
        int nRun;
        if( postingWindow(pIdx, pBag->a[k].h, iGuess, pB->n, &aRun, &nRun)!=pass ){
          continue;
        }
        rc = scoreRun(pA, pB, i, aRun, nRun, iGuess, threshold, aSeen,
                      &a, &n, &nAlloc, &best);
      }
    }
    iPrevBest = best.iB;
  }
  nwFree(aSeen);
  if( rc ){ nwFree(a); return rc; }
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

/* The words of w inside the span [s, e): [*pi0, *pi1). */
static void wordRange(const NwWordList *w, int32_t s, int32_t e, int *pi0,
                      int *pi1){
  int lo = 0, hi = w->n;
  while( lo<hi ){
    int mid = (lo+hi)/2;
    if( w->a[mid].iStart<s ) lo = mid+1; else hi = mid;
  }
  *pi0 = lo;
  hi = w->n;
  while( lo<hi ){
    int mid = (lo+hi)/2;
    if( (int32_t)w->a[mid].iEnd<=e ) lo = mid+1; else hi = mid;
  }
  *pi1 = lo;
}

static int sameWords(const NwWord *a, const NwWord *b, int n){
  int i;
  for(i=0; i<n; i++){
    if( a[i].hNorm!=b[i].hNorm ) return 0;
  }
  return 1;
}

/* The words of p from i on; NULL for a list without words (NULL+0 is
** undefined behaviour). */
static const NwWord *wordsAt(const NwWordList *p, int i){
  return p->a ? p->a + i : 0;
}

/* verbatim, near-verbatim or paraphrase, from the word diff of the two
** regions' words, paid from *pnBudget; by score where it cannot pay. */
static int regionKind(const NwWordList *pWA, const NwWordList *pWB,
                      int64_t *pnBudget, NwRegion *pR){
  NwEditList e = {0, 0, 0};
  double r = -1.0;
  int i0, i1, j0, j1, n, m, rc = NW_OK;
  wordRange(pWA, pR->aStart, pR->aEnd, &i0, &i1);
  wordRange(pWB, pR->bStart, pR->bEnd, &j0, &j1);
  n = i1-i0;
  m = j1-j0;
  if( n==m && n<=*pnBudget ){
    *pnBudget -= n;
    if( sameWords(wordsAt(pWA, i0), wordsAt(pWB, j0), n) ) r = 1.0;
  }
  if( r<0 && (int64_t)n*m<=NW_KIND_MAX_CELLS ){
    int64_t nBudget = *pnBudget;
    int bCoarse = 0;
    rc = nwDiffWords(wordsAt(pWA, i0), n, wordsAt(pWB, j0), m, &nBudget, &bCoarse, &e);
    *pnBudget = nBudget;
    if( rc==NW_OK && !bCoarse ) r = nwDiffRatio(&e, n, m);
  }
  if( r<0 ) r = pR->score>=NW_NEAR_VERBATIM ? NW_NEAR_VERBATIM : 0.0;
  pR->kind = r>=1.0 ? NW_REUSE_VERBATIM
           : r>=NW_NEAR_VERBATIM ? NW_REUSE_NEAR_VERBATIM
           : NW_REUSE_PARAPHRASE;
  nwEditListClear(&e);
  return rc;
}

/* Join runs of neighbouring pairs (each side stays or moves one sentence
** on) into regions and classify each. */
static int buildRegions(const UnitList *pA, const UnitList *pB,
                        const NwWordList *pWA, const NwWordList *pWB,
                        const Cand *a, int n, NwRegionList *pOut){
  int i = 0, rc = NW_OK;
  int64_t nBudget = NW_KIND_MAX_CELLS
                  + NW_DIFF_WORK*((int64_t)pWA->n + pWB->n);
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
    rc = regionKind(pWA, pWB, &nBudget, pR);
    i = j;
  }
  return rc;
}

/* --------------------------------------------------- seed and extend */

/* Local alignment anywhere in the texts, as passim or BLAST's ungapped
** seeds find it: a run of NW_SEED_WORDS words (normal forms) found in both
** texts is an anchor; it is extended left and right over equal words,
** allowing now and then a changed, dropped or added word (one or two words,
** when the two words after it agree again), and the region it grows into
** may cross sentence ends.  The sentence regions and these local ones are
** then made disjoint in B (resolveRegions). */
#define NW_SEED_WORDS 4          /* exact words that anchor a region */
#define NW_SEED_MAX_HITS 8       /* an anchor repeated more is no evidence */
/* A region must carry this many lower-case content words on each side
** (not stop words, not figures): a long name ("Minister of Energy and
** Water Resources"), a dateline, a score line or a stock phrase ("on both
** sides of the border") is no sign of copying. */
#define NW_REGION_MIN_CONTENT 3
/* One edit allowed per this many equal words (plus one): at least about
** 80% of the words in common, near-verbatim. */
#define NW_LOCAL_EDIT_EVERY 6

/* A local alignment: words [a0,a1) of A and [b0,b1) of B. */
typedef struct Local Local;
struct Local {
  int a0, a1, b0, b1;
  int nMatch;                    /* equal words */
};
typedef struct LocalList LocalList;
struct LocalList {
  Local *a;
  int n, nAlloc;
};

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

/* The state of one search: both texts' words and the word pairs walked.
** A walk stops where both words were walked before (by any walk), so each
** step of every walk marks a new word on one side at least: all walks
** together take at most as many steps as A and B have words. */
typedef struct WalkCtx WalkCtx;
struct WalkCtx {
  const NwWordList *a, *b;
  char *aWalkA, *aWalkB;
};

static int sameWordAt(const WalkCtx *p, int ia, int ib){
  return ia>=0 && ib>=0 && ia<p->a->n && ib<p->b->n
      && p->a->a[ia].hNorm==p->b->a[ib].hNorm;
}

/* The edits tried at a mismatch, in order: a changed word, a word dropped
** from A, one added in B, then the same for two words. */
static const int aEditDa[] = { 1, 1, 0, 2, 0, 2 };
static const int aEditDb[] = { 1, 0, 1, 0, 2, 2 };

/* Walk from (ia, ib) in direction dir (+1 forwards, -1 backwards, then
** starting on the words before), over equal words and small edits, while
** edits stay below one in NW_LOCAL_EDIT_EVERY equal words.  Sets *pia,
** *pib to one past the last equal words (before the first, backwards) and
** adds the equal words to *pnMatch. */
static void walkLocal(WalkCtx *p, int ia, int ib, int dir, int *pnMatch,
                      int *pia, int *pib){
  int x = ia, y = ib, nEdit = 0;
  if( dir<0 ){ x--; y--; }
  *pia = dir>0 ? x : x+1;
  *pib = dir>0 ? y : y+1;
  for(;;){
    int e, nEdits = (int)(sizeof(aEditDa)/sizeof(aEditDa[0]));
    if( x<0 || y<0 || x>=p->a->n || y>=p->b->n ) break;
    if( p->aWalkA[x] && p->aWalkB[y] ) break;
    if( sameWordAt(p, x, y) ){
      p->aWalkA[x] = p->aWalkB[y] = 1;
      (*pnMatch)++;
      x += dir; y += dir;
      *pia = dir>0 ? x : x+1;
      *pib = dir>0 ? y : y+1;
      continue;
    }
    if( nEdit>=1+*pnMatch/NW_LOCAL_EDIT_EVERY ) break;
    for(e=0; e<nEdits; e++){
      int xa = x+dir*aEditDa[e], yb = y+dir*aEditDb[e];
      if( sameWordAt(p, xa, yb) && sameWordAt(p, xa+dir, yb+dir) ) break;
    }
    if( e==nEdits ) break;
    nEdit++;
    x += dir*aEditDa[e];
    y += dir*aEditDb[e];
  }
}

/* Lower-case content words among words [i0, i1) of w. */
static int contentWords(const NwWordList *w, int i0, int i1){
  int k, nContent = 0;
  for(k=i0; k<i1; k++) nContent += w->a[k].bLower && !w->a[k].bStop;
  return nContent;
}

/* Is words [a0,a1) of A against [b0,b1) of B enough to be reuse: at
** least nMinWords words on each side, NW_REGION_MIN_CONTENT of them
** content words? */
static int hasContent(const NwWordList *pA, int a0, int a1,
                      const NwWordList *pB, int b0, int b1, int nMinWords){
  return b1-b0>=nMinWords && a1-a0>=nMinWords
      && contentWords(pA, a0, a1)>=NW_REGION_MIN_CONTENT
      && contentWords(pB, b0, b1)>=NW_REGION_MIN_CONTENT;
}

/* Does a sentence end (or a line) between word k-1 and word k of w in
** z?  The gap between two words is short in text: one over 64 units is
** layout, an end (so the scan is bounded). */
static int endBefore(const UChar *z, const NwWordList *w, int k){
  int32_t i, iEnd = w->a[k].iStart;
  if( k<=0 || iEnd-(int32_t)w->a[k-1].iEnd>64 ) return 1;
  for(i=(int32_t)w->a[k-1].iEnd; i<iEnd; i++){
    if( z[i]=='.' || z[i]=='!' || z[i]=='?' || z[i]=='\n' ) return 1;
  }
  return 0;
}

/* A local alignment crossing a sentence end may pick up the stop words
** that open the next sentence in both texts ("The", "She"): take them
** off both ends. */
static void trimStopEdges(const UChar *zA, const NwWordList *a,
                          const UChar *zB, const NwWordList *b, Local *l){
  int k;
  for(k=1; l->a1-k>l->a0 && l->b1-k>l->b0 && a->a[l->a1-k].bStop; k++){
    if( endBefore(zA, a, l->a1-k) || endBefore(zB, b, l->b1-k) ){
      l->a1 -= k; l->b1 -= k; l->nMatch -= k;
      break;
    }
  }
  for(k=0; l->a0+k+1<l->a1 && a->a[l->a0+k].bStop; k++){
    if( endBefore(zA, a, l->a0+k+1) || endBefore(zB, b, l->b0+k+1) ){
      l->a0 += k+1; l->b0 += k+1; l->nMatch -= k+1;
      break;
    }
  }
}

/* Every local alignment from the anchors of A (in A's order) with enough
** content.  Anchors are indexed by hash in one pass; one found in more
** than NW_SEED_MAX_HITS places of B is skipped in O(1). */
static int findLocals(const UChar *zA, const NwWordList *a,
                      const UChar *zB, const NwWordList *b, LocalList *pOut){
  uint64_t *aSeedKey = 0;
  int *aSeedVal = 0;
  KeyIndex seeds = {0, 0, 0};
  WalkCtx ctx;
  uint64_t aAhead[NW_PREFETCH_AHEAD];    /* seed hashes of A, a ring */
  int i, nSeed = 0, rc = NW_OK;
  memset(&ctx, 0, sizeof(ctx));
  if( a->n<NW_FRAGMENT_MIN || b->n<NW_FRAGMENT_MIN ) return NW_OK;
  ctx.a = a; ctx.b = b;
  ctx.aWalkA = nwMalloc((size_t)a->n+(size_t)b->n+1);
  aSeedKey = nwMalloc(sizeof(uint64_t)*(size_t)(b->n+1));
  aSeedVal = nwMalloc(sizeof(int)*(size_t)(b->n+1));
  if( ctx.aWalkA==0 || aSeedKey==0 || aSeedVal==0 ) rc = NW_NOMEM;
  if( rc ) goto done;
  ctx.aWalkB = ctx.aWalkA + a->n;
  memset(ctx.aWalkA, 0, (size_t)a->n+(size_t)b->n);
  for(i=0; i<b->n; i++){
    uint64_t h = seedHash(b, i);
    if( h ){ aSeedKey[nSeed] = h; aSeedVal[nSeed] = i; nSeed++; }
  }
  rc = keyIndexBuild(&seeds, aSeedKey, aSeedVal, nSeed);
  nwFree(aSeedKey);
  nwFree(aSeedVal);
  aSeedKey = 0;
  aSeedVal = 0;
  /* A's seeds are hashed NW_PREFETCH_AHEAD words ahead and their slots
  ** loaded early: the probes go all over a table bigger than the caches */
  for(i=0; i<NW_PREFETCH_AHEAD && i<a->n; i++){
    aAhead[i] = seedHash(a, i);
    if( aAhead[i] && seeds.nSlot ) keyPrefetch(&seeds, aAhead[i]);
  }
  for(i=0; rc==NW_OK && i<a->n; i++){
    uint64_t h = aAhead[i % NW_PREFETCH_AHEAD];
    int e, nHit;
    const int *aHit;
    if( i+NW_PREFETCH_AHEAD<a->n ){
      uint64_t hNext = seedHash(a, i+NW_PREFETCH_AHEAD);
      aAhead[i % NW_PREFETCH_AHEAD] = hNext;
      if( hNext && seeds.nSlot ) keyPrefetch(&seeds, hNext);
    }
    if( i+NW_PREFETCH_AHEAD/2<a->n ){
      /* half way: the slot is in, its run of B positions is loaded next */
      uint64_t hMid = aAhead[(i+NW_PREFETCH_AHEAD/2) % NW_PREFETCH_AHEAD];
      if( hMid ){
        const int *aMid = keyRun(&seeds, hMid, &nHit);
        if( nHit>0 && nHit<=NW_SEED_MAX_HITS ){
          NW_PREFETCH(aMid);
        }
      }
    }
    if( h==0 ) continue;
    aHit = keyRun(&seeds, h, &nHit);
    if( nHit>0 && nHit<=NW_SEED_MAX_HITS ) NW_PREFETCH(&ctx.aWalkB[aHit[0]]);
    if( nHit>NW_SEED_MAX_HITS ) continue;    /* a phrase, not a copy */
    for(e=0; rc==NW_OK && e<nHit; e++){
      int ib = aHit[e], nMatch = 0;
      Local l;
      if( ctx.aWalkA[i] && ctx.aWalkB[ib] ) continue;
      walkLocal(&ctx, i, ib, +1, &nMatch, &l.a1, &l.b1);
      if( nMatch<NW_SEED_WORDS ) continue;   /* a hash collision */
      walkLocal(&ctx, i, ib, -1, &nMatch, &l.a0, &l.b0);
      l.nMatch = nMatch;
      trimStopEdges(zA, a, zB, b, &l);
      if( !hasContent(a, l.a0, l.a1, b, l.b0, l.b1, NW_FRAGMENT_MIN) ) continue;
      rc = nwArrayGrow((void**)&pOut->a, &pOut->nAlloc, pOut->n+1,
                       sizeof(Local));
      if( rc==NW_OK ) pOut->a[pOut->n++] = l;
    }
  }
done:
  keyIndexClear(&seeds);
  nwFree(aSeedKey);
  nwFree(aSeedVal);
  nwFree(ctx.aWalkA);
  return rc;
}

/* ------------------------------------------------- disjoint regions */

/* A candidate region for the final choice. */
typedef struct Piece Piece;
struct Piece {
  NwRegion r;
  double w;                      /* weight: the evidence it carries */
  int bDrop;
};

static int cmpPieceBStart(const void *a, const void *b){
  const Piece *x = a, *y = b;
  if( x->r.bStart!=y->r.bStart ) return x->r.bStart<y->r.bStart ? -1 : 1;
  return x->r.bEnd<y->r.bEnd ? -1 : x->r.bEnd>y->r.bEnd;
}
static int cmpPieceBEnd(const void *a, const void *b){
  const Piece *x = a, *y = b;
  if( x->r.bEnd!=y->r.bEnd ) return x->r.bEnd<y->r.bEnd ? -1 : 1;
  return x->r.bStart<y->r.bStart ? -1 : x->r.bStart>y->r.bStart;
}

/* Keep the heaviest set of pieces a[0..n) (not dropped) that do not
** overlap in B (weighted interval scheduling: sorted by end, the best
** total up to each piece, one binary search each); drops the rest. */
static int keepDisjoint(Piece *a, int n){
  double *aBest;
  int *aTake, i, k = 0;
  for(i=0; i<n; i++){ if( !a[i].bDrop ) a[k++] = a[i]; }
  n = k;
  if( n<2 ) return n;
  qsort(a, (size_t)n, sizeof(Piece), cmpPieceBEnd);
  aBest = nwMalloc(sizeof(double)*(size_t)(n+1));
  aTake = nwMalloc(sizeof(int)*(size_t)(n+1));
  if( aBest==0 || aTake==0 ){ nwFree(aBest); nwFree(aTake); return -1; }
  aBest[0] = 0;                          /* aBest[i]: over a[0..i) */
  for(i=0; i<n; i++){
    int lo = 0, hi = i;                  /* pieces ending by a[i]'s start */
    while( lo<hi ){
      int mid = (lo+hi)/2;
      if( a[mid].r.bEnd<=a[i].r.bStart ) lo = mid+1; else hi = mid;
    }
    aTake[i] = lo;
    if( aBest[lo]+a[i].w>aBest[i] ){
      aBest[i+1] = aBest[lo]+a[i].w;
    }else{
      aBest[i+1] = aBest[i];
      aTake[i] = -1;
    }
  }
  for(i=0; i<n; i++) a[i].bDrop = 1;
  for(i=n-1; i>=0; ){
    if( aTake[i]>=0 ){ a[i].bDrop = 0; i = aTake[i]-1; }
    else i--;
  }
  k = 0;
  for(i=0; i<n; i++){ if( !a[i].bDrop ) a[k++] = a[i]; }
  nwFree(aBest);
  nwFree(aTake);
  return k;
}

/* The local regions as pieces, classified by their words in common. */
static int localPieces(const NwWordList *pWA, const NwWordList *pWB,
                       const LocalList *pL, Piece **paP, int *pnP){
  int i;
  Piece *a = nwMalloc(sizeof(Piece)*(size_t)(pL->n+1));
  if( a==0 ) return NW_NOMEM;
  for(i=0; i<pL->n; i++){
    const Local *l = &pL->a[i];
    int nA = l->a1-l->a0, nB = l->b1-l->b0;
    double r = 2.0*l->nMatch/(nA+nB);
    Piece *p = &a[i];
    memset(p, 0, sizeof(*p));
    p->r.aStart = pWA->a[l->a0].iStart;
    p->r.aEnd = (int32_t)pWA->a[l->a1-1].iEnd;
    p->r.bStart = pWB->a[l->b0].iStart;
    p->r.bEnd = (int32_t)pWB->a[l->b1-1].iEnd;
    p->r.score = r>1.0 ? 1.0 : r;
    p->r.kind = (l->nMatch==nA && nA==nB) ? NW_REUSE_VERBATIM
              : r>=NW_NEAR_VERBATIM ? NW_REUSE_NEAR_VERBATIM
              : NW_REUSE_PARAPHRASE;
    p->w = l->nMatch;
  }
  *paP = a;
  *pnP = pL->n;
  return NW_OK;
}

static int overlapB(const NwRegion *x, const NwRegion *y){
  return x->bStart<y->bEnd && y->bStart<x->bEnd;
}

/* The first piece of a[0..n) (sorted by B start) that may overlap B
** characters from iStart on, given no piece is longer than nMaxLen. */
static int firstNear(const Piece *a, int n, int32_t iStart, int32_t nMaxLen){
  int lo = 0, hi = n;
  while( lo<hi ){
    int mid = (lo+hi)/2;
    if( a[mid].r.bStart<iStart-nMaxLen ) lo = mid+1; else hi = mid;
  }
  return lo;
}

static int cmpU64(const void *a, const void *b){
  uint64_t x = *(const uint64_t*)a, y = *(const uint64_t*)b;
  return x<y ? -1 : x>y;
}

/* Words of B's words [j0,j1) that are not stop words (names and figures
** count: this is evidence the two sides correspond, not content) and are
** also found in A's words [i0,i1),
** leaving out the words marked in aSkipA / aSkipB (relative to i0, j0):
** by normal form, a sorted copy of A's, one binary search each.  A range
** of A longer than NW_SHARED_MAX counts as sharing enough. */
#define NW_SHARED_MAX 4096
static int sharedContent(const NwWordList *pWA, int i0, int i1,
                         const char *aSkipA, const NwWordList *pWB, int j0,
                         int j1, const char *aSkipB, int *pn){
  uint64_t *aH;
  int i, n = 0, nShared = 0;
  if( i1-i0>NW_SHARED_MAX ){ *pn = NW_REGION_MIN_CONTENT; return NW_OK; }
  aH = nwMalloc(sizeof(uint64_t)*(size_t)(i1-i0+1));
  if( aH==0 ) return NW_NOMEM;
  for(i=i0; i<i1; i++){
    if( !pWA->a[i].bStop && !aSkipA[i-i0] ){
      aH[n++] = pWA->a[i].hNorm;
    }
  }
  if( n>1 ) qsort(aH, (size_t)n, sizeof(uint64_t), cmpU64);
  for(i=j0; i<j1; i++){
    uint64_t h = pWB->a[i].hNorm;
    int lo = 0, hi = n;
    if( pWB->a[i].bStop || aSkipB[i-j0] ) continue;
    while( lo<hi ){
      int mid = (lo+hi)/2;
      if( aH[mid]<h ) lo = mid+1; else hi = mid;
    }
    nShared += lo<n && aH[lo]==h;
  }
  nwFree(aH);
  *pn = nShared;
  return NW_OK;
}

static int insideRegion(const NwRegion *pIn, const NwRegion *pOut){
  return pIn->aStart>=pOut->aStart && pIn->aEnd<=pOut->aEnd
      && pIn->bStart>=pOut->bStart && pIn->bEnd<=pOut->bEnd;
}

/* Mark in aSkip (relative to word i0) the words of w in [s, e). */
static void markWords(const NwWordList *w, int i0, int i1, int32_t s,
                      int32_t e, char *aSkip){
  int k0, k1, k;
  wordRange(w, s, e, &k0, &k1);
  for(k=k0<i0 ? i0 : k0; k<k1 && k<i1; k++) aSkip[k-i0] = 1;
}

/* Does sentence region pS, apart from the local pieces inside it on both
** sides, still share NW_REGION_MIN_CONTENT content words between its two
** sides?  If so it explains those pieces (they are dropped); if not, it
** is new text around copied quotes, and it goes (*pbKeep 0). */
static int absorbInside(const NwWordList *pWA, const NwWordList *pWB,
                        Piece *aL, int nL, int32_t nMaxLen, Piece *pS,
                        int *pbKeep){
  int i0, i1, j0, j1, k, k0, nShared = 0;
  char *aSkip;
  wordRange(pWA, pS->r.aStart, pS->r.aEnd, &i0, &i1);
  wordRange(pWB, pS->r.bStart, pS->r.bEnd, &j0, &j1);
  *pbKeep = 0;
  if( j1<=j0 || !hasContent(pWA, i0, i1, pWB, j0, j1, 1) ) return NW_OK;
  aSkip = nwMalloc((size_t)(i1-i0)+(size_t)(j1-j0)+1);
  if( aSkip==0 ) return NW_NOMEM;
  memset(aSkip, 0, (size_t)(i1-i0)+(size_t)(j1-j0)+1);
  k0 = firstNear(aL, nL, pS->r.bStart, nMaxLen);
  for(k=k0; k<nL && aL[k].r.bStart<pS->r.bEnd; k++){
    if( aL[k].bDrop || !insideRegion(&aL[k].r, &pS->r) ) continue;
    markWords(pWA, i0, i1, aL[k].r.aStart, aL[k].r.aEnd, aSkip);
    markWords(pWB, j0, j1, aL[k].r.bStart, aL[k].r.bEnd, aSkip+(i1-i0));
  }
  if( sharedContent(pWA, i0, i1, aSkip, pWB, j0, j1, aSkip+(i1-i0),
                    &nShared) ){
    nwFree(aSkip);
    return NW_NOMEM;
  }
  nwFree(aSkip);
  if( nShared<NW_REGION_MIN_CONTENT ) return NW_OK;
  *pbKeep = 1;
  for(k=k0; k<nL && aL[k].r.bStart<pS->r.bEnd; k++){
    if( insideRegion(&aL[k].r, &pS->r) ) aL[k].bDrop = 1;
  }
  return NW_OK;
}

/* A paraphrase region overlapped by local pieces: cut in B to its largest
** part that the pieces not inside it (text from elsewhere in A) leave,
** word boundaries kept; then it stays only if it still shares content
** between its sides besides the pieces inside it (absorbInside).  *pbKeep
** says if it stays. */
static int trimAround(const NwWordList *pWA, const NwWordList *pWB,
                      Piece *aL, int nL, int32_t nMaxLen, Piece *pS,
                      int *pbKeep){
  int32_t g0 = pS->r.bStart, bestLen = -1, b0 = pS->r.bStart, b1 = pS->r.bEnd;
  int k = firstNear(aL, nL, pS->r.bStart, nMaxLen), j0, j1;
  int bOverlap = 0, bCut = 0;
  *pbKeep = 1;
  for(; k<nL && aL[k].r.bStart<pS->r.bEnd; k++){
    if( aL[k].bDrop || !overlapB(&aL[k].r, &pS->r) ) continue;
    bOverlap = 1;
    if( insideRegion(&aL[k].r, &pS->r) ) continue;
    bCut = 1;
    if( aL[k].r.bStart-g0>bestLen ){
      bestLen = aL[k].r.bStart-g0; b0 = g0; b1 = aL[k].r.bStart;
    }
    if( aL[k].r.bEnd>g0 ) g0 = aL[k].r.bEnd;
  }
  if( !bOverlap ) return NW_OK;
  if( bCut ){
    if( pS->r.bEnd-g0>bestLen ){ b0 = g0; b1 = pS->r.bEnd; }
    wordRange(pWB, b0, b1, &j0, &j1);
    if( j1<=j0 ){ *pbKeep = 0; return NW_OK; }
    pS->r.bStart = pWB->a[j0].iStart;
    pS->r.bEnd = (int32_t)pWB->a[j1-1].iEnd;
    pS->w *= (double)(j1-j0)/(j1-j0+1);    /* a cut region weighs less */
  }
  return absorbInside(pWA, pWB, aL, nL, nMaxLen, pS, pbKeep);
}

/* The regions of the sentence alignment pS[0..nS) and the local pieces
** pL[0..nL), made disjoint in B into pOut:
**   1. local pieces overlapping in B: the heaviest set is kept;
**   2. a local piece overlapping a verbatim or near-verbatim sentence
**      region is dropped (that region explains it); a paraphrase region
**      is cut around the local pieces from elsewhere in A (two quotes
**      from two places of A in one sentence of B are regions of their
**      own), and the pieces inside it are its own words unless the rest
**      of it shares no content (a quote inside a new sentence);
**   3. regions without NW_REGION_MIN_CONTENT content words go, and the
**      heaviest disjoint set of what is left is kept. */
static int resolveRegions(const NwWordList *pWA, const NwWordList *pWB,
                          Piece *aS, int nS, Piece *aL, int nL,
                          NwRegionList *pOut){
  int32_t nMaxS = 0, nMaxL = 0;
  int i, k, n, rc = NW_OK;
  Piece *aAll;
  nL = keepDisjoint(aL, nL);                                     /* 1 */
  if( nL<0 ) return NW_NOMEM;
  qsort(aL, (size_t)nL, sizeof(Piece), cmpPieceBStart);
  if( nS>1 ) qsort(aS, (size_t)nS, sizeof(Piece), cmpPieceBStart);
  for(i=0; i<nS; i++){
    int32_t len = aS[i].r.bEnd-aS[i].r.bStart;
    if( len>nMaxS ) nMaxS = len;
  }
  for(i=0; i<nL; i++){
    int32_t len = aL[i].r.bEnd-aL[i].r.bStart;
    if( len>nMaxL ) nMaxL = len;
  }
  for(i=0; i<nL; i++){                                           /* 2 */
    for(k=firstNear(aS, nS, aL[i].r.bStart, nMaxS);
        k<nS && aS[k].r.bStart<aL[i].r.bEnd; k++){
      if( overlapB(&aL[i].r, &aS[k].r)
       && aS[k].r.kind!=NW_REUSE_PARAPHRASE ) aL[i].bDrop = 1;
    }
  }
  for(k=0; k<nS; k++){
    int bKeep = 1;
    if( aS[k].r.kind==NW_REUSE_PARAPHRASE
     && trimAround(pWA, pWB, aL, nL, nMaxL, &aS[k], &bKeep) ){
      return NW_NOMEM;
    }
    if( bKeep==0 ) aS[k].bDrop = 1;
  }
  aAll = nwMalloc(sizeof(Piece)*(size_t)(nS+nL+1));              /* 3 */
  if( aAll==0 ) return NW_NOMEM;
  n = 0;
  for(i=0; i<nS; i++){
    int i0, i1, j0, j1;
    wordRange(pWA, aS[i].r.aStart, aS[i].r.aEnd, &i0, &i1);
    wordRange(pWB, aS[i].r.bStart, aS[i].r.bEnd, &j0, &j1);
    if( !aS[i].bDrop && hasContent(pWA, i0, i1, pWB, j0, j1, 1) ){
      aAll[n++] = aS[i];
    }
  }
  for(i=0; i<nL; i++){ if( !aL[i].bDrop ) aAll[n++] = aL[i]; }
  n = keepDisjoint(aAll, n);
  if( n<0 ){ nwFree(aAll); return NW_NOMEM; }
  for(i=0; rc==NW_OK && i<n; i++){
    rc = nwArrayGrow((void**)&pOut->a, &pOut->nAlloc, pOut->n+1,
                     sizeof(NwRegion));
    if( rc==NW_OK ) pOut->a[pOut->n++] = aAll[i].r;
  }
  nwFree(aAll);
  return rc;
}

static int cmpRegionA(const void *a, const void *b){
  const NwRegion *x = a, *y = b;
  if( x->aStart!=y->aStart ) return x->aStart<y->aStart ? -1 : 1;
  return x->bStart<y->bStart ? -1 : x->bStart>y->bStart;
}

/* Sentence pairs above threshold, selected; the bags are freed here (only
** the spans are needed after). */
static int alignSentences(NwFeaturizer *pF, const UChar *zA, int32_t nA,
                          const UChar *zB, int32_t nB,
                          const NwWordList *pWA, const NwWordList *pWB,
                          double threshold, UnitList *pUA, UnitList *pUB,
                          Cand **paCand, int *pnKept){
  KeyIndex idx = {0, 0, 0};
  int nCand = 0, rc;
  rc = unitsFromText(pF, zA, nA, pWA, pUA);
  if( rc==NW_OK ) rc = unitsFromText(pF, zB, nB, pWB, pUB);
  if( rc==NW_OK ) rc = buildPostings(pUB, &idx);
  if( rc==NW_OK ) rc = findCandidates(pUA, pUB, &idx, threshold, paCand,
                                      &nCand);
  keyIndexClear(&idx);
  unitBagsClear(pUA);
  unitBagsClear(pUB);
  if( rc==NW_OK ) rc = selectPairs(*paCand, nCand, pUA->n, pUB->n, pnKept);
  return rc;
}

/* The sentence regions as pieces, each weighing its words in B times its
** score. */
static int sentencePieces(const NwWordList *pWB, const NwRegionList *pR,
                          Piece **paP, int *pnP){
  int i;
  Piece *a = nwMalloc(sizeof(Piece)*(size_t)(pR->n+1));
  if( a==0 ) return NW_NOMEM;
  for(i=0; i<pR->n; i++){
    int j0, j1;
    wordRange(pWB, pR->a[i].bStart, pR->a[i].bEnd, &j0, &j1);
    memset(&a[i], 0, sizeof(Piece));
    a[i].r = pR->a[i];
    a[i].w = (j1-j0)*pR->a[i].score;
  }
  *paP = a;
  *pnP = pR->n;
  return NW_OK;
}

int nwReuseSpans(NwFeaturizer *pF, const UChar *zA, int32_t nA,
                 const UChar *zB, int32_t nB, double threshold,
                 NwRegionList *pOut){
  UnitList a = {0, 0, 0}, b = {0, 0, 0};
  NwWordList wa = {0, 0, 0}, wb = {0, 0, 0};
  NwRegionList sent = {0, 0, 0};
  LocalList loc = {0, 0, 0};
  Piece *aS = 0, *aL = 0;
  Cand *aCand = 0;
  int nKept = 0, nS = 0, nL = 0, rc;
  pOut->n = 0;
  rc = nwWordListFromText(pF, zA, nA, &wa);
  if( rc==NW_OK ) rc = nwWordListFromText(pF, zB, nB, &wb);
  if( rc==NW_OK ) rc = alignSentences(pF, zA, nA, zB, nB, &wa, &wb,
                                      threshold, &a, &b, &aCand, &nKept);
  if( rc==NW_OK ) rc = buildRegions(&a, &b, &wa, &wb, aCand, nKept, &sent);
  nwFree(aCand);
  unitListClear(&a);
  unitListClear(&b);
  if( rc==NW_OK ) rc = findLocals(zA, &wa, zB, &wb, &loc);
  if( rc==NW_OK ) rc = sentencePieces(&wb, &sent, &aS, &nS);
  if( rc==NW_OK ) rc = localPieces(&wa, &wb, &loc, &aL, &nL);
  nwRegionListClear(&sent);
  nwFree(loc.a);
  if( rc==NW_OK ) rc = resolveRegions(&wa, &wb, aS, nS, aL, nL, pOut);
  nwFree(aS);
  nwFree(aL);
  if( rc==NW_OK && pOut->n>1 ){
    qsort(pOut->a, (size_t)pOut->n, sizeof(NwRegion), cmpRegionA);
  }
  nwWordListClear(&wa);
  nwWordListClear(&wb);
  return rc;
}

void nwRegionListClear(NwRegionList *p){
  nwFree(p->a);
  memset(p, 0, sizeof(*p));
}
