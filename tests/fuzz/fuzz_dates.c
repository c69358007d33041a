/* libFuzzer target (core): the reference-date parser and the date and
** time arithmetic of ext/nw_dates.h, with arbitrary reference dates.
** Input: a header line (fuzzRefDate in fuzz_sql.h: the reference date as
** written, or "@" and 4 bytes for a random real date of 0001..9999), then
** the expression, "|"-prefixed by the word before it ("since|last year").
** The header goes through nwDateParse(); what it accepts must be written
** YYYY-MM-DD (then nothing, or 'T' or ' ' and a time), be a real day of
** 0001..9999, and is then the reference date (else none).  The
** expression is valued as each kind.  Checks: DATE and RELATIVE values
** have the documented forms with years 0001..9999 (fuzzCheckDateValue),
** TIME values are HH:MM, the output is NUL-terminated inside its buffer.
** Core only: no SQLite. */
#include "fuzz_util.h"
#include "nw_dates.h"

static void checkValue(const char *zExpr, size_t n, int eKind,
                       const NwDate *pRef, const char *zBefore){
  char zOut[48 + 8];
  const char *zWhy = 0;
  memset(zOut, 0x55, sizeof(zOut));
  nwTemporalValue(zExpr, n, eKind, pRef, zBefore, zOut, 48);
  if( memchr(zOut, 0, 48)==0 ) fuzzFail("value not NUL-terminated", 0);
  if( zOut[48]!=0x55 ) fuzzFail("value written past nOut", 0);
  if( zOut[0]==0 ) return;
  if( eKind==NW_T_DATE || eKind==NW_T_RELATIVE ) zWhy = fuzzCheckDateValue(zOut);
  if( eKind==NW_T_TIME ) zWhy = fuzzCheckTimeValue(zOut);
  if( zWhy ){
    fprintf(stderr, "fuzz: kind %d '%.*s' (before '%s') against %04d-%02d-%02d"
            " gives '%s'\n", eKind, (int)n, zExpr, zBefore,
            pRef ? pRef->y : 0, pRef ? pRef->m : 0, pRef ? pRef->d : 0, zOut);
    fuzzFail("bad date value", zWhy);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size){
  const uint8_t *zHdr, *zText, *zExpr;
  size_t nHdr, nText, nBefore, nExpr;
  char zRef[64], zBefore[32];
  NwDate ref = {0, 0, 0};
  int bRef = 0, eKind;
  char *zCopy;
  fuzzSplitHeader(data, size, &zHdr, &nHdr, &zText, &nText);
  if( fuzzRefDate(zHdr, nHdr, zRef, sizeof(zRef)) ){
    if( nwDateParse(zRef, &ref)==0 ){
      const char *zWhy = fuzzCheckRefDate(zRef);
      if( zWhy ){
        fprintf(stderr, "fuzz: nwDateParse accepted '%s'\n", zRef);
        fuzzFail("nwDateParse accepted a malformed date", zWhy);
      }
      if( ref.y<1 || ref.y>9999 || !nwDateValid(ref.y, ref.m, ref.d) ){
        fprintf(stderr, "fuzz: '%s' parsed as %d-%d-%d\n", zRef, ref.y,
                ref.m, ref.d);
        fuzzFail("nwDateParse accepted a date that is not a real day", 0);
      }
      bRef = 1;
    }
  }
  /* the word before, up to a '|' in the first 31 bytes */
  fuzzCut(zText, nText < 32 ? nText : 32, '|', &zExpr, &nExpr, &nBefore);
  if( zExpr ){
    memcpy(zBefore, zText, nBefore);
    zBefore[nBefore] = 0;
    nExpr = nText - nBefore - 1;
  }else{
    zBefore[0] = 0;
    zExpr = zText;
    nExpr = nText;
  }
  /* nwTemporalValue reads z[0..n) only: give it an exact-size copy so
  ** ASan sees any over-read */
  zCopy = malloc(nExpr ? nExpr : 1);
  if( zCopy==0 ) return 0;
  if( nExpr ) memcpy(zCopy, zExpr, nExpr);
  for(eKind=NW_T_DATE; eKind<=NW_T_TIME; eKind++){
    checkValue(zCopy, nExpr, eKind, bRef ? &ref : 0, zBefore);
  }
  free(zCopy);
  return 0;
}
