/*
** nw_similar.c: feature bags, weighted Dice, containment, MinHash.
**
** SQL surface (glue in nw_sql_similar.c):
**
**     SELECT similar_passage(:a, :b);                 -- [0,1], symmetric
**     SELECT similar_passage(:a, :b, 'containment');  -- share of a in b
**     SELECT signature_similarity(passage_signature(:a),
**                                 passage_signature(:b));
*/
#include <string.h>
#include <math.h>
#include <stdlib.h>
#include <unicode/uchar.h>
#include "nw_similar.h"
#include "nw_minhash_seeds.h"
#include "nw_segment.h"
#include "nw_mem.h"
#include "nw_lexicon.h"

/* ------------------------------------------------------------ stop words */

/* Function words and the reporting verbs every news passage has: they say
** nothing about which passage is which.  Sorted, for bsearch(). */
static const char *const azStop[] = {
  "a", "about", "above", "according", "after", "again", "against", "all",
  "also", "am", "an", "and", "any", "are", "as", "at", "be", "because",
  "been", "before", "being", "below", "between", "both", "but", "by", "can",
  "could", "did", "do", "does", "doing", "down", "during", "each", "few",
  "for", "from", "further", "had", "has", "have", "having", "he", "her",
  "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in",
  "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more",
  "most", "mr", "mrs", "ms", "must", "my", "myself", "no", "nor", "not",
  "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
  "ourselves", "out", "over", "own", "said", "same", "say", "says", "shall",
  "she", "should", "so", "some", "such", "than", "that", "the", "their",
  "theirs", "them", "themselves", "then", "there", "these", "they", "this",
  "those", "through", "to", "told", "too", "under", "until", "up", "upon",
  "us", "very", "was", "we", "were", "what", "when", "where", "which",
  "while", "who", "whom", "why", "will", "with", "would", "you", "your",
  "yours", "yourself", "yourselves"
};

int nwIsStopWord(const char *z, size_t n){
  /* every stop word is 1 to 10 letters a-z starting a..y: most words of a
  ** text (figures, long words) are rejected without the binary search */
  if( n==0 || n>10 || z[0]<'a' || z[0]>'y' ) return 0;
  return nwLexHas(z, n, azStop, (int)(sizeof(azStop)/sizeof(azStop[0])));
}

/* ------------------------------------------------------------- synonyms */

typedef struct SynPair SynPair;
struct SynPair {
  uint64_t hFrom, hTo;
  const char *zHead;             /* the group's first word, in the lexicon */
  size_t nHead;
};
#define NW_STOP_SLOTS 512            /* power of 2, over twice azStop */
struct NwSynonyms {
  SynPair *a;
  int n;
  uint64_t aStop[NW_STOP_SLOTS];    /* nwHashBytes() of each stop word; 0 empty */
};

static unsigned stopSlot(uint64_t h){
  return (unsigned)((h*0x9E3779B97F4A7C15ull)>>55) & (NW_STOP_SLOTS-1);
}

/* nwIsStopWord() of the word whose nwHashBytes() is h, from p's set. */
static int synIsStop(const NwSynonyms *p, uint64_t h){
  unsigned i = stopSlot(h);
  while( p->aStop[i] ){
    if( p->aStop[i]==h ) return 1;
    i = (i+1) & (NW_STOP_SLOTS-1);
  }
  return 0;
}

static int cmpSynPair(const void *a, const void *b){
  uint64_t x = ((const SynPair*)a)->hFrom, y = ((const SynPair*)b)->hFrom;
  return x<y ? -1 : x>y;
}

/* Stem of the word z[0..n) (lower-case ASCII) hashed. */
static int stemHash(NwStemmer *pStem, const char *z, size_t n, uint64_t *pH){
  size_t nStem;
  const char *zStem = nwStem(pStem, z, n, &nStem);
  if( zStem==0 ) return NW_NOMEM;
  *pH = nwHashBytes(zStem, nStem);
  return NW_OK;
}

NwSynonyms *nwSynonymsNew(NwStemmer *pStem){
  NwSynonyms *p = nwMalloc(sizeof(*p));
  int i, nAlloc = 0;
  if( p==0 ) return 0;
  for(i=0; nwLexSynonyms[i]; i++){
    const char *z = nwLexSynonyms[i];
    for(; *z; z++) nAlloc += (*z==' ');
    nAlloc++;
  }
  p->n = 0;
  memset(p->aStop, 0, sizeof(p->aStop));
  for(i=0; i<(int)(sizeof(azStop)/sizeof(azStop[0])); i++){
    uint64_t h = nwHashBytes(azStop[i], strlen(azStop[i]));
    unsigned k = stopSlot(h);
    while( p->aStop[k] ) k = (k+1) & (NW_STOP_SLOTS-1);
    p->aStop[k] = h;
  }
  p->a = nwMalloc(sizeof(SynPair)*(size_t)(nAlloc+1));
  if( p->a==0 ){ nwFree(p); return 0; }
  for(i=0; nwLexSynonyms[i]; i++){
    const char *z = nwLexSynonyms[i];
    const char *zHead = z;
    size_t nHead = strcspn(z, " ");
    uint64_t hHead = 0;
    int bFirst = 1;
    while( *z ){
      size_t n = strcspn(z, " ");
      uint64_t h;
      if( stemHash(pStem, z, n, &h) ){ nwSynonymsFree(p); return 0; }
      if( bFirst ){ hHead = h; bFirst = 0; }
      /* every word maps to the head, the head to itself (for its name) */
      p->a[p->n].hFrom = h;
      p->a[p->n].hTo = hHead;
      p->a[p->n].zHead = zHead;
      p->a[p->n].nHead = nHead;
      p->n++;
      z += n;
      while( *z==' ' ) z++;
    }
  }
  qsort(p->a, (size_t)p->n, sizeof(SynPair), cmpSynPair);
  return p;
}

void nwSynonymsFree(NwSynonyms *p){
  if( p==0 ) return;
  nwFree(p->a);
  nwFree(p);
}

static const SynPair *synFind(const NwSynonyms *p, uint64_t hStem){
  int lo = 0, hi = p->n;
  while( lo<hi ){
    int mid = (lo+hi)/2;
    if( p->a[mid].hFrom<hStem ) lo = mid+1;
    else hi = mid;
  }
  return (lo<p->n && p->a[lo].hFrom==hStem) ? &p->a[lo] : 0;
}

uint64_t nwSynonym(const NwSynonyms *p, uint64_t hStem){
  const SynPair *pPair = synFind(p, hStem);
  return pPair ? pPair->hTo : hStem;
}

const char *nwSynonymHead(const NwSynonyms *p, uint64_t hStem, size_t *pn){
  const SynPair *pPair = synFind(p, hStem);
  if( pPair==0 ) return 0;
  *pn = pPair->nHead;
  return pPair->zHead;
}

/* -------------------------------------------------------------- concepts */

/* The feature of a stem: the stem naming its concept (ext/lexicon/
** concepts.c: WordNet, spelling.tsv, synonyms.tsv), or the stem itself. */
uint64_t nwConceptOf(uint64_t hStem){
  return nwLexConcept(hStem);
}

/* ------------------------------------------------------------------ bags */

uint64_t nwHashBytes(const char *z, size_t n){
  uint64_t h = 14695981039346656037ull;          /* FNV-1a, 64 bits */
  size_t i;
  for(i=0; i<n; i++){ h ^= (unsigned char)z[i]; h *= 1099511628211ull; }
  return h;
}

static int bagDedup(NwBag *p);

static int bagAppend(NwBag *p, uint64_t h, unsigned flags){
  if( p->n>=p->nAlloc && p->n>=65536 ){
    /* A big text repeats its stems: merge them before growing, so a bag
    ** holds about its distinct stems, not all its words.  Unless that
    ** halved it, grow anyway (a merge per doubling: linear). */
    if( bagDedup(p)!=NW_OK || p->n>p->nAlloc/2 ){
      if( nwArrayGrow((void**)&p->a, &p->nAlloc, p->nAlloc+1,
                      sizeof(NwFeature)) ) return NW_NOMEM;
    }
  }
  if( nwArrayGrow((void**)&p->a, &p->nAlloc, p->n+1, sizeof(NwFeature)) ){
    return NW_NOMEM;
  }
  p->a[p->n].h = h;
  p->a[p->n].flags = flags;
  p->n++;
  return NW_OK;
}

static int cmpFeature(const void *a, const void *b){
  uint64_t x = ((const NwFeature*)a)->h, y = ((const NwFeature*)b)->h;
  return x<y ? -1 : x>y;
}

/* Merge duplicates in place, OR-ing their flags, through a hash table of
** the distinct features (indexes into p->a, grown to stay half full), so
** that a big text sorts its distinct stems, not all its words.  NW_NOMEM
** leaves p as it was. */
static int bagDedup(NwBag *p){
  unsigned nSlot = 1024, nUsed = 0, mask;
  int *aSlot = nwMalloc(sizeof(int)*nSlot);
  int i, j = 0;
  if( aSlot==0 ) return NW_NOMEM;
  memset(aSlot, 0xff, sizeof(int)*nSlot);          /* -1: empty */
  for(i=0; i<p->n; i++){
    uint64_t h = p->a[i].h;
    unsigned s;
    if( 2*(nUsed+1)>nSlot ){                       /* grow, rehash */
      unsigned k, nNew = nSlot*2;
      int *aNew = nwMalloc(sizeof(int)*nNew);
      if( aNew==0 ){ nwFree(aSlot); return NW_NOMEM; }
      memset(aNew, 0xff, sizeof(int)*nNew);
      for(k=0; k<nSlot; k++){
        if( aSlot[k]>=0 ){
          uint64_t g = p->a[aSlot[k]].h;
          unsigned t = (unsigned)((g ^ (g>>31))*0x9E3779B97F4A7C15ull>>32)
                     & (nNew-1);
          while( aNew[t]>=0 ) t = (t+1) & (nNew-1);
          aNew[t] = aSlot[k];
        }
      }
      nwFree(aSlot);
      aSlot = aNew;
      nSlot = nNew;
    }
    mask = nSlot-1;
    s = (unsigned)((h ^ (h>>31))*0x9E3779B97F4A7C15ull>>32) & mask;
    while( aSlot[s]>=0 && p->a[aSlot[s]].h!=h ) s = (s+1) & mask;
    if( aSlot[s]>=0 ){
      p->a[aSlot[s]].flags |= p->a[i].flags;
    }else{
      aSlot[s] = j;
      p->a[j++] = p->a[i];
      nUsed++;
    }
  }
  p->n = j;
  nwFree(aSlot);
  return NW_OK;
}

/* Sort and merge duplicates, OR-ing their flags. */
/* Sort a by hash: insertion sort for the few features of a sentence or
** a paragraph (qsort's merge sort and its comparator calls were a tenth
** of a signature), qsort beyond. */
static void sortFeatures(NwFeature *a, int n){
  int i, j;
  if( n>48 ){
    qsort(a, (size_t)n, sizeof(NwFeature), cmpFeature);
    return;
  }
  for(i=1; i<n; i++){
    NwFeature x = a[i];
    for(j=i; j>0 && a[j-1].h>x.h; j--) a[j] = a[j-1];
    a[j] = x;
  }
}

static void bagFinish(NwBag *p){
  int i, j = 0;
  if( p->n>=4096 ) bagDedup(p);       /* on NW_NOMEM the sort merges them */
  sortFeatures(p->a, p->n);
  for(i=0; i<p->n; i++){
    if( j>0 && p->a[j-1].h==p->a[i].h ){
      p->a[j-1].flags |= p->a[i].flags;
    }else{
      p->a[j++] = p->a[i];
    }
  }
  p->n = j;
}

/* The weight of a word written as `flags` says (both texts' flags OR-ed
** for a shared word). */
static double featureWeight(unsigned flags){
  if( (flags & NW_F_NAME) && !(flags & NW_F_LOWER) ) return NW_NAME_WEIGHT;
  if( flags & NW_F_NUMBER ) return NW_NUMBER_WEIGHT;
  return 1.0;
}

/* True if the word at z[i] opens a sentence: only spaces, quotes and
** brackets stand between it and the start or a . ? ! : or line break. */
static int opensSentence(const UChar *z, int32_t i){
  while( i>0 ){
    UChar c = z[i-1];
    if( c=='.' || c=='?' || c=='!' || c==':' || c=='\n' || c=='\r' ) return 1;
    if( !nwIsSpace(c) && !nwIsDoubleQuote(c) && !nwIsApostrophe(c)
     && c!='(' && c!='[' && !nwIsDash(c) ){
      return 0;
    }
    i--;
  }
  return 1;
}

static unsigned wordFlags(const UChar *z, NwSpan s, const char *zNorm,
                          size_t nNorm){
  UChar32 c;
  size_t i;
  for(i=0; i<nNorm; i++){
    if( zNorm[i]>='0' && zNorm[i]<='9' ) return NW_F_NUMBER;
  }
  U16_GET(z, 0, s.iStart, s.iEnd, c);
  if( !u_isupper(c) && !u_istitle(c) ) return NW_F_LOWER;
  return opensSentence(z, s.iStart) ? NW_F_INITIAL : NW_F_NAME;
}

/* The words of a text: from ICU's word breaks, or from spans the caller
** already has (nwBagFromWords). */
typedef struct WordSource WordSource;
struct WordSource {
  const UChar *z;
  int32_t n;
  NwWords *pWords;           /* ICU, opened by sourceRewind() */
  NwBreakCache *pBrk;        /* where it comes from, or NULL */
  NwSpanAt xSpan;            /* or the caller's spans */
  const void *pCtx;
  int nSpan, iSpan;
};

/* Is the normal form z[0..n) a stop word?  By the synonyms' hash of
** them when there are synonyms (no stop word is over 10 bytes), else by
** the sorted list. */
static int featurizerIsStop(const NwFeaturizer *pF, const char *z, size_t n){
  if( pF->pSyn ) return n<=10 && synIsStop(pF->pSyn, nwHashBytes(z, n));
  return nwIsStopWord(z, n);
}

/* Back to the first word; NW_OK or an ICU error. */
static int sourceRewind(WordSource *p){
  if( p->xSpan ){ p->iSpan = 0; return NW_OK; }
  nwWordsClose(p->pWords);
  p->pWords = 0;
  return nwWordsOpenCached(p->pBrk, p->z, p->n, &p->pWords);
}
static int sourceNext(WordSource *p, NwSpan *pSpan){
  if( p->xSpan==0 ) return nwWordsNext(p->pWords, pSpan);
  if( p->iSpan>=p->nSpan ) return NW_DONE;
  p->xSpan(p->pCtx, p->iSpan++, pSpan);
  return NW_ROW;
}

/* Add the words of the source to pBag; stop words only when bStop. */
static int bagAddWords(NwFeaturizer *pF, WordSource *pSrc, int bStop,
                       NwBag *pBag){
  const UChar *z = pSrc->z;
  NwSpan s;
  int rc = sourceRewind(pSrc);
  while( rc==NW_OK && sourceNext(pSrc, &s)==NW_ROW ){
    const char *zStem;
    size_t nStem;
    uint64_t h;
    pF->norm.n = 0;
    rc = nwNormalize(pF->pNorm, z+s.iStart, s.iEnd-s.iStart, &pF->norm);
    if( rc ) break;
    if( pF->norm.n==0 ) continue;
    if( !bStop && featurizerIsStop(pF, pF->norm.z, pF->norm.n) ) continue;
    zStem = nwStem(pF->pStem, pF->norm.z, pF->norm.n, &nStem);
    if( zStem==0 ){ rc = NW_NOMEM; break; }
    h = nwHashBytes(zStem, nStem);
    if( pF->pSyn ) h = nwConceptOf(h);
    rc = bagAppend(pBag, h,
                   bStop ? NW_F_LOWER : wordFlags(z, s, pF->norm.z, pF->norm.n));
  }
  return rc;
}

static int bagFromSource(NwFeaturizer *pF, WordSource *pSrc, NwBag *pBag){
  int rc;
  pBag->n = 0;
  if( pSrc->n<=0 ) return NW_OK;
  rc = bagAddWords(pF, pSrc, 0, pBag);
  if( rc==NW_OK && pBag->n==0 ) rc = bagAddWords(pF, pSrc, 1, pBag);
  if( rc==NW_OK ) bagFinish(pBag);
  nwWordsClose(pSrc->pWords);
  pSrc->pWords = 0;
  return rc;
}

int nwBagFromText(NwFeaturizer *pF, const UChar *z, int32_t n, NwBag *pBag){
  WordSource src;
  memset(&src, 0, sizeof(src));
  src.z = z;
  src.n = n;
  src.pBrk = pF->pBrk;
  return bagFromSource(pF, &src, pBag);
}

int nwBagFromWords(NwFeaturizer *pF, const UChar *z, int32_t n,
                   NwSpanAt xSpan, const void *pCtx, int nSpan, NwBag *pBag){
  WordSource src;
  memset(&src, 0, sizeof(src));
  src.z = z;
  src.n = n;
  src.xSpan = xSpan;
  src.pCtx = pCtx;
  src.nSpan = nSpan;
  return bagFromSource(pF, &src, pBag);
}

void nwBagClear(NwBag *pBag){
  nwFree(pBag->a);
  memset(pBag, 0, sizeof(*pBag));
}

/* One pass over both bags: the total weight of each and of what they
** share, with shared words weighed by both texts' flags. */
void nwBagOverlap(const NwBag *pA, const NwBag *pB, double *pTotA,
                  double *pTotB, double *pShared){
  /* featureWeight() of every combination of the four flags */
  double aW[16];
  int i = 0, j = 0, k;
  double wA = 0, wB = 0, wShared = 0;
  for(k=0; k<16; k++) aW[k] = featureWeight((unsigned)k);
  /* Without branches on the comparison (it mispredicts half the time):
  ** the side that does not move adds 0.0, which leaves a sum unchanged, so
  ** the totals are those of the plain merge to the last bit. */
  while( i<pA->n && j<pB->n ){
    uint64_t x = pA->a[i].h, y = pB->a[j].h;
    unsigned fa = pA->a[i].flags & 15, fb = pB->a[j].flags & 15;
    int lt = x<y, gt = x>y, eq = !(lt|gt);
    double ws = eq*aW[fa|fb];
    wA += lt*aW[fa] + ws;
    wB += gt*aW[fb] + ws;
    wShared += ws;
    i += lt|eq;
    j += gt|eq;
  }
  for(; i<pA->n; i++) wA += aW[pA->a[i].flags & 15];
  for(; j<pB->n; j++) wB += aW[pB->a[j].flags & 15];
  *pTotA = wA;
  *pTotB = wB;
  *pShared = wShared;
}

double nwBagDice(const NwBag *pA, const NwBag *pB){
  double wA, wB, wShared;
  if( pA->n==0 || pB->n==0 ) return 0.0;
  nwBagOverlap(pA, pB, &wA, &wB, &wShared);
  return 2*wShared / (wA + wB);
}

double nwBagContainment(const NwBag *pA, const NwBag *pB){
  double wA, wB, wShared;
  if( pA->n==0 || pB->n==0 ) return 0.0;
  nwBagOverlap(pA, pB, &wA, &wB, &wShared);
  return wShared / wA;
}

double nwBagWeight1(unsigned flags){ return featureWeight(flags); }

double nwBagWeight(const NwBag *p){
  double w = 0;
  int i;
  for(i=0; i<p->n; i++) w += featureWeight(p->a[i].flags);
  return w;
}

/* nwBagOverlap() seen from A: each feature of A looked up in B by binary
** search, B's total corrected for the shared features' flags. */
void nwBagProbe(const NwBag *pA, const NwBag *pB, double wB, double *pDice,
                double *pContain){
  double wA = 0, wShared = 0;
  int i, lo = 0;
  if( pA->n==0 || pB->n==0 ){ *pDice = *pContain = 0.0; return; }
  for(i=0; i<pA->n; i++){
    uint64_t h = pA->a[i].h;
    int hi = pB->n;
    while( lo<hi ){                 /* A is sorted: never search behind */
      int mid = (lo+hi)/2;
      if( pB->a[mid].h<h ) lo = mid+1; else hi = mid;
    }
    if( lo<pB->n && pB->a[lo].h==h ){
      double w = featureWeight(pA->a[i].flags | pB->a[lo].flags);
      wA += w;
      wShared += w;
      wB += w - featureWeight(pB->a[lo].flags);
    }else{
      wA += featureWeight(pA->a[i].flags);
    }
  }
  *pDice = 2*wShared / (wA + wB);
  *pContain = wShared / wA;
}

/* ----------------------------------------------------- similar_passage() */

#define NW_F_STOP 0x10              /* a stop word (nwIsStopWord) */

struct NwPassageTok {
  uint64_t h;
  unsigned flags;                   /* NW_F_*, NW_F_STOP */
  int pos;                          /* index in text order */
};

void nwPassageClear(NwPassage *p){
  nwFree(p->aTok);
  nwFree(p->aFeat);
  nwFree(p->aFeatTok);
  nwFree(p->aMatched);
  memset(p, 0, sizeof(*p));
}

static int cmpPassageTok(const void *a, const void *b){
  const NwPassageTok *x = a, *y = b;
  if( x->h!=y->h ) return x->h<y->h ? -1 : 1;
  return (x->pos>y->pos) - (x->pos<y->pos);
}

/* Grow every array of p to hold n words. */
static int passageReserve(NwPassage *p, int n){
  int nAlloc = p->nAlloc;
  void *a;
  if( n<=p->nAlloc ) return NW_OK;
  if( nwArrayGrow((void**)&p->aTok, &nAlloc, n, sizeof(NwPassageTok)) ){
    return NW_NOMEM;
  }
  /* the others to the same size */
  a = nwRealloc(p->aFeat, sizeof(int)*(size_t)nAlloc);
  if( a==0 ) return NW_NOMEM;
  p->aFeat = a;
  a = nwRealloc(p->aFeatTok, sizeof(NwPassageTok)*(size_t)nAlloc);
  if( a==0 ) return NW_NOMEM;
  p->aFeatTok = a;
  a = nwRealloc(p->aMatched, (size_t)nAlloc);
  if( a==0 ) return NW_NOMEM;
  p->aMatched = a;
  p->nAlloc = nAlloc;
  return NW_OK;
}

int nwPassageRead(NwFeaturizer *pF, const UChar *z, int32_t n, NwPassage *p){
  NwWords *pWords = 0;
  NwSpan s;
  int rc, i, j;
  p->nTok = p->nFeat = 0;
  if( n<=0 ) return NW_OK;
  /* about one word in six characters: most texts need no growing */
  rc = passageReserve(p, n<6000 ? n/6+8 : 1000);
  if( rc ) return rc;
  rc = nwWordsOpenCached(pF->pBrk, z, n, &pWords);
  while( rc==NW_OK && nwWordsNext(pWords, &s)==NW_ROW ){
    const char *zStem;
    size_t nStem;
    unsigned flags;
    NwPassageTok *pT;
    pF->norm.n = 0;
    rc = nwNormalize(pF->pNorm, z+s.iStart, s.iEnd-s.iStart, &pF->norm);
    if( rc ) break;
    if( pF->norm.n==0 ) continue;
    zStem = nwStem(pF->pStem, pF->norm.z, pF->norm.n, &nStem);
    if( zStem==0 ){ rc = NW_NOMEM; break; }
    if( featurizerIsStop(pF, pF->norm.z, pF->norm.n) ){
      flags = NW_F_STOP | NW_F_LOWER;
    }else{
      flags = wordFlags(z, s, pF->norm.z, pF->norm.n);
    }
    rc = passageReserve(p, p->nTok+1);
    if( rc ) break;
    pT = &p->aTok[p->nTok];
    pT->h = nwHashBytes(zStem, nStem);
    /* a stop word is its own feature ("was" and "were" need not meet) */
    if( pF->pSyn && !(flags & NW_F_STOP) ) pT->h = nwConceptOf(pT->h);
    pT->flags = flags;
    pT->pos = p->nTok++;
  }
  nwWordsClose(pWords);
  if( rc ) return rc;
  /* the distinct features, each word's feature, flags OR-ed */
  if( p->nTok>48 ){
    qsort(p->aTok, (size_t)p->nTok, sizeof(NwPassageTok), cmpPassageTok);
  }else{
    for(i=1; i<p->nTok; i++){      /* a sentence: insertion sort is faster */
      NwPassageTok t = p->aTok[i];
      for(j=i; j>0 && cmpPassageTok(&p->aTok[j-1], &t)>0; j--){
        p->aTok[j] = p->aTok[j-1];
      }
      p->aTok[j] = t;
    }
  }
  for(i=j=0; i<p->nTok; i++){
    if( j>0 && p->aFeatTok[j-1].h==p->aTok[i].h ){
      p->aFeatTok[j-1].flags |= p->aTok[i].flags;
    }else{
      p->aFeatTok[j++] = p->aTok[i];
    }
    p->aFeat[p->aTok[i].pos] = j-1;
  }
  p->nFeat = j;
  return NW_OK;
}

/* A feature's kind: 0 an ordinary word, 1 a figure, 2 a name, 3 a stop
** word. */
static int simKind(unsigned f){
  if( f & NW_F_NUMBER ) return 1;
  if( f & NW_F_STOP ) return 3;
  if( (f & NW_F_NAME) && !(f & NW_F_LOWER) ) return 2;
  return 0;
}

/* A feature's weight for and against, by its flags. */
static double simWeight(unsigned f, int bShared){
  if( f & NW_F_NUMBER ) return bShared ? NW_SIM_W_NUMBER : NW_SIM_U_NUMBER;
  if( f & NW_F_STOP ) return bShared ? NW_SIM_W_STOP : NW_SIM_U_STOP;
  if( (f & NW_F_NAME) && !(f & NW_F_LOWER) ){
    return bShared ? NW_SIM_W_NAME : NW_SIM_U_NAME;
  }
  return bShared ? NW_SIM_W_WORD : NW_SIM_U_WORD;
}

/* The weight against of p's unshared features, and of its longest run of
** words the other text lacks; *pWords the part of it from ordinary words. */
static double passageAgainst(const NwPassage *p, double *pWords){
  double w = 0, wWords = 0;
  int i, nRun = 0, nLongest = 0;
  for(i=0; i<p->nFeat; i++){
    if( !p->aMatched[i] ){
      unsigned f = p->aFeatTok[i].flags;
      double x = simWeight(f, 0);
      w += x;
      if( simKind(f)==0 ) wWords += x;
    }
  }
  for(i=0; i<p->nTok; i++){
    if( p->aMatched[p->aFeat[i]] ){
      nRun = 0;
    }else if( ++nRun>nLongest ){
      nLongest = nRun;
    }
  }
  if( nLongest>NW_SIM_RUN_FREE ) w += NW_SIM_RUN*(nLongest-NW_SIM_RUN_FREE);
  *pWords = wWords;
  return w;
}

void nwPassageScore(NwPassage *pA, NwPassage *pB, double *pAinB,
                    double *pBinA){
  double aShared[4] = {0, 0, 0, 0}, shared, uA, uB, uWordsA, uWordsB, carry;
  int i = 0, j = 0;
  *pAinB = *pBinA = 0.0;
  if( pA->nFeat==0 || pB->nFeat==0 ) return;
  memset(pA->aMatched, 0, (size_t)pA->nFeat);
  memset(pB->aMatched, 0, (size_t)pB->nFeat);
  while( i<pA->nFeat && j<pB->nFeat ){
    uint64_t x = pA->aFeatTok[i].h, y = pB->aFeatTok[j].h;
    if( x<y ){
      i++;
    }else if( x>y ){
      j++;
    }else{
      unsigned f = pA->aFeatTok[i].flags | pB->aFeatTok[j].flags;
      aShared[simKind(f)] += simWeight(f, 1);
      pA->aMatched[i++] = 1;
      pB->aMatched[j++] = 1;
    }
  }
  uA = passageAgainst(pA, &uWordsA);
  uB = passageAgainst(pB, &uWordsB);
  /* names and stop words carry as much as the pair's words agree (the
  ** smaller containment of the ordinary words): shared alone, they make
  ** the same story, not the same statement */
  if( uWordsA<uWordsB ) uWordsA = uWordsB;
  carry = aShared[0]+uWordsA>0 ? aShared[0]/(aShared[0]+uWordsA) : 1.0;
  if( !NW_SIM_CARRY ) carry = 1.0;
  if( NW_SIM_CARRY==2 ) carry = sqrt(carry);
  shared = aShared[0] + aShared[1] + carry*aShared[2]
         + (NW_SIM_CARRY==3 ? carry : 1.0)*aShared[3];
  if( shared<=0 ) return;
  *pAinB = shared / (shared + NW_SIM_LAMBDA*uA);
  *pBinA = shared / (shared + NW_SIM_LAMBDA*uB);
}

/* ------------------------------------------------------------ signatures */

/* MinHash with NW_SIG_K hash functions h_i(x) = a_i*x + b_i (mod 2^32),
** a_i odd, over the 32-bit feature hashes; each slot keeps the top 16 bits
** of its minimum (b-bit MinHash).  The a_i, b_i are fixed
** (nw_minhash_seeds.h), so signatures are comparable across builds and
** machines. */

/* The slots' minima over the bag's features.  The loop has no branch and
** vectorises; baseline x86-64 (SSE2) has no unsigned 32-bit minimum, so
** the same source is also compiled for SSE4.1 and AVX2 and the loader
** picks the one the CPU runs (GCC's target_clones: an ifunc).  Integer
** arithmetic: every clone gives the same bytes (tests/c/test_lexicon.c
** compares with minhashPortable()). */
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) \
    && !defined(NW_NO_CLONES)
# define NW_MINHASH_CLONES __attribute__((target_clones("avx2","sse4.1","default")))
#else
# define NW_MINHASH_CLONES
#endif
#define NW_MINHASH_BODY                                              \
  int i, j;                                                          \
  for(i=0; i<NW_SIG_K; i++) aMin[i] = 0xFFFFFFFFu;                   \
  for(j=0; j<pBag->n; j++){                                          \
    uint32_t x = (uint32_t)(pBag->a[j].h ^ (pBag->a[j].h>>32));      \
    for(i=0; i<NW_SIG_K; i++){                                       \
      uint32_t v = nwMinhashA[i]*x + nwMinhashB[i];                  \
      aMin[i] = v<aMin[i] ? v : aMin[i];                             \
    }                                                                \
  }
NW_MINHASH_CLONES
static void minhash(const NwBag *pBag, uint32_t *aMin){ NW_MINHASH_BODY }
static void minhashPortable(const NwBag *pBag, uint32_t *aMin){ NW_MINHASH_BODY }

static void signatureOf(const NwBag *pBag, unsigned char *aSig, int bPortable){
  uint32_t aMin[NW_SIG_K];
  int i;
  if( bPortable ) minhashPortable(pBag, aMin); else minhash(pBag, aMin);
  aSig[0] = 'N'; aSig[1] = 'W'; aSig[2] = 'S'; aSig[3] = NW_SIG_VERSION;
  aSig[4] = NW_SIG_K & 0xff; aSig[5] = (NW_SIG_K>>8) & 0xff;
  aSig[6] = 16; aSig[7] = 0;                       /* bits per slot */
  for(i=0; i<4; i++) aSig[8+i] = (unsigned char)((uint32_t)pBag->n >> (8*i));
  for(i=0; i<NW_SIG_K; i++){
    uint16_t v = pBag->n ? (uint16_t)(aMin[i]>>16) : NW_SIG_EMPTY;
    aSig[NW_SIG_HEADER+2*i] = (unsigned char)(v & 0xff);
    aSig[NW_SIG_HEADER+2*i+1] = (unsigned char)(v>>8);
  }
}

void nwSignature(const NwBag *pBag, unsigned char *aSig){
  signatureOf(pBag, aSig, 0);
}
void nwSignaturePortable(const NwBag *pBag, unsigned char *aSig){
  signatureOf(pBag, aSig, 1);
}

int nwSignatureCheck(const unsigned char *a, size_t n, const char **pzWhy){
  if( n!=NW_SIG_BYTES ){
    *pzWhy = "wrong length";
  }else if( a[0]!='N' || a[1]!='W' || a[2]!='S' ){
    *pzWhy = "no NWS header";
  }else if( a[3]==1 ){
    *pzWhy = "signature version 1, made by an older newswire from other"
             " features; this build reads version 2: remake it with"
             " passage_signature(text)";
  }else if( a[3]!=NW_SIG_VERSION ){
    *pzWhy = "unknown signature version; this build reads version 2";
  }else if( (a[4] | a[5]<<8)!=NW_SIG_K || a[6]!=16 || a[7]!=0 ){
    *pzWhy = "unsupported slot count or width";
  }else{
    return NW_OK;
  }
  return NW_ERROR;
}

uint32_t nwSignatureFeatures(const unsigned char *a){
  return (uint32_t)a[8] | (uint32_t)a[9]<<8 | (uint32_t)a[10]<<16
       | (uint32_t)a[11]<<24;
}

double nwSignatureSimilarity(const unsigned char *a, const unsigned char *b){
  const unsigned char *x = a + NW_SIG_HEADER, *y = b + NW_SIG_HEADER;
  int i, nEqual = 0;
  if( nwSignatureFeatures(a)==0 || nwSignatureFeatures(b)==0 ) return 0.0;
  /* Slot by slot on the bytes: this is the inner loop of pair listing. */
  for(i=0; i<2*NW_SIG_K; i+=2){
    nEqual += (x[i]==y[i]) & (x[i+1]==y[i+1]);
  }
  return (double)nEqual / NW_SIG_K;
}
