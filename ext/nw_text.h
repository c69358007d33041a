/*
** nw_text.h: text in, text out.  The pure core under every newswire
** function: UTF-8 decoding with repair, character offsets, growable
** buffers and normalisation.  No SQLite here, so the C tests link it alone.
**
** Conventions
**   - Text is read once, as UTF-8 by nwUtf8Clean() for the cores that
**     scan bytes (entities, claims), or decoded to UTF-16 (ICU's native
**     form) by nwTextInit() for the ICU calls (break iterators, the
**     normaliser) and the cores built on them.  Both stop at the first
**     NUL, as SQLite's length() and substr() do, and replace each invalid
**     UTF-8 sequence with U+FFFD, so they agree code point for code point.
**   - Offsets handed to SQL are 1-based counts of code points, so that
**     substr(x, start, length) returns the row's text.  NwOffset turns
**     UTF-16 indices into code point counts and UTF-8 byte offsets in one
**     forward pass; NwUtf8Index turns byte offsets into code point counts
**     in any order.
**   - Functions return NW_OK or an error code; whoever receives a pointer
**     from nwMalloc() frees it with nwFree().
*/
#ifndef NW_TEXT_H
#define NW_TEXT_H
#include <stdint.h>
#include <stddef.h>
#include <string.h>
#include <unicode/utypes.h>

/* Result codes: numerically equal to SQLite's, so the glue passes them on. */
#define NW_OK      0
#define NW_ERROR   1
#define NW_NOMEM   7
#define NW_TOOBIG 18

/* Decoded text.  z is owned by the NwText and freed by nwTextClear(). */
typedef struct NwText NwText;
struct NwText {
  UChar *z;      /* UTF-16, not NUL-terminated */
  int32_t n;     /* number of UTF-16 units */
};

/* Decode nByte bytes of UTF-8 (nByte<0: up to the NUL).  Replaces the
** previous content of p.  An empty input gives n==0 and NW_OK. */
int nwTextInit(NwText *p, const char *z, int64_t nByte);
void nwTextClear(NwText *p);

/* A forward-only map from UTF-16 index to code point count and to the
** byte offset in the UTF-8 the text was decoded from (nwTextInit() of
** well-formed UTF-8, as nwUtf8Clean() makes it: one U+FFFD stands for the
** 3 bytes EF BF BD). */
typedef struct NwOffset NwOffset;
struct NwOffset {
  int32_t iUnit;   /* UTF-16 index reached so far */
  int64_t iChar;   /* code points before iUnit */
  int64_t iByte;   /* UTF-8 bytes before iUnit */
};
/* Move to UTF-16 index iTo (>= p->iUnit) and return the code point count
** before it (p->iByte is then the byte offset).  Indices behind the
** walker are counted from the start again. */
int64_t nwOffsetAt(NwOffset *p, const UChar *z, int32_t iTo);

/* Random access from UTF-16 index to code point index and to the byte
** offset in the UTF-8 the text was decoded from (as for NwOffset).  Texts
** without supplementary characters (nearly all) need no code point
** table, ASCII texts no byte table: the pointer is then NULL. */
typedef struct NwCharMap NwCharMap;
struct NwCharMap {
  int32_t *a;      /* a[i] = code points before unit i, or NULL */
  int32_t *aByte;  /* aByte[i] = UTF-8 bytes before unit i, or NULL */
};
int nwCharMapInit(NwCharMap *p, const UChar *z, int32_t n);
int64_t nwCharMapAt(const NwCharMap *p, int32_t i);
int64_t nwCharMapByte(const NwCharMap *p, int32_t i);
void nwCharMapClear(NwCharMap *p);

/* Growable UTF-8 byte buffer.  z is NUL-terminated when n>0 or after
** nwBufTerminate(); free with nwBufClear(). */
typedef struct NwBuf NwBuf;
struct NwBuf {
  char *z;
  size_t n;
  size_t nAlloc;
};
int nwBufReserve(NwBuf *p, size_t nMore);
int nwBufAppend(NwBuf *p, const char *z, size_t n);
int nwBufAppendUtf16(NwBuf *p, const UChar *z, int32_t n);  /* as UTF-8 */
void nwBufClear(NwBuf *p);

/* z[0..nByte) (nByte<0: up to the NUL) as nwTextInit() reads it, in
** UTF-8: up to the first NUL, each invalid sequence as U+FFFD, checked in
** one pass without decoding.  *pzOut is z itself (borrowed) when nothing
** needs repair, else pBuf->z (the caller clears pBuf either way); *pnOut
** is its length in bytes. */
int nwUtf8Clean(const char *z, int64_t nByte, NwBuf *pBuf,
                const char **pzOut, size_t *pnOut);

/* Random access from byte offset to code point count in one UTF-8 text:
** the count at every NW_UTF8_INDEX_STEP bytes, built in one pass, so a
** query counts fewer than that many bytes, in any order (entity mention
** ends are not sorted).  A rescan per query, or a coarse step, makes a
** text dense with mentions quadratic or near it; the index costs 8 bytes
** per step (1/8 of the text).  z is borrowed, not copied. */
#define NW_UTF8_INDEX_STEP 64
typedef struct NwUtf8Index NwUtf8Index;
struct NwUtf8Index {
  const char *z;
  size_t n;
  int64_t *a;      /* a[k] = code points in z[0 .. k*STEP) */
};
int nwUtf8IndexInit(NwUtf8Index *p, const char *z, size_t n);
int64_t nwUtf8IndexAt(const NwUtf8Index *p, size_t iByte);  /* clamped */
void nwUtf8IndexClear(NwUtf8Index *p);

/* Growable UTF-16 buffer, used between normalisation passes. */
typedef struct NwBuf16 NwBuf16;
struct NwBuf16 {
  UChar *z;
  int32_t n;
  int32_t nAlloc;
};
int nwBuf16Reserve(NwBuf16 *p, int32_t nMore);
void nwBuf16Clear(NwBuf16 *p);

/*
** Normaliser: NFKC with full case folding, quotes, apostrophes and dashes
** unified, apostrophes inside words removed ("Dae'sh" -> "daesh"), Latin
** diacritics removed (ICU's Latin-ASCII transliterator, used only on runs
** of non-ASCII Latin letters), whitespace and control characters collapsed
** to single spaces and trimmed.
**
** An NwNormalizer is not thread-safe: keep one per connection or cursor.
*/
typedef struct NwNormalizer NwNormalizer;
NwNormalizer *nwNormalizerNew(void);         /* NULL on OOM */
void nwNormalizerFree(NwNormalizer *p);
/* Append the normal form of z[0..n) to pOut as UTF-8 (not terminated). */
int nwNormalize(NwNormalizer *p, const UChar *z, int32_t n, NwBuf *pOut);
/* nwNormalize() of ASCII z[0..n) given as bytes (every byte below 0x80,
** no NUL), without the decoding to UTF-16: the same bytes appended.  The
** entity scan normalises a short span at almost every word. */
int nwNormalizeAscii8(const char *z, size_t n, NwBuf *pOut);
/* After NW_ERROR: the name of the ICU error that caused it. */
const char *nwNormalizerError(NwNormalizer *p);

/* Character classes shared by the segmenters (code point arguments). */
int nwIsSpace(UChar32 c);        /* Unicode whitespace or a control */
/* The same, with the printable ASCII case inline: the segmenters' loops
** test every character. */
static inline int nwIsSpaceFast(UChar32 c){
  if( c>0x20 && c<0x7f ) return 0;
  return c==' ' || nwIsSpace(c);
}
int nwIsApostrophe(UChar32 c);   /* ' and its typographic variants */
int nwIsDoubleQuote(UChar32 c);  /* " and its typographic variants */
int nwIsDash(UChar32 c);         /* hyphen-minus and the Unicode dashes */

/* snprintf(zOut+iAt, ...) of z[0..n) as if appended to a snprintf() result
** of iAt bytes in zOut[0..nOut): the bytes that fit before zOut[nOut-1],
** then a NUL; returns iAt+n (the length snprintf() would give).  z holds
** no NUL in its first n bytes.  The keys of entities() are made of such
** pieces, and the format machinery of snprintf() cost a tenth of it. */
static inline size_t nwStrPut(char *zOut, size_t nOut, size_t iAt,
                              const char *z, size_t n){
  if( nOut>0 && iAt<nOut-1 ){
    size_t k = n<nOut-1-iAt ? n : nOut-1-iAt;
    memcpy(zOut+iAt, z, k);
    zOut[iAt+k] = 0;
  }else if( nOut>0 && iAt==0 ){
    zOut[0] = 0;
  }
  return iAt + n;
}
/* snprintf(zOut, nOut, "%s", z). */
static inline size_t nwStrCopy(char *zOut, size_t nOut, const char *z){
  return nwStrPut(zOut, nOut, 0, z, strlen(z));
}

#endif
