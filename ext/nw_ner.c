/*
** nw_ner.c: the learned name tagger (see nw_ner.h).  The features must stay
** byte for byte those of ext/ner/ner_features.py, which trains the model.
*/
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include "nw_ner.h"
#include "nw_mem.h"
#include "nw_text.h"

typedef struct NerTok NerTok;
struct NerTok {
  size_t s, e;
  uint32_t hW, hWraw, hS, hR;    /* hashes: word (lower), word, shape, rule */
  unsigned char bLine, bLend, bFirst, bCand0, bHashed;
  unsigned char bLow, bTwoUp;    /* an ASCII lower-case letter; two capitals */
  unsigned char nShape, nFold;
  char zShape[8];
  char zFold[64];                /* the word as the features read it */
};

#define FNV_START 2166136261u
static uint32_t fnv(uint32_t h, const char *z, size_t n){
  size_t i;
  for(i=0; i<n; i++) h = (h ^ (unsigned char)z[i]) * 16777619u;
  return h;
}
static uint32_t fnvLower(uint32_t h, const char *z, size_t n){
  size_t i;
  for(i=0; i<n; i++){
    unsigned char c = (unsigned char)z[i];
    if( c>='A' && c<='Z' ) c += 32;
    h = (h ^ c) * 16777619u;
  }
  return h;
}
static uint32_t fnvStr(uint32_t h, const char *z){ return fnv(h, z, strlen(z)); }

/* A feature's row: the FNV-1a hashes of its parts combined by FNV steps,
** then a finaliser (ner_features.py's feature_hash()). */
#define MIX(h, p) (((h) ^ (p)) * 16777619u)
static uint32_t rowOf(uint32_t h){
  h ^= h >> 16;
  h *= 0x45D9F3Bu;
  h ^= h >> 16;
  return h & (NW_NER_ROWS-1);
}

/* The templates, in the order of ner_features.py. */
enum { T_B, T_W, T_WRAW, T_S, T_P3, T_P4, T_X2, T_X3, T_X4, T_WM1, T_WP1,
  T_WM2, T_WP2, T_SM1, T_SP1, T_SS, T_WS, T_WN, T_F, T_C, T_CW, T_R, T_RS,
  T_RM1, T_RP1, T_RW, T_T1, T_T12, T_T1W, T_T1S, T_COUNT };
static const char *const azTemplate[T_COUNT] = {"b", "w=", "W=", "s=", "p3=",
  "p4=", "x2=", "x3=", "x4=", "w-1=", "w+1=", "w-2=", "w+2=", "s-1=", "s+1=",
  "ss=", "ws=", "wn=", "f=", "c=", "cw=", "r=", "rs=", "r-1=", "r+1=", "rw=",
  "t1=", "t12=", "t1w=", "t1s="};
/* The rules' labels: O, N (a date or figure), then B- and I- of each name
** type of NwNerRule.iName. */
static const char *const azRuleLabel[16] = {"O", "N", "B-PERSON", "I-PERSON",
  "B-ORG", "I-ORG", "B-GPE", "I-GPE", "B-LOC", "I-LOC", "B-NORP", "I-NORP",
  "B-EVENT", "I-EVENT", "B-LAW", "I-LAW"};

typedef struct NerConst NerConst;
struct NerConst {
  uint32_t aTpl[T_COUNT];        /* FNV of each template, pre-mixed */
  uint32_t hCaret, hDollar, h0, h1;
  uint32_t aLab[NW_NER_NLAB];    /* "0".."8" */
  uint32_t aRule[16];
};

static void nerConstInit(NerConst *c){
  int i;
  for(i=0; i<T_COUNT; i++) c->aTpl[i] = MIX(FNV_START, fnvStr(FNV_START, azTemplate[i]));
  c->hCaret = fnvStr(FNV_START, "^");
  c->hDollar = fnvStr(FNV_START, "$");
  c->h0 = fnvStr(FNV_START, "0");
  c->h1 = fnvStr(FNV_START, "1");
  for(i=0; i<NW_NER_NLAB; i++){
    char zD[2] = { (char)('0'+i), 0 };
    c->aLab[i] = fnvStr(FNV_START, zD);
  }
  for(i=0; i<16; i++) c->aRule[i] = fnvStr(FNV_START, azRuleLabel[i]);
}

static int isLead(unsigned char c){
  switch( c ){ case '"': case '\'': case '(': case '[': case '{': case '`': return 1; }
  return 0;
}
static int isTrail(unsigned char c){
  switch( c ){
    case '"': case '\'': case ')': case ']': case '}': case '.': case ',':
    case ';': case ':': case '!': case '?': return 1;
  }
  return 0;
}
/* A curly quote: U+201C, U+201D, U+2018, U+2019 (3 bytes at z). */
static int isCurly(const char *z){
  return (unsigned char)z[0]==0xE2 && (unsigned char)z[1]==0x80
      && ((unsigned char)z[2]==0x9C || (unsigned char)z[2]==0x9D
       || (unsigned char)z[2]==0x98 || (unsigned char)z[2]==0x99);
}

/* U+00C0..U+00FF without accents; 0: kept as it is. */
static const char zFoldLatin1[] =
  "AAAAAAACEEEEIIIIDNOOOOO\0OUUUUYTsaaaaaaaceeeeiiiidnooooo\0ouuuuyty";

/* U+0100..U+017F (Latin Extended-A) without accents. */
static const char zFoldLatinA[] = "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

/* t->zFold: Latin-1 and Latin Extended-A letters without their accents,
** at most 64 bytes. */
static void foldOf(NerTok *t, const char *z){
  size_t i = t->s;
  int n = 0;
  while( i<t->e && n<64 ){
    unsigned char c = (unsigned char)z[i];
    if( c==0xC3 && i+1<t->e && (unsigned char)z[i+1]>=0x80
     && (unsigned char)z[i+1]<=0xBF && zFoldLatin1[(unsigned char)z[i+1]-0x80] ){
      t->zFold[n++] = zFoldLatin1[(unsigned char)z[i+1]-0x80];
      i += 2;
      continue;
    }
    if( (c==0xC4 || c==0xC5) && i+1<t->e && ((unsigned char)z[i+1]&0xC0)==0x80 ){
      t->zFold[n++] = zFoldLatinA[(c-0xC4)*64 + ((unsigned char)z[i+1]-0x80)];
      i += 2;
      continue;
    }
    t->zFold[n++] = (char)c;
    i++;
  }
  t->nFold = (unsigned char)n;
}

/* A capital letter of Latin-1, Latin Extended-A, Greek or Cyrillic. */
static int upperCp(unsigned cp){
  if( cp>=0xC0 && cp<=0xDE ) return cp!=0xD7;
  if( (cp>=0x100 && cp<=0x137) || (cp>=0x14A && cp<=0x177) ) return cp%2==0;
  if( cp>=0x139 && cp<=0x148 ) return cp%2==1;
  if( cp==0x178 || cp==0x179 || cp==0x17B || cp==0x17D ) return 1;
  return (cp>=0x391 && cp<=0x3A9) || (cp>=0x400 && cp<=0x42F);
}

static int hasUpper(const char *z, size_t s, size_t e){
  for(; s<e; s++){
    unsigned char c = (unsigned char)z[s];
    if( c>='A' && c<='Z' ) return 1;
    if( c>=0xC2 && c<=0xDF && s+1<e && ((unsigned char)z[s+1]&0xC0)==0x80
     && upperCp(((unsigned)(c&0x1F)<<6) | ((unsigned char)z[s+1]&0x3F)) ) return 1;
  }
  return 0;
}

typedef struct NerLine NerLine;
struct NerLine {
  NerConst k;
  const char *z;
  NerTok *a;
  int n, nAlloc;                 /* a[0..n): the line's words so far */
  int bCaps;
  const NwNerRule *aRule;
  int nRule, iRule;              /* rules with start <= the token's: iRule */
};

/* The rules' label of a token (an index of azRuleLabel): the first name
** mention among the last 8 that open at or before it and hold it, else N
** if a figure holds it, else O. */
static int ruleLabel(NerLine *pL, size_t s, size_t e){
  int iLab = 0, k;
  while( pL->iRule<pL->nRule && pL->aRule[pL->iRule].iStart<=s ) pL->iRule++;
  for(k=pL->iRule>8 ? pL->iRule-8 : 0; k<pL->iRule; k++){
    const NwNerRule *r = &pL->aRule[k];
    if( r->iStart<=s && e<=r->iEnd ){
      if( r->iName>=0 && r->iName<7 ) return 2 + 2*r->iName + (s!=r->iStart);
      iLab = 1;
    }
  }
  return iLab;
}

/* Rows of the static features of token i. */
static int staticRows(const NerLine *pL, int i, uint32_t *aRow){
  const NerConst *c = &pL->k;
  const NerTok *a = pL->a, *t = &a[i];
  size_t nW = t->nFold, k;
  char zL[4];
  int n = 0;
  /* neighbours, or ^ / $ */
  uint32_t wm1 = t->bLine ? c->hCaret : a[i-1].hW;
  uint32_t wm2 = (t->bLine || a[i-1].bLine) ? c->hCaret : a[i-2].hW;
  uint32_t wp1 = t->bLend ? c->hDollar : a[i+1].hW;
  uint32_t wp2 = (t->bLend || a[i+1].bLend) ? c->hDollar : a[i+2].hW;
  uint32_t sm1 = t->bLine ? c->hCaret : a[i-1].hS;
  uint32_t sp1 = t->bLend ? c->hDollar : a[i+1].hS;
  uint32_t rm1 = t->bLine ? c->hCaret : a[i-1].hR;
  uint32_t rp1 = t->bLend ? c->hDollar : a[i+1].hR;
  uint32_t f = t->bFirst ? c->h1 : c->h0;
  uint32_t cc = pL->bCaps ? c->h1 : c->h0;
  for(k=0; k<4 && k<nW; k++){
    unsigned char ch = (unsigned char)t->zFold[k];
    zL[k] = (char)(ch>='A' && ch<='Z' ? ch+32 : ch);
  }
#define R1(T, p) (aRow[n++] = rowOf(MIX(c->aTpl[T], p)))
#define R2(T, p, q) (aRow[n++] = rowOf(MIX(MIX(c->aTpl[T], p), q)))
  aRow[n++] = rowOf(c->aTpl[T_B]);
  R1(T_W, t->hW);
  R1(T_WRAW, t->hWraw);
  R1(T_S, t->hS);
  R1(T_P3, fnv(FNV_START, zL, nW<3 ? nW : 3));
  R1(T_P4, fnv(FNV_START, zL, nW<4 ? nW : 4));
  k = nW<2 ? nW : 2; R1(T_X2, fnvLower(FNV_START, t->zFold+nW-k, k));
  k = nW<3 ? nW : 3; R1(T_X3, fnvLower(FNV_START, t->zFold+nW-k, k));
  k = nW<4 ? nW : 4; R1(T_X4, fnvLower(FNV_START, t->zFold+nW-k, k));
  R1(T_WM1, wm1);
  R1(T_WP1, wp1);
  R1(T_WM2, wm2);
  R1(T_WP2, wp2);
  R1(T_SM1, sm1);
  R1(T_SP1, sp1);
  aRow[n++] = rowOf(MIX(MIX(MIX(c->aTpl[T_SS], sm1), t->hS), sp1));
  R2(T_WS, wm1, t->hW);
  R2(T_WN, t->hW, wp1);
  R2(T_F, f, t->hS);
  R2(T_C, cc, t->hS);
  R2(T_CW, cc, t->hW);
  R1(T_R, t->hR);
  R2(T_RS, t->hR, t->hS);
  R1(T_RM1, rm1);
  R1(T_RP1, rp1);
  R2(T_RW, t->hR, t->hW);
  return n;
}

/* A word that may continue a name between two capitalised ones: "&",
** "'s" or up to four lower-case letters ("of", "and", "de", "van", "bin"). */
static int connectorLike(const char *z, size_t s, size_t e){
  size_t k;
  if( e-s==1 && z[s]=='&' ) return 1;
  if( e-s==2 && z[s]=='\'' && z[s+1]=='s' ) return 1;
  if( e-s>4 ) return 0;
  for(k=s; k<e; k++) if( z[k]<'a' || z[k]>'z' ) return 0;
  return 1;
}

static int allowed(int lab, int t1){
  if( lab==0 || lab%2==1 ) return 1;
  return t1>0 && (t1+1)/2==lab/2;
}

static int addSpan(NwNerSpanList *p, size_t s, size_t e, int eType, int nWord,
                   int iMargin){
  NwNerSpan *q;
  if( nwArrayGrow((void**)&p->a, &p->nAlloc, p->n+1, sizeof(NwNerSpan)) ) return NW_NOMEM;
  q = &p->a[p->n++];
  q->iStart = s; q->iEnd = e; q->eType = eType; q->nWord = nWord; q->iMargin = iMargin;
  return NW_OK;
}

/* The folded word, shape and hashes of a token, made when a word within
** two of it is scored. */
static void hashTok(NerLine *pL, NerTok *t){
  int i, bShape = 1;
  uint32_t hW = FNV_START, hWraw = FNV_START;
  if( t->bHashed ) return;
  foldOf(t, pL->z);
  /* the shape (runs of X, x, d, u or the byte itself, at most 8) and the
  ** hashes of the folded word, lower-cased and as it is, in one pass */
  t->nShape = 0;
  for(i=0; i<t->nFold; i++){
    unsigned char c = (unsigned char)t->zFold[i];
    char k;
    hWraw = (hWraw ^ c) * 16777619u;
    if( c>='A' && c<='Z' ){ k = 'X'; hW = (hW ^ (unsigned char)(c+32)) * 16777619u; }
    else{
      hW = (hW ^ c) * 16777619u;
      if( c>='a' && c<='z' ) k = 'x';
      else if( c>='0' && c<='9' ) k = 'd';
      else if( c>=0x80 ) k = 'u';
      else k = (char)c;
    }
    if( bShape && (t->nShape==0 || t->zShape[t->nShape-1]!=k) ){
      if( t->nShape>=8 ) bShape = 0;
      else t->zShape[t->nShape++] = k;
    }
  }
  t->hW = hW;
  t->hWraw = hWraw;
  t->hS = fnv(FNV_START, t->zShape, t->nShape);
  t->hR = pL->k.aRule[ruleLabel(pL, t->s, t->e)];
  t->bHashed = 1;
}

/* sc[0..9): the sums of the weights of rows aRow[0..nRow). */
static void addRows(const uint32_t *aRow, int nRow, int32_t *sc){
  int r;
#if defined(__SSE2__)
  /* labels 0-7 as two vectors of four int32, label 8 alone: a row's first
  ** 16 bytes are its labels 0-7 */
  __m128i lo = _mm_setzero_si128(), hi = _mm_setzero_si128();
  int32_t s8 = 0;
  for(r=0; r<nRow; r++){
    const int16_t *w = &aNwNerWeight[(size_t)aRow[r]*NW_NER_NLAB];
    __m128i x = _mm_loadu_si128((const __m128i*)w);
    __m128i sign = _mm_srai_epi16(x, 15);
    lo = _mm_add_epi32(lo, _mm_unpacklo_epi16(x, sign));
    hi = _mm_add_epi32(hi, _mm_unpackhi_epi16(x, sign));
    s8 += w[8];
  }
  _mm_storeu_si128((__m128i*)sc, lo);
  _mm_storeu_si128((__m128i*)(sc+4), hi);
  sc[8] = s8;
#else
  int k;
  memset(sc, 0, sizeof(int32_t)*NW_NER_NLAB);
  for(r=0; r<nRow; r++){
    const int16_t *w = &aNwNerWeight[(size_t)aRow[r]*NW_NER_NLAB];
    for(k=0; k<NW_NER_NLAB; k++) sc[k] += w[k];
  }
#endif
}

/* Tag one line's words a[0..n). */
static int tagLine(NerLine *pL, NwNerSpanList *pOut){
  int i, t1 = -1, t2 = -1, rc = NW_OK;
  for(i=0; i<pL->n && !pL->a[i].bCand0; i++){}
  if( i==pL->n ) return NW_OK;                /* no capital: no name */
  int iOpen = -1, iMargin = 0;
  uint32_t aRow[40];
  for(i=0; i<pL->n; i++){
    const NerTok *t = &pL->a[i];
    int lab = 0;
    int bCand = t->bCand0 || (t1>0 && !t->bLend && pL->a[i+1].bCand0
                               && connectorLike(pL->z, t->s, t->e));
    int margin = 0;
    if( bCand ){
      int32_t sc[NW_NER_NLAB];
      int nRow, k, best = -1, second = -1;
      const NerConst *c = &pL->k;
      uint32_t h1, h2;
      for(k=i-2; k<=i+2; k++) if( k>=0 && k<pL->n ) hashTok(pL, &pL->a[k]);
      nRow = staticRows(pL, i, aRow);
      h1 = t1<0 ? c->hCaret : c->aLab[t1];
      h2 = t2<0 ? c->hCaret : c->aLab[t2];
      aRow[nRow++] = rowOf(MIX(c->aTpl[T_T1], h1));
      aRow[nRow++] = rowOf(MIX(MIX(c->aTpl[T_T12], h1), h2));
      aRow[nRow++] = rowOf(MIX(MIX(c->aTpl[T_T1W], h1), t->hW));
      aRow[nRow++] = rowOf(MIX(MIX(c->aTpl[T_T1S], h1), t->hS));
      addRows(aRow, nRow, sc);
      for(k=0; k<NW_NER_NLAB; k++){
        if( !allowed(k, t1) ) continue;
        if( best<0 || sc[k]>sc[best] ){ second = best; best = k; }
        else if( second<0 || sc[k]>sc[second] ) second = k;
      }
      lab = best;
      margin = second>=0 ? sc[best]-sc[second] : 0;
    }
    /* close the open span unless this word continues it */
    if( iOpen>=0 && !(lab!=0 && lab%2==0 && (lab+1)/2==(t1+1)/2) ){
      rc = addSpan(pOut, pL->a[iOpen].s, pL->a[i-1].e, (t1+1)/2, i-iOpen, iMargin);
      iOpen = -1;
      if( rc ) return rc;
    }
    if( lab%2==1 ){ iOpen = i; iMargin = margin; }
    t2 = t1;
    t1 = lab;
  }
  if( iOpen>=0 ){
    rc = addSpan(pOut, pL->a[iOpen].s, pL->a[pL->n-1].e, (t1+1)/2, pL->n-iOpen, iMargin);
  }
  return rc;
}

/* Per-line flags, then the tags of the line. */
static int finishLine(NerLine *pL, NwNerSpanList *pOut){
  int i, bLow = 0, bTwo = 0;
  if( pL->n==0 ) return NW_OK;
  for(i=0; i<pL->n; i++){
    NerTok *t = &pL->a[i];
    t->bLend = i==pL->n-1;
    t->bFirst = t->bLine || (i>0 && pL->a[i-1].e-pL->a[i-1].s==1
                 && strchr(".?!", pL->z[pL->a[i-1].s])!=0);
    bLow |= t->bLow;
    bTwo |= t->bTwoUp;
  }
  pL->bCaps = !bLow && bTwo;
  return tagLine(pL, pOut);
}

static int pushTok(NerLine *pL, size_t s, size_t e, int *pbLine,
                   NwNerSpanList *pOut){
  NerTok *t;
  int rc = NW_OK;
  if( pL->n==NW_NER_MAX_LINE ){          /* a chunk of a long line */
    rc = finishLine(pL, pOut);
    pL->n = 0;
    *pbLine = 1;
    if( rc ) return rc;
  }
  if( pL->n>=pL->nAlloc
   && nwArrayGrow((void**)&pL->a, &pL->nAlloc, pL->n+1, sizeof(NerTok)) ){
    return NW_NOMEM;
  }
  t = &pL->a[pL->n++];
  t->s = s;
  t->e = e;
  t->bLine = (unsigned char)*pbLine;
  *pbLine = 0;
  t->bLend = 0;
  t->bCand0 = (unsigned char)hasUpper(pL->z, s, e);
  {
    size_t k;
    int nUp = 0;
    t->bLow = 0;
    for(k=s; k<e; k++){
      unsigned char c = (unsigned char)pL->z[k];
      if( c>='a' && c<='z' ) t->bLow = 1;
      else if( c>='A' && c<='Z' ) nUp++;
    }
    t->bTwoUp = nUp>=2;
  }
  t->bHashed = 0;
  return NW_OK;
}

int nwNerTag(const char *z, size_t n, const NwNerRule *aRule, int nRule,
             NwNerSpanList *pOut){
  NerLine L;
  size_t i = 0;
  int bLine = 1, rc = NW_OK;
  memset(&L, 0, sizeof(L));
  L.z = z;
  L.aRule = aRule;
  L.nRule = nRule;
  nerConstInit(&L.k);
  while( i<n && rc==NW_OK ){
    unsigned char c = (unsigned char)z[i];
    size_t s, e, k;
    size_t aTail[64], aTailLen[64];
    int nTail = 0;
    if( c<=0x20 ){
      /* a line break, a tab or two spaces or more: the words on either
      ** side are not of one name */
      size_t w = i;
      int bBreak = 0;
      while( w<n && (unsigned char)z[w]<=0x20 ){
        bBreak |= z[w]=='\n' || z[w]=='\r' || z[w]=='\t';
        w++;
      }
      if( (bBreak || w-i>1) && !bLine ){
        rc = finishLine(&L, pOut);
        L.n = 0;
        bLine = 1;
      }
      i = w;
      continue;
    }
    s = i;
    while( i<n && (unsigned char)z[i]>0x20 ) i++;
    e = i;
    while( rc==NW_OK && s<e ){
      if( isLead((unsigned char)z[s]) ){
        rc = pushTok(&L, s, s+1, &bLine, pOut);
        s++;
      }else if( e-s>=3 && isCurly(z+s) ){
        rc = pushTok(&L, s, s+3, &bLine, pOut);
        s += 3;
      }else{
        break;
      }
    }
    while( s<e && nTail<64 ){
      if( e-s>=3 && isCurly(z+e-3) ){
        aTail[nTail] = e-3;
        aTailLen[nTail++] = 3;
        e -= 3;
        continue;
      }
      if( !isTrail((unsigned char)z[e-1]) ) break;
      if( z[e-1]=='.' && e-1>s && (e-1-s==1 || memchr(z+s, '.', e-1-s)) ) break;
      aTail[nTail] = e-1;
      aTailLen[nTail++] = 1;
      e--;
    }
    if( rc==NW_OK && e-s>2 && z[e-2]=='\'' && (z[e-1]=='s' || z[e-1]=='S') ){
      rc = pushTok(&L, s, e-2, &bLine, pOut);
      if( rc==NW_OK ) rc = pushTok(&L, e-2, e, &bLine, pOut);
    }else if( rc==NW_OK && e-s>4 && memcmp(z+e-4, "\xe2\x80\x99", 3)==0
           && (z[e-1]=='s' || z[e-1]=='S') ){
      rc = pushTok(&L, s, e-4, &bLine, pOut);
      if( rc==NW_OK ) rc = pushTok(&L, e-4, e, &bLine, pOut);
    }else if( rc==NW_OK && e>s ){
      rc = pushTok(&L, s, e, &bLine, pOut);
    }
    for(k=(size_t)nTail; rc==NW_OK && k>0; k--){
      rc = pushTok(&L, aTail[k-1], aTail[k-1]+aTailLen[k-1], &bLine, pOut);
    }
  }
  if( rc==NW_OK ) rc = finishLine(&L, pOut);
  nwFree(L.a);
  return rc;
}
