/*
** nw_ner.c: the learned name tagger (see nw_ner.h).  The features must stay
** byte for byte those of ext/ner/ner_features.py, which trains the model.
*/
#include <string.h>
#include "nw_ner.h"
#include "nw_mem.h"
#include "nw_text.h"

typedef struct NerTok NerTok;
struct NerTok {
  size_t s, e;
  const char *zRule;             /* "B-PERSON", "N", "O", ... */
  unsigned char bLine, bLend, bFirst, bCand0;
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

static int isLead(unsigned char c){ return c && strchr("\"'([{`", c)!=0; }
static int isTrail(unsigned char c){ return c && strchr("\"')]}.,;:!?", c)!=0; }

/* U+00C0..U+00FF without accents; 0: kept as it is. */
static const char zFoldLatin1[] =
  "AAAAAAACEEEEIIIIDNOOOOO\0OUUUUYTsaaaaaaaceeeeiiiidnooooo\0ouuuuyty";

/* t->zFold: Latin-1 letters without their accents, at most 64 bytes. */
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
    t->zFold[n++] = (char)c;
    i++;
  }
  t->nFold = (unsigned char)n;
}

static void shapeOf(NerTok *t){
  int i;
  t->nShape = 0;
  for(i=0; i<t->nFold; i++){
    unsigned char c = (unsigned char)t->zFold[i];
    char k;
    if( c>='A' && c<='Z' ) k = 'X';
    else if( c>='a' && c<='z' ) k = 'x';
    else if( c>='0' && c<='9' ) k = 'd';
    else if( c>=0x80 ) k = 'u';
    else k = (char)c;
    if( t->nShape==0 || t->zShape[t->nShape-1]!=k ){
      if( t->nShape>=8 ) break;
      t->zShape[t->nShape++] = k;
    }
  }
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
  const char *z;
  NerTok *a;
  int n;
  int bCaps;
  const NwNerRule *aRule;
  int nRule, iRule;              /* rules with start <= the token's: iRule */
};

/* The rules' label of a token: the first name mention among the last 8
** that open at or before it and hold it, else "N" if a figure holds it. */
static const char *ruleLabel(NerLine *pL, size_t s, size_t e){
  static const char *const azB[] = {"B-PERSON","B-ORG","B-GPE","B-LOC",
    "B-NORP","B-EVENT","B-LAW",0};
  static const char *const azI[] = {"I-PERSON","I-ORG","I-GPE","I-LOC",
    "I-NORP","I-EVENT","I-LAW",0};
  const char *zLab = "O";
  int k;
  while( pL->iRule<pL->nRule && pL->aRule[pL->iRule].iStart<=s ) pL->iRule++;
  for(k=pL->iRule>8 ? pL->iRule-8 : 0; k<pL->iRule; k++){
    const NwNerRule *r = &pL->aRule[k];
    if( r->iStart<=s && e<=r->iEnd ){
      if( r->bName ){
        int m;
        for(m=0; azB[m]; m++){
          if( strcmp(azB[m]+2, r->zType)==0 ) return s==r->iStart ? azB[m] : azI[m];
        }
      }
      zLab = "N";
    }
  }
  return zLab;
}

/* Rows of the static features of token i. */
static int staticRows(const NerLine *pL, int i, uint32_t *aRow){
  const NerTok *a = pL->a, *t = &a[i];
  size_t nW = t->nFold, k;
  const char *zW = t->zFold;
  int n = 0;
  uint32_t h;
  /* neighbours: word (lower), shape, rule label, or ^ / $ */
  const NerTok *m1 = t->bLine ? 0 : &a[i-1];
  const NerTok *m2 = (t->bLine || a[i-1].bLine) ? 0 : &a[i-2];
  const NerTok *p1 = t->bLend ? 0 : &a[i+1];
  const NerTok *p2 = (t->bLend || a[i+1].bLend) ? 0 : &a[i+2];
  const char zF[2] = { t->bFirst ? '1' : '0', 0 };
  const char zC[2] = { pL->bCaps ? '1' : '0', 0 };
#define WORD(h, x, edge) ((x) ? fnvLower(h, (x)->zFold, (x)->nFold) : fnvStr(h, edge))
#define SHAPE(h, x, edge) ((x) ? fnv(h, (x)->zShape, (x)->nShape) : fnvStr(h, edge))
#define ROW(hv) (aRow[n++] = (hv) & (NW_NER_ROWS-1))
  ROW(fnvStr(FNV_START, "b"));
  ROW(fnvLower(fnvStr(FNV_START, "w="), zW, nW));
  ROW(fnv(fnvStr(FNV_START, "W="), zW, nW));
  ROW(fnv(fnvStr(FNV_START, "s="), t->zShape, t->nShape));
  ROW(fnvLower(fnvStr(FNV_START, "p3="), zW, nW<3 ? nW : 3));
  ROW(fnvLower(fnvStr(FNV_START, "p4="), zW, nW<4 ? nW : 4));
  k = nW<2 ? nW : 2; ROW(fnvLower(fnvStr(FNV_START, "x2="), zW+nW-k, k));
  k = nW<3 ? nW : 3; ROW(fnvLower(fnvStr(FNV_START, "x3="), zW+nW-k, k));
  k = nW<4 ? nW : 4; ROW(fnvLower(fnvStr(FNV_START, "x4="), zW+nW-k, k));
  ROW(WORD(fnvStr(FNV_START, "w-1="), m1, "^"));
  ROW(WORD(fnvStr(FNV_START, "w+1="), p1, "$"));
  ROW(WORD(fnvStr(FNV_START, "w-2="), m2, "^"));
  ROW(WORD(fnvStr(FNV_START, "w+2="), p2, "$"));
  ROW(SHAPE(fnvStr(FNV_START, "s-1="), m1, "^"));
  ROW(SHAPE(fnvStr(FNV_START, "s+1="), p1, "$"));
  h = SHAPE(fnvStr(FNV_START, "ss="), m1, "^");
  h = fnv(fnvStr(h, "|"), t->zShape, t->nShape);
  ROW(SHAPE(fnvStr(h, "|"), p1, "$"));
  h = WORD(fnvStr(FNV_START, "ws="), m1, "^");
  ROW(fnvLower(fnvStr(h, "|"), zW, nW));
  h = fnvStr(fnvLower(fnvStr(FNV_START, "wn="), zW, nW), "|");
  ROW(WORD(h, p1, "$"));
  ROW(fnv(fnvStr(fnvStr(fnvStr(FNV_START, "f="), zF), "|"), t->zShape, t->nShape));
  ROW(fnv(fnvStr(fnvStr(fnvStr(FNV_START, "c="), zC), "|"), t->zShape, t->nShape));
  ROW(fnvLower(fnvStr(fnvStr(fnvStr(FNV_START, "cw="), zC), "|"), zW, nW));
  ROW(fnvStr(fnvStr(FNV_START, "r="), t->zRule));
  ROW(fnv(fnvStr(fnvStr(fnvStr(FNV_START, "rs="), t->zRule), "|"), t->zShape, t->nShape));
  ROW(fnvStr(fnvStr(FNV_START, "r-1="), m1 ? m1->zRule : "^"));
  ROW(fnvStr(fnvStr(FNV_START, "r+1="), p1 ? p1->zRule : "$"));
  ROW(fnvLower(fnvStr(fnvStr(fnvStr(FNV_START, "rw="), t->zRule), "|"), zW, nW));
#undef WORD
#undef SHAPE
#undef ROW
  return n;
}

/* A word that may continue a name between two capitalised ones: "&" or
** up to four lower-case letters ("of", "and", "de", "van", "bin"). */
static int connectorLike(const char *z, size_t s, size_t e){
  size_t k;
  if( e-s==1 && z[s]=='&' ) return 1;
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

/* Tag one line's words a[0..n). */
static int tagLine(NerLine *pL, NwNerSpanList *pOut){
  int i, t1 = -1, t2 = -1, rc = NW_OK;
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
      int nRow = staticRows(pL, i, aRow), r, k, best = -1, second = -1;
      const char zT1[2] = { (char)(t1<0 ? '^' : '0'+t1), 0 };
      const char zT2[2] = { (char)(t2<0 ? '^' : '0'+t2), 0 };
      uint32_t h;
      h = fnvStr(FNV_START, "t1="); aRow[nRow++] = fnvStr(h, zT1) & (NW_NER_ROWS-1);
      h = fnvStr(fnvStr(fnvStr(FNV_START, "t12="), zT1), "|");
      aRow[nRow++] = fnvStr(h, zT2) & (NW_NER_ROWS-1);
      h = fnvStr(fnvStr(fnvStr(FNV_START, "t1w="), zT1), "|");
      aRow[nRow++] = fnvLower(h, t->zFold, t->nFold) & (NW_NER_ROWS-1);
      h = fnvStr(fnvStr(fnvStr(FNV_START, "t1s="), zT1), "|");
      aRow[nRow++] = fnv(h, t->zShape, t->nShape) & (NW_NER_ROWS-1);
      memset(sc, 0, sizeof(sc));
      for(r=0; r<nRow; r++){
        const int16_t *w = &aNwNerWeight[(size_t)aRow[r]*NW_NER_NLAB];
        for(k=0; k<NW_NER_NLAB; k++) sc[k] += w[k];
      }
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
    size_t k;
    int nUp = 0;
    t->bLend = i==pL->n-1;
    t->bFirst = t->bLine || (i>0 && pL->a[i-1].e-pL->a[i-1].s==1
                 && strchr(".?!", pL->z[pL->a[i-1].s])!=0);
    for(k=t->s; k<t->e; k++){
      unsigned char c = (unsigned char)pL->z[k];
      if( c>='a' && c<='z' ) bLow = 1;
      if( c>='A' && c<='Z' ) nUp++;
    }
    if( nUp>=2 ) bTwo = 1;
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
  t = &pL->a[pL->n++];
  t->s = s;
  t->e = e;
  t->bLine = (unsigned char)*pbLine;
  *pbLine = 0;
  t->bLend = 0;
  t->bCand0 = (unsigned char)hasUpper(pL->z, s, e);
  foldOf(t, pL->z);
  shapeOf(t);
  t->zRule = ruleLabel(pL, s, e);
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
  L.a = nwMalloc(sizeof(NerTok)*NW_NER_MAX_LINE);
  if( L.a==0 ) return NW_NOMEM;
  while( i<n && rc==NW_OK ){
    unsigned char c = (unsigned char)z[i];
    size_t s, e, k;
    size_t aTail[64];
    int nTail = 0;
    if( c<=0x20 ){
      if( c=='\n' || c=='\r' ){
        if( !bLine ){ rc = finishLine(&L, pOut); L.n = 0; }
        bLine = 1;
      }
      i++;
      continue;
    }
    s = i;
    while( i<n && (unsigned char)z[i]>0x20 ) i++;
    e = i;
    while( rc==NW_OK && s<e && isLead((unsigned char)z[s]) ){
      rc = pushTok(&L, s, s+1, &bLine, pOut);
      s++;
    }
    while( s<e && nTail<64 && isTrail((unsigned char)z[e-1]) ){
      if( z[e-1]=='.' && e-1>s && (e-1-s==1 || memchr(z+s, '.', e-1-s)) ) break;
      aTail[nTail++] = e-1;
      e--;
    }
    if( rc==NW_OK && e-s>2 && z[e-2]=='\'' && (z[e-1]=='s' || z[e-1]=='S') ){
      rc = pushTok(&L, s, e-2, &bLine, pOut);
      if( rc==NW_OK ) rc = pushTok(&L, e-2, e, &bLine, pOut);
    }else if( rc==NW_OK && e>s ){
      rc = pushTok(&L, s, e, &bLine, pOut);
    }
    for(k=(size_t)nTail; rc==NW_OK && k>0; k--){
      rc = pushTok(&L, aTail[k-1], aTail[k-1]+1, &bLine, pOut);
    }
  }
  if( rc==NW_OK ) rc = finishLine(&L, pOut);
  nwFree(L.a);
  return rc;
}
