/* Unit tests of nw_text.c: decoding, offsets, buffers, normalisation. */
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "nw_text.h"
#include "nw_mem.h"

/* normalize() a UTF-8 string through the core; the result is static. */
static const char *norm(NwNormalizer *p, const char *z){
  static NwBuf out;
  NwText t = {0, 0};
  out.n = 0;
  if( nwTextInit(&t, z, -1) || nwNormalize(p, t.z, t.n, &out)
   || nwBufReserve(&out, 0) ){
    nwTextClear(&t);
    return 0;
  }
  nwTextClear(&t);
  out.z[out.n] = 0;
  return out.z;
}

static int cmpRecKey(const void *x, const void *y){
  int a = *(const int*)x, b = *(const int*)y;
  return a<b ? -1 : a>b;
}

int main(void){
  NwNormalizer *p = nwNormalizerNew();
  NwText t = {0, 0};
  NwOffset off = {0, 0, 0};

  /* decoding */
  CHECK(nwTextInit(&t, "", 0)==NW_OK && t.n==0, "empty text decodes to nothing");
  CHECK(nwTextInit(&t, "ab\0cd", 5)==NW_OK && t.n==2, "decoding stops at NUL");
  CHECK(nwTextInit(&t, "a\xff\xfe" "b", 4)==NW_OK && t.n==4 && t.z[1]==0xFFFD,
        "invalid bytes become U+FFFD");
  CHECK(nwTextInit(&t, "\xe2\x80", 2)==NW_OK && t.n==1 && t.z[0]==0xFFFD,
        "a truncated sequence at the end is replaced, not over-read");
  CHECK(nwTextInit(&t, "x\xf0\x9f\x93\xb0y", -1)==NW_OK && t.n==4,
        "a supplementary character takes two units");
  CHECK(nwOffsetAt(&off, t.z, 3)==2 && nwOffsetAt(&off, t.z, 4)==3,
        "offsets count code points, not units");
  CHECK(nwOffsetAt(&off, t.z, 1)==1, "offsets can go back");
  CHECK(nwOffsetAt(&off, t.z, 3)==2 && off.iByte==5,
        "byte offsets count the UTF-8 the text came from");
  {
    NwCharMap map = {0, 0};
    CHECK(nwCharMapInit(&map, t.z, t.n)==NW_OK && nwCharMapAt(&map, 3)==2
          && nwCharMapByte(&map, 3)==5 && nwCharMapByte(&map, 4)==6,
          "the char map gives code points and bytes in any order");
    nwCharMapClear(&map);
  }
  nwTextClear(&t);

  /* UTF-8 read as the cores take it */
  {
    static const char zOk[] = "Łódź \xf0\x9f\x93\xb0 ok";
    NwBuf buf = {0, 0, 0};
    const char *z = 0;
    size_t n = 0;
    CHECK(nwUtf8Clean(zOk, -1, &buf, &z, &n)==NW_OK && z==zOk
          && n==strlen(zOk) && buf.z==0,
          "well-formed UTF-8 is used in place, not copied");
    CHECK(nwUtf8Clean("ab\0cd", 5, &buf, &z, &n)==NW_OK && n==2,
          "UTF-8 is read up to the first NUL");
    CHECK(nwUtf8Clean("a\xff\xed\xa0\x80\xe2\x80", 7, &buf, &z, &n)==NW_OK
          && n==1+5*3 && memcmp(z, "a\xef\xbf\xbd", 4)==0,
          "each maximal ill-formed subpart becomes one U+FFFD, as decoding");
    nwBufClear(&buf);
  }

  /* normalisation */
  CHECK_STR(norm(p, "Dae\xe2\x80\x99sh"), "daesh", "curly apostrophe in a word");
  CHECK_STR(norm(p, "Dae'sh"), "daesh", "straight apostrophe in a word");
  CHECK_STR(norm(p, "DAESH"), "daesh", "case folding");
  CHECK_STR(norm(p, "  a \t\n b  "), "a b", "whitespace collapsed and trimmed");
  CHECK_STR(norm(p, "\xe2\x80\x9cQuote\xe2\x80\x9d"), "\"quote\"", "curly double quotes");
  CHECK_STR(norm(p, "\xe2\x80\x98tis"), "'tis", "leading apostrophe kept as '");
  CHECK_STR(norm(p, "a \xe2\x80\x94 b\xe2\x80\x93" "c"), "a - b-c", "dashes unified");
  CHECK_STR(norm(p, "\xc5\x81\xc3\xb3" "d\xc5\xba"), "lodz", "Polish diacritics");
  CHECK_STR(norm(p, "Stra\xc3\x9f" "e"), "strasse", "sharp s folds to ss");
  CHECK_STR(norm(p, "\xef\xac\x81" "nance"), "finance", "NFKC ligature");
  CHECK_STR(norm(p, "e\xcc\x81t\xc3\xa9"), "ete", "combining acute removed");
  CHECK_STR(norm(p, "\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0"),
            "\xd0\xbc\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0",
            "Cyrillic is folded, not transliterated");
  CHECK_STR(norm(p, "\xd8\xa7\xd9\x84\xd8\xb3\xd9\x88\xd8\xaf\xd8\xa7\xd9\x86\xd9\x8a"),
            "\xd8\xa7\xd9\x84\xd8\xb3\xd9\x88\xd8\xaf\xd8\xa7\xd9\x86\xd9\x8a",
            "Arabic letters pass through");
  CHECK_STR(norm(p, "\xc2\xa0" "a\xe2\x80\x8b" "b\xc2\xa0"), "ab",
            "NBSP trimmed, zero-width space removed");
  CHECK_STR(norm(p, ""), "", "empty stays empty");
  CHECK_STR(norm(p, "It's O'Brien's"), "its obriens", "ASCII path drops in-word apostrophes");
  CHECK_STR(norm(p, "caf\xc3\xa9 it's"), "cafe its", "ICU path agrees with ASCII path");

  /* nwStrPut()/nwStrCopy() make what snprintf() makes, cut where it cuts */
  {
    static const char *const az[] = {"", "a", "person:", "person:shr_abd", "0123456789abcdef", 0};
    size_t aCap[] = {0, 1, 2, 5, 8, 16, 17, 40};
    int i, j, bOk = 1;
    for(i=0; az[i]; i++){
      for(j=0; j<(int)(sizeof(aCap)/sizeof(aCap[0])); j++){
        char zA[48], zB[48];
        size_t m, nA;
        memset(zA, '#', sizeof(zA)); memset(zB, '#', sizeof(zB));
        nA = (size_t)snprintf(zA, aCap[j], "%s_%s:%.*s", az[i], "xy", 3, "abcdef");
        m = nwStrCopy(zB, aCap[j], az[i]);
        m = nwStrPut(zB, aCap[j], m, "_", 1);
        m = nwStrPut(zB, aCap[j], m, "xy", 2);
        m = nwStrPut(zB, aCap[j], m, ":", 1);
        m = nwStrPut(zB, aCap[j], m, "abcdef", 3);
        if( m!=nA || memcmp(zA, zB, sizeof(zA))!=0 ) bOk = 0;
      }
    }
    CHECK(bOk, "nwStrPut/nwStrCopy: the bytes and length of snprintf at every capacity");
  }

  {
    NwBuf b = {0, 0, 0}, c = {0, 0, 0};
    static const char *const az[] = {"Gen. Peter  Langat", "Dae'sh", "it's 'x'", " A\tB ", "`q`", "O'Brien's", 0};
    int i, bOk = 1;
    for(i=0; az[i]; i++){
      UChar z16[64];
      int32_t k, n = (int32_t)strlen(az[i]);
      for(k=0; k<n; k++) z16[k] = (UChar)(unsigned char)az[i][k];
      b.n = 0; c.n = 0;
      if( nwNormalize(p, z16, n, &b) || nwNormalizeAscii8(az[i], (size_t)n, &c)
       || b.n!=c.n || memcmp(b.z, c.z, b.n)!=0 ) bOk = 0;
    }
    CHECK(bOk, "nwNormalizeAscii8: the bytes of nwNormalize on ASCII");
    nwBufClear(&b); nwBufClear(&c);
  }

  {
    /* nwSortRecords: stable, in place, as an insertion sort gives it */
    typedef struct Rec { int key, seq; char pad[52]; } Rec;
    static const int aN[] = { 0, 1, 2, 3, 7, 64, 1000, 4099 };
    int t, bOk = 1, bMoved = 1;
    for(t=0; t<(int)(sizeof(aN)/sizeof(aN[0])); t++){
      int n = aN[t], i, j;
      Rec *a = malloc(sizeof(Rec)*(size_t)(n+1)), *r = malloc(sizeof(Rec)*(size_t)(n+1));
      unsigned x = 12345u + (unsigned)n;
      for(i=0; i<n; i++){
        x = x*1103515245u + 12345u;
        memset(&a[i], 0, sizeof(Rec));
        a[i].key = (int)((x>>16) % (unsigned)(n/4+2));   /* many equal keys */
        a[i].seq = i;
        a[i].pad[0] = (char)i;
      }
      memcpy(r, a, sizeof(Rec)*(size_t)n);
      for(i=1; i<n; i++){
        Rec v = r[i];
        for(j=i; j>0 && r[j-1].key>v.key; j--) r[j] = r[j-1];
        r[j] = v;
      }
      if( nwSortRecords(a, n, sizeof(Rec), cmpRecKey)!=NW_OK
       || (n && memcmp(a, r, sizeof(Rec)*(size_t)n)!=0) ) bOk = 0;
      if( n==1000 && a[0].seq==0 && a[1].seq==1 && a[2].seq==2 ) bMoved = 0;
      free(a); free(r);
    }
    CHECK(bOk && bMoved, "nwSortRecords: stable, in place, as insertion sort at 0 to 4099 records");
  }

  nwNormalizerFree(p);
  printf("%d failed\n", nFailed);
  return nFailed!=0;
}
