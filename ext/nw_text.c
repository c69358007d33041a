/*
** nw_text.c: UTF-8 decoding, character offsets, buffers and normalize().
**
** SQL surface (glue in nw_sql_text.c):
**
**     SELECT normalize('  Dae’sh —  DAESH  Łódź ');   -- 'daesh - daesh lodz'
*/
#include <string.h>
#include <unicode/ustring.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>
#include "nw_text.h"
#include "nw_mem.h"

/* The largest text accepted, in UTF-16 units: well inside int32_t. */
#define NW_MAX_UNITS 0x3fffffff

/* ---------------------------------------------------------------- text */

int nwTextInit(NwText *p, const char *z, int64_t nByte){
  UErrorCode err = U_ZERO_ERROR;
  int32_t nOut = 0;
  const char *zNul;
  nwTextClear(p);
  if( z==0 ) return NW_OK;
  if( nByte<0 ) nByte = (int64_t)strlen(z);
  zNul = memchr(z, 0, (size_t)nByte);
  if( zNul ) nByte = zNul - z;
  if( nByte==0 ) return NW_OK;
  if( nByte>NW_MAX_UNITS ) return NW_TOOBIG;
  /* UTF-8 never needs more UTF-16 units than it has bytes. */
  p->z = nwMalloc(sizeof(UChar)*(size_t)(nByte+1));
  if( p->z==0 ) return NW_NOMEM;
  u_strFromUTF8WithSub(p->z, (int32_t)nByte+1, &nOut, z, (int32_t)nByte,
                       0xFFFD, 0, &err);
  if( U_FAILURE(err) ){
    nwTextClear(p);
    return NW_ERROR;
  }
  p->n = nOut;
  return NW_OK;
}

void nwTextClear(NwText *p){
  nwFree(p->z);
  p->z = 0;
  p->n = 0;
}

int64_t nwOffsetAt(NwOffset *p, const UChar *z, int32_t iTo){
  int32_t iUnit;
  int64_t iChar, iByte;
  if( iTo<p->iUnit ){ p->iUnit = 0; p->iChar = 0; p->iByte = 0; }
  /* in locals: the walker's fields through p were stored at every unit */
  iUnit = p->iUnit;
  iChar = p->iChar;
  iByte = p->iByte;
  while( iUnit<iTo ){
    UChar c;
    uint64_t w;
    /* Four ASCII units at a time: one character and one byte each. */
    if( iUnit+4<=iTo
     && (memcpy(&w, z+iUnit, 8), (w & 0xFF80FF80FF80FF80ull)==0) ){
      iUnit += 4;
      iChar += 4;
      iByte += 4;
      continue;
    }
    c = z[iUnit++];
    if( c<0x80 ){
      iChar++;
      iByte++;
    }else if( U16_IS_TRAIL(c) ){
      /* its lead counted the pair: 4 bytes */
    }else{
      iChar++;
      iByte += U16_IS_LEAD(c) ? 4 : c<0x800 ? 2 : 3;
    }
  }
  p->iUnit = iUnit;
  p->iChar = iChar;
  p->iByte = iByte;
  return iChar;
}

int nwCharMapInit(NwCharMap *p, const UChar *z, int32_t n){
  int32_t i, nChar = 0, nByte = 0, bAscii = 1, bSupp = 0;
  p->a = p->aByte = 0;
  for(i=0; i<n && !bSupp; i++){
    if( z[i]>=0x80 ) bAscii = 0;
    if( U16_IS_TRAIL(z[i]) ) bSupp = 1;
  }
  if( bAscii ) return NW_OK;
  p->aByte = nwMalloc(sizeof(int32_t)*(size_t)(n+1));
  if( bSupp ) p->a = nwMalloc(sizeof(int32_t)*(size_t)(n+1));
  if( p->aByte==0 || (bSupp && p->a==0) ){
    nwCharMapClear(p);
    return NW_NOMEM;
  }
  for(i=0; i<n; i++){
    UChar c = z[i];
    if( p->a ) p->a[i] = nChar;
    p->aByte[i] = nByte;
    if( !U16_IS_TRAIL(c) ) nChar++;
    nByte += c<0x80 ? 1 : U16_IS_TRAIL(c) ? 0 : U16_IS_LEAD(c) ? 4
           : c<0x800 ? 2 : 3;
  }
  if( p->a ) p->a[n] = nChar;
  p->aByte[n] = nByte;
  return NW_OK;
}

int64_t nwCharMapAt(const NwCharMap *p, int32_t i){
  return p->a ? p->a[i] : i;
}

int64_t nwCharMapByte(const NwCharMap *p, int32_t i){
  return p->aByte ? p->aByte[i] : i;
}

void nwCharMapClear(NwCharMap *p){
  nwFree(p->a);
  nwFree(p->aByte);
  p->a = 0;
  p->aByte = 0;
}

/* Bytes of z[0..n) that are well-formed UTF-8 from the start. */
static int32_t utf8ValidPrefix(const uint8_t *z, int32_t n){
  int32_t i = 0;
  while( i<n ){
    UChar32 c;
    int32_t j = i;
    uint64_t w;
    /* News text is mostly ASCII: 8 bytes at a time while no byte has its
    ** high bit set (memcpy: no unaligned or aliased load). */
    if( i+8<=n && (memcpy(&w, z+i, 8), (w & 0x8080808080808080ull)==0) ){
      i += 8;
      continue;
    }
    if( z[i]<0x80 ){ i++; continue; }
    U8_NEXT(z, j, n, c);
    if( c<0 ) break;
    i = j;
  }
  return i;
}

/* Append z[i..n) to p with each ill-formed sequence as U+FFFD.  U8_NEXT
** takes a maximal subpart of an ill-formed sequence as one, as
** u_strFromUTF8WithSub() does (so nwTextInit() decodes the result to
** the very units it decodes z to). */
static int utf8AppendRepaired(NwBuf *p, const uint8_t *z, int32_t i,
                              int32_t n){
  while( i<n ){
    UChar32 c;
    int32_t j = i;
    U8_NEXT(z, j, n, c);
    if( c<0 ){
      if( nwBufAppend(p, "\xEF\xBF\xBD", 3) ) return NW_NOMEM;
    }else if( nwBufAppend(p, (const char*)z+i, (size_t)(j-i)) ){
      return NW_NOMEM;
    }
    i = j;
  }
  return NW_OK;
}

int nwUtf8Clean(const char *z, int64_t nByte, NwBuf *pBuf,
                const char **pzOut, size_t *pnOut){
  const char *zNul;
  int32_t nValid;
  *pzOut = "";
  *pnOut = 0;
  if( z==0 ) return NW_OK;
  if( nByte<0 ) nByte = (int64_t)strlen(z);
  zNul = memchr(z, 0, (size_t)nByte);
  if( zNul ) nByte = zNul - z;
  if( nByte>NW_MAX_UNITS ) return NW_TOOBIG;        /* as nwTextInit() */
  nValid = utf8ValidPrefix((const uint8_t*)z, (int32_t)nByte);
  if( nValid<nByte ){
    if( nwBufReserve(pBuf, (size_t)nByte+2)
     || nwBufAppend(pBuf, z, (size_t)nValid)
     || utf8AppendRepaired(pBuf, (const uint8_t*)z, nValid, (int32_t)nByte) ){
      return NW_NOMEM;
    }
    z = pBuf->z;
    nByte = (int64_t)pBuf->n;
  }
  *pzOut = z;
  *pnOut = (size_t)nByte;
  return NW_OK;
}

/* Code points in z[0..n) of UTF-8. */
static int64_t utf8Chars(const char *z, size_t n){
  int64_t c = 0;
  size_t i = 0;
  /* eight bytes at a time: a continuation byte is 10xxxxxx */
  for(; i+8<=n; i+=8){
    uint64_t w, cont;
    memcpy(&w, z+i, 8);
    cont = w & ~(w<<1) & 0x8080808080808080ull;
    c += 8 - __builtin_popcountll(cont);
  }
  for(; i<n; i++) c += ((unsigned char)z[i] & 0xC0)!=0x80;
  return c;
}

int nwUtf8IndexInit(NwUtf8Index *p, const char *z, size_t n){
  size_t k, nBlock = n/NW_UTF8_INDEX_STEP + 1;
  p->z = z;
  p->n = n;
  p->a = nwMalloc(sizeof(int64_t)*nBlock);
  if( p->a==0 ) return NW_NOMEM;
  p->a[0] = 0;
  for(k=1; k<nBlock; k++){
    p->a[k] = p->a[k-1] + utf8Chars(z+(k-1)*NW_UTF8_INDEX_STEP,
                                    NW_UTF8_INDEX_STEP);
  }
  return NW_OK;
}

int64_t nwUtf8IndexAt(const NwUtf8Index *p, size_t i){
  size_t k;
  if( i>p->n ) i = p->n;
  k = i/NW_UTF8_INDEX_STEP;
  return p->a[k] + utf8Chars(p->z + k*NW_UTF8_INDEX_STEP,
                             i - k*NW_UTF8_INDEX_STEP);
}

void nwUtf8IndexClear(NwUtf8Index *p){
  nwFree(p->a);
  p->a = 0;
}

/* ------------------------------------------------------------- buffers */

int nwArrayGrow(void **pa, int *pnAlloc, int nNeed, size_t szElem){
  if( nNeed>*pnAlloc ){
    int nNew = *pnAlloc ? *pnAlloc*2 : 32;
    void *aNew;
    while( nNew<nNeed ) nNew *= 2;
    aNew = nwRealloc(*pa, szElem*(size_t)nNew);
    if( aNew==0 ) return NW_NOMEM;
    *pa = aNew;
    *pnAlloc = nNew;
  }
  return NW_OK;
}

/* Merge the sorted index runs aIn[i0..i1) and aIn[i1..i2) into aOut. */
static void mergeIndexRuns(const char *a, size_t sz,
                           int (*xCmp)(const void*, const void*),
                           const int *aIn, int *aOut, int i0, int i1, int i2){
  int i = i0, j = i1, k = i0;
  while( i<i1 && j<i2 ){
    /* the right run's record goes first only when strictly smaller */
    if( xCmp(a+(size_t)aIn[j]*sz, a+(size_t)aIn[i]*sz)<0 ) aOut[k++] = aIn[j++];
    else aOut[k++] = aIn[i++];
  }
  while( i<i1 ) aOut[k++] = aIn[i++];
  while( j<i2 ) aOut[k++] = aIn[j++];
}

int nwSortRecords(void *pArray, int n, size_t sz,
                  int (*xCmp)(const void*, const void*)){
  char *a = (char*)pArray, *pTmp;
  int *aIdx, *aSrc, *aDst, i;
  int64_t w, i0;                 /* 2*w may pass INT_MAX for big n */
  for(i=1; i<n && xCmp(a+(size_t)(i-1)*sz, a+(size_t)i*sz)<=0; i++){}
  if( i>=n ) return NW_OK;                     /* already in order */
  aIdx = nwMalloc(sizeof(int)*2*(size_t)n + sz);
  if( aIdx==0 ) return NW_NOMEM;
  aSrc = aIdx;
  aDst = aIdx + n;
  pTmp = (char*)(aIdx + 2*(size_t)n);
  for(i=0; i<n; i++) aSrc[i] = i;
  for(w=1; w<n; w*=2){                         /* bottom-up merge sort */
    int *t;
    for(i0=0; i0<n; i0+=2*w){
      int i1 = i0+w<n ? (int)(i0+w) : n, i2 = i0+2*w<n ? (int)(i0+2*w) : n;
      mergeIndexRuns(a, sz, xCmp, aSrc, aDst, (int)i0, i1, i2);
    }
    t = aSrc; aSrc = aDst; aDst = t;
  }
  /* position k takes record aSrc[k]: each cycle moves through pTmp */
  for(i=0; i<n; i++){
    int j = i;
    if( aSrc[i]==i ) continue;
    memcpy(pTmp, a+(size_t)i*sz, sz);
    for(;;){
      int iFrom = aSrc[j];
      aSrc[j] = j;
      if( iFrom==i ){ memcpy(a+(size_t)j*sz, pTmp, sz); break; }
      memcpy(a+(size_t)j*sz, a+(size_t)iFrom*sz, sz);
      j = iFrom;
    }
  }
  nwFree(aIdx);
  return NW_OK;
}

int nwBufReserve(NwBuf *p, size_t nMore){
  size_t nNeed = p->n + nMore + 1;
  if( nNeed>p->nAlloc ){
    size_t nNew = p->nAlloc ? p->nAlloc*2 : 64;
    char *zNew;
    while( nNew<nNeed ) nNew *= 2;
    zNew = nwRealloc(p->z, nNew);
    if( zNew==0 ) return NW_NOMEM;
    p->z = zNew;
    p->nAlloc = nNew;
  }
  return NW_OK;
}

int nwBufAppend(NwBuf *p, const char *z, size_t n){
  if( nwBufReserve(p, n) ) return NW_NOMEM;
  memcpy(p->z+p->n, z, n);
  p->n += n;
  p->z[p->n] = 0;
  return NW_OK;
}

int nwBufAppendUtf16(NwBuf *p, const UChar *z, int32_t n){
  UErrorCode err = U_ZERO_ERROR;
  int32_t nOut = 0;
  /* One UTF-16 unit becomes at most three UTF-8 bytes. */
  if( nwBufReserve(p, (size_t)n*3) ) return NW_NOMEM;
  u_strToUTF8WithSub(p->z+p->n, (int32_t)(p->nAlloc-p->n), &nOut, z, n,
                     0xFFFD, 0, &err);
  if( U_FAILURE(err) ) return NW_ERROR;
  p->n += (size_t)nOut;
  p->z[p->n] = 0;
  return NW_OK;
}

void nwBufClear(NwBuf *p){
  nwFree(p->z);
  memset(p, 0, sizeof(*p));
}

int nwBuf16Reserve(NwBuf16 *p, int32_t nMore){
  int64_t nNeed = (int64_t)p->n + nMore + 1;
  if( nNeed>NW_MAX_UNITS ) return NW_TOOBIG;
  if( nNeed>p->nAlloc ){
    int64_t nNew = p->nAlloc ? (int64_t)p->nAlloc*2 : 64;
    UChar *zNew;
    while( nNew<nNeed ) nNew *= 2;
    if( nNew>NW_MAX_UNITS ) nNew = NW_MAX_UNITS;
    zNew = nwRealloc(p->z, sizeof(UChar)*(size_t)nNew);
    if( zNew==0 ) return NW_NOMEM;
    p->z = zNew;
    p->nAlloc = (int32_t)nNew;
  }
  return NW_OK;
}

void nwBuf16Clear(NwBuf16 *p){
  nwFree(p->z);
  memset(p, 0, sizeof(*p));
}

/* ---------------------------------------------------- character classes */

int nwIsSpace(UChar32 c){
  if( c==' ' ) return 1;
  if( c<0x20 || c==0x7f || (c>=0x80 && c<0xa0) ) return 1;
  return c>=0xa0 && u_isUWhiteSpace(c);
}

int nwIsApostrophe(UChar32 c){
  switch( c ){
    case 0x27: case 0x60: case 0xb4: case 0x2018: case 0x2019: case 0x201b:
    case 0x2032: case 0x02bc: case 0x02bb: case 0x02b9: case 0xff07:
      return 1;
  }
  return 0;
}

int nwIsDoubleQuote(UChar32 c){
  switch( c ){
    case 0x22: case 0xab: case 0xbb: case 0x201c: case 0x201d: case 0x201e:
    case 0x201f: case 0x2033: case 0x301d: case 0x301e: case 0xff02:
      return 1;
  }
  return 0;
}

int nwIsDash(UChar32 c){
  return c=='-' || (c>=0x2010 && c<=0x2015) || c==0x2043 || c==0x2212
      || c==0xfe58 || c==0xfe63 || c==0xff0d;
}

/* ---------------------------------------------------------- normaliser */

/* Short non-ASCII inputs (words, mostly) repeat: their normal forms are
** cached, which keeps ICU and above all the transliterator (about 2 us a
** call) off the hot path of tokens(). */
#define NW_NORM_SLOTS 1024
#define NW_NORM_MAX_IN 24          /* UTF-16 units */
#define NW_NORM_MAX_OUT 48         /* UTF-8 bytes */

typedef struct NwNormSlot NwNormSlot;
struct NwNormSlot {
  unsigned char nIn, nOut;         /* nIn==0: empty */
  UChar zIn[NW_NORM_MAX_IN];
  char zOut[NW_NORM_MAX_OUT];
};

/* Runs of accented Latin letters repeat too ("Łódź" in a long text):
** their Latin-ASCII forms get a cache of their own. */
#define NW_LATIN_SLOTS 512
#define NW_LATIN_MAX 16            /* UTF-16 units, in and out */

typedef struct NwLatinSlot NwLatinSlot;
struct NwLatinSlot {
  unsigned char nIn, nOut;         /* nIn==0: empty */
  UChar zIn[NW_LATIN_MAX];
  UChar zOut[NW_LATIN_MAX];
};

struct NwNormalizer {
  const UNormalizer2 *pNfkcCf;   /* owned by ICU, never freed */
  NwNormSlot *aSlot;             /* NW_NORM_SLOTS, allocated on first use */
  NwLatinSlot *aLatin;           /* NW_LATIN_SLOTS, allocated on first use */
  UTransliterator *pLatin;       /* Latin-ASCII, opened on first need */
  NwBuf16 folded;                /* scratch: NFKC_Casefold output */
  NwBuf16 mapped;                /* scratch: after mapping */
  const char *zErr;              /* u_errorName() of the last ICU failure */
};

NwNormalizer *nwNormalizerNew(void){
  NwNormalizer *p = nwMalloc(sizeof(*p));
  UErrorCode err = U_ZERO_ERROR;
  if( p==0 ) return 0;
  memset(p, 0, sizeof(*p));
  p->pNfkcCf = unorm2_getNFKCCasefoldInstance(&err);
  if( U_FAILURE(err) ){
    nwFree(p);
    return 0;
  }
  return p;
}

void nwNormalizerFree(NwNormalizer *p){
  if( p==0 ) return;
  if( p->pLatin ) utrans_close(p->pLatin);
  nwFree(p->aSlot);
  nwFree(p->aLatin);
  nwBuf16Clear(&p->folded);
  nwBuf16Clear(&p->mapped);
  nwFree(p);
}

const char *nwNormalizerError(NwNormalizer *p){
  return p && p->zErr ? p->zErr : "unknown error";
}

static int normalizerIcuError(NwNormalizer *p, UErrorCode err){
  p->zErr = u_errorName(err);
  return NW_ERROR;
}

/* Pure ASCII needs no ICU: fold case, drop in-word apostrophes, unify
** backquote, collapse spaces.  Same result as the general path. */
static int normalizeAscii(const UChar *z, int32_t n, NwBuf *pOut){
  int32_t i;
  int bSpace = 0;
  size_t nStart = pOut->n;
  if( nwBufReserve(pOut, (size_t)n) ) return NW_NOMEM;
  for(i=0; i<n; i++){
    int c = z[i];
    if( nwIsSpace(c) ){ bSpace = 1; continue; }
    if( c=='\'' || c=='`' ){
      int bPrev = pOut->n>nStart && !bSpace
               && u_isalnum((unsigned char)pOut->z[pOut->n-1]);
      int bNext = i+1<n && u_isalnum(z[i+1]);
      if( bPrev && bNext ) continue;
      c = '\'';
    }
    if( bSpace && pOut->n>nStart ) pOut->z[pOut->n++] = ' ';
    bSpace = 0;
    if( c>='A' && c<='Z' ) c += 'a'-'A';
    pOut->z[pOut->n++] = (char)c;
  }
  pOut->z[pOut->n] = 0;
  return NW_OK;
}

static int isAsciiAlnum(char c){
  return (c>='0' && c<='9') || (c>='a' && c<='z') || (c>='A' && c<='Z');
}

/* normalizeAscii() of UTF-8 bytes, all below 0x80 (see nw_text.h). */
int nwNormalizeAscii8(const char *z, size_t n, NwBuf *pOut){
  size_t i, nStart = pOut->n;
  int bSpace = 0;
  if( nwBufReserve(pOut, n) ) return NW_NOMEM;
  for(i=0; i<n; i++){
    int c = (unsigned char)z[i];
    if( c<=0x20 || c==0x7f ){ bSpace = 1; continue; }   /* nwIsSpace() */
    if( c=='\'' || c=='`' ){
      int bPrev = pOut->n>nStart && !bSpace && isAsciiAlnum(pOut->z[pOut->n-1]);
      int bNext = i+1<n && isAsciiAlnum(z[i+1]);
      if( bPrev && bNext ) continue;
      c = '\'';
    }
    if( bSpace && pOut->n>nStart ) pOut->z[pOut->n++] = ' ';
    bSpace = 0;
    if( c>='A' && c<='Z' ) c += 'a'-'A';
    pOut->z[pOut->n++] = (char)c;
  }
  pOut->z[pOut->n] = 0;
  return NW_OK;
}

/* True for a code point whose diacritics Latin-ASCII should remove. */
static int needsLatinAscii(UChar32 c){
  UErrorCode err = U_ZERO_ERROR;
  if( c<0x80 ) return 0;
  if( u_charType(c)==U_NON_SPACING_MARK ) return 1;
  return uscript_getScript(c, &err)==USCRIPT_LATIN;
}

static uint32_t hash16(const UChar *z, int32_t n){
  uint32_t h = 2166136261u;      /* FNV-1a over the UTF-16 units */
  int32_t i;
  for(i=0; i<n; i++){ h ^= z[i]; h *= 16777619u; }
  return h;
}

/* The Latin-ASCII cache slot for z[0..n), or NULL. */
static NwLatinSlot *latinSlot(NwNormalizer *p, const UChar *z, int32_t n){
  if( n>NW_LATIN_MAX ) return 0;
  if( p->aLatin==0 ){
    p->aLatin = nwMalloc(sizeof(NwLatinSlot)*NW_LATIN_SLOTS);
    if( p->aLatin==0 ) return 0;   /* no cache is not an error */
    memset(p->aLatin, 0, sizeof(NwLatinSlot)*NW_LATIN_SLOTS);
  }
  return &p->aLatin[hash16(z, n) % NW_LATIN_SLOTS];
}

/* Transliterate z[0..n) with Latin-ASCII and append it to pOut. */
static int appendLatinAscii(NwNormalizer *p, const UChar *z, int32_t n,
                            NwBuf16 *pOut){
  UErrorCode err = U_ZERO_ERROR;
  int32_t nText = n, nLimit = n;
  int32_t nCap = n*4+16;    /* Latin-ASCII expands a letter to at most 4 */
  NwLatinSlot *pSlot = latinSlot(p, z, n);
  if( nwBuf16Reserve(pOut, nCap) ) return NW_NOMEM;
  if( pSlot && pSlot->nIn==n
   && memcmp(pSlot->zIn, z, sizeof(UChar)*(size_t)n)==0 ){
    memcpy(pOut->z+pOut->n, pSlot->zOut, sizeof(UChar)*pSlot->nOut);
    pOut->n += pSlot->nOut;
    return NW_OK;
  }
  if( p->pLatin==0 ){
    static const UChar zId[] =
      {'L','a','t','i','n','-','A','S','C','I','I',0};
    p->pLatin = utrans_openU(zId, -1, UTRANS_FORWARD, 0, 0, 0, &err);
    if( U_FAILURE(err) ) return normalizerIcuError(p, err);
  }
  memcpy(pOut->z+pOut->n, z, sizeof(UChar)*(size_t)n);
  utrans_transUChars(p->pLatin, pOut->z+pOut->n, &nText, nCap, 0, &nLimit,
                     &err);
  if( U_FAILURE(err) ) return normalizerIcuError(p, err);
  if( pSlot && nText<=NW_LATIN_MAX ){
    pSlot->nIn = (unsigned char)n;
    pSlot->nOut = (unsigned char)nText;
    memcpy(pSlot->zIn, z, sizeof(UChar)*(size_t)n);
    memcpy(pSlot->zOut, pOut->z+pOut->n, sizeof(UChar)*(size_t)nText);
  }
  pOut->n += nText;
  return NW_OK;
}

/* The character before pOut's end, or 0. */
static UChar32 lastChar(const NwBuf16 *p){
  UChar32 c = 0;
  int32_t i = p->n;
  if( i>0 ) U16_PREV(p->z, 0, i, c);
  return c;
}

/* Map quotes, dashes, apostrophes and spaces in z[0..n) (already NFKC
** case-folded) into pOut, transliterating runs of accented Latin. */
static int mapFolded(NwNormalizer *p, const UChar *z, int32_t n,
                     NwBuf16 *pOut){
  int32_t i = 0;
  int bSpace = 0;
  int rc;
  /* Mapping never makes the text longer; only transliteration can, and
  ** reserves room again after itself. */
  if( nwBuf16Reserve(pOut, n+1) ) return NW_NOMEM;
  while( i<n ){
    int32_t iStart = i;
    UChar32 c = z[i];
    if( c>0x20 && c<0x7f && c!='\'' && c!='`' && c!='"' ){
      /* The common case: printable ASCII that maps to itself. */
      if( bSpace && pOut->n>0 ) pOut->z[pOut->n++] = ' ';
      bSpace = 0;
      pOut->z[pOut->n++] = (UChar)c;
      i++;
      continue;
    }
    U16_NEXT(z, i, n, c);
    if( nwIsSpace(c) ){ bSpace = 1; continue; }
    if( nwIsApostrophe(c) ){
      UChar32 cNext = 0;
      if( i<n ) U16_GET(z, 0, i, n, cNext);
      if( !bSpace && u_isalnum(lastChar(pOut)) && u_isalnum(cNext) ) continue;
      c = '\'';
    }else if( nwIsDoubleQuote(c) ){
      c = '"';
    }else if( nwIsDash(c) ){
      c = '-';
    }
    if( bSpace && pOut->n>0 ) pOut->z[pOut->n++] = ' ';
    bSpace = 0;
    if( c>=0x80 && needsLatinAscii(c) ){
      while( i<n ){
        int32_t j = i;
        UChar32 d;
        U16_NEXT(z, j, n, d);
        /* ASCII letters pass through Latin-ASCII unchanged: keeping them
        ** in the run means one ICU call per word, not per letter. */
        if( !needsLatinAscii(d) && !(d<0x80 && u_isalpha(d)) ) break;
        i = j;
      }
      rc = appendLatinAscii(p, z+iStart, i-iStart, pOut);
      if( rc==NW_OK ) rc = nwBuf16Reserve(pOut, n-i+1);
      if( rc ) return rc;
      continue;
    }
    U16_APPEND_UNSAFE(pOut->z, pOut->n, c);
  }
  return NW_OK;
}

static int isAscii(const UChar *z, int32_t n){
  int32_t i;
  UChar acc = 0;
  for(i=0; i<n; i++) acc |= z[i];
  return acc<0x80;
}

/* The cache slot for z[0..n), or NULL if z is not cacheable. */
static NwNormSlot *normSlot(NwNormalizer *p, const UChar *z, int32_t n){
  if( n>NW_NORM_MAX_IN ) return 0;
  if( p->aSlot==0 ){
    p->aSlot = nwMalloc(sizeof(NwNormSlot)*NW_NORM_SLOTS);
    if( p->aSlot==0 ) return 0;  /* no cache is not an error */
    memset(p->aSlot, 0, sizeof(NwNormSlot)*NW_NORM_SLOTS);
  }
  return &p->aSlot[hash16(z, n) % NW_NORM_SLOTS];
}

/* The full path: NFKC_Casefold, then mapFolded(), then UTF-8. */
static int normalizeIcu(NwNormalizer *p, const UChar *z, int32_t n,
                        NwBuf *pOut){
  UErrorCode err = U_ZERO_ERROR;
  int32_t nFolded;
  int rc;
  /* NFKC_Casefold: try with room for modest growth, then exactly. */
  p->folded.n = 0;
  if( (rc = nwBuf16Reserve(&p->folded, n+n/2+16))!=0 ) return rc;
  nFolded = unorm2_normalize(p->pNfkcCf, z, n, p->folded.z,
                             p->folded.nAlloc, &err);
  if( err==U_BUFFER_OVERFLOW_ERROR ){
    err = U_ZERO_ERROR;
    if( (rc = nwBuf16Reserve(&p->folded, nFolded))!=0 ) return rc;
    nFolded = unorm2_normalize(p->pNfkcCf, z, n, p->folded.z,
                               p->folded.nAlloc, &err);
  }
  if( U_FAILURE(err) ) return normalizerIcuError(p, err);

  p->mapped.n = 0;
  rc = mapFolded(p, p->folded.z, nFolded, &p->mapped);
  if( rc ) return rc;
  return nwBufAppendUtf16(pOut, p->mapped.z, p->mapped.n);
}

int nwNormalize(NwNormalizer *p, const UChar *z, int32_t n, NwBuf *pOut){
  NwNormSlot *pSlot;
  size_t nStart = pOut->n;
  int rc;
  if( n<=0 ) return nwBufReserve(pOut, 0);
  if( isAscii(z, n) ) return normalizeAscii(z, n, pOut);
  pSlot = normSlot(p, z, n);
  if( pSlot && pSlot->nIn==n
   && memcmp(pSlot->zIn, z, sizeof(UChar)*(size_t)n)==0 ){
    return nwBufAppend(pOut, pSlot->zOut, pSlot->nOut);
  }
  rc = normalizeIcu(p, z, n, pOut);
  if( rc==NW_OK && pSlot && pOut->n-nStart<=NW_NORM_MAX_OUT ){
    pSlot->nIn = (unsigned char)n;
    pSlot->nOut = (unsigned char)(pOut->n-nStart);
    memcpy(pSlot->zIn, z, sizeof(UChar)*(size_t)n);
    memcpy(pSlot->zOut, pOut->z+nStart, pSlot->nOut);
  }
  return rc;
}
