/* libFuzzer target (core): the reference-date parser and the date and
** time arithmetic of ext/nw_dates.h, with arbitrary reference dates.
** Input: a header line (fuzzRefDate in fuzz_util.h: the reference date as
** written, or "@" and 4 bytes for a random real date of 0001..9999), then
** the expression, "|"-prefixed by the word before it ("since|last year").
** The header goes through nwDateParse(); what it accepts must be written
** YYYY-MM-DD (then nothing, or 'T' or ' ' and a time), be a real day of
** 0001..9999, and is then the reference date (else none).  The
** expression is valued as each kind.  Checks: DATE and RELATIVE values
** have the documented forms with years 0001..9999 (fuzzCheckDateValue),
** TIME values are HH:MM, the output is NUL-terminated inside its buffer.
** With the bounded arithmetic of branch fix-dates in ext/nw_dates.h
** (NW_COUNT_MAX defined), also nwDateAddDays/Months/Years with any count
** from the expression's first 8 bytes, on the reference date and on an
** arbitrary one, and nwDateParseN on the exact bytes.  The expression
** also goes through nwDateFromHeader() (newswire_date()): a real day or
** a failure with {0,0,0}.
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

#ifdef NW_COUNT_MAX
/* The bounded arithmetic of fix-dates (nwDateAddDays and friends,
** nwDateParseN), compiled in when ext/nw_dates.h declares it: any date,
** any count.  A result is a real day of 0001..9999 or a failure, and
** adding days is undone by subtracting them. */
static int64_t readInt64(const uint8_t *z, size_t n){
  uint64_t v = 0;
  size_t i;
  for(i=0; i<8 && i<n; i++) v |= (uint64_t)z[i] << (8*i);
  return (int64_t)v;
}

static void checkDate(const NwDate *p, int rc, const char *zWhat){
  if( rc==0 && !nwDateValid(p->y, p->m, p->d) ){
    fprintf(stderr, "fuzz: %s gave %d-%d-%d\n", zWhat, p->y, p->m, p->d);
    fuzzFail("date arithmetic left years 1..9999 or the calendar", 0);
  }
  if( rc && (p->y || p->m || p->d) ){
    fuzzFail("a failed result is not {0,0,0}", zWhat);
  }
}

static void checkArithmetic(const uint8_t *z, size_t n, const NwDate *pRef){
  NwDate any, out, back;
  int64_t k = readInt64(z, n);
  char zOut[48];
  any.y = n>8 ? (int)readInt64(z+8, n-8) : 2024;
  any.m = n>12 ? (int8_t)z[12] : 1;
  any.d = n>13 ? (int8_t)z[13] : 1;
  if( pRef ){
    int rc = nwDateAddDays(pRef, k, &out);
    checkDate(&out, rc, "nwDateAddDays");
    if( rc==0 && k!=INT64_MIN ){
      if( nwDateAddDays(&out, -k, &back) || back.y!=pRef->y
       || back.m!=pRef->m || back.d!=pRef->d ){
        fuzzFail("nwDateAddDays(nwDateAddDays(d, k), -k) is not d", 0);
      }
    }
    checkDate(&out, nwDateAddMonths(pRef, k, &out), "nwDateAddMonths");
    checkDate(&out, nwDateAddYears(pRef, k, &out), "nwDateAddYears");
  }
  /* an arbitrary, mostly invalid, reference date */
  checkDate(&out, nwDateAddDays(&any, k, &out), "nwDateAddDays(any)");
  checkDate(&out, nwDateAddMonths(&any, k, &out), "nwDateAddMonths(any)");
  nwTemporalValue((const char*)z, n, NW_T_RELATIVE, &any, "", zOut, sizeof(zOut));
  if( zOut[0] && fuzzCheckDateValue(zOut) ){
    fuzzFail("nwTemporalValue with an invalid reference date", zOut);
  }
  /* the length-bounded parser on the exact bytes */
  {
    char *zCopy = malloc(n ? n : 1);
    if( zCopy ){
      if( n ) memcpy(zCopy, z, n);
      if( nwDateParseN(zCopy, n, &out)==0 && !nwDateValid(out.y, out.m, out.d) ){
        fuzzFail("nwDateParseN accepted a date that is not a real day", 0);
      }
      free(zCopy);
    }
  }
}
#endif

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
  /* nwTimex(): every kind, tense and state; the timex of the type it
  ** returns has that type's TimeML form, and nothing is written past the
  ** buffers */
  for(eKind=NW_T_DATE; eKind<=NW_T_PARTDAY+1; eKind++){
    static const char *const azTx[] = {0, "DATE", "TIME", "DURATION", "SET"};
    char zV[48+8], zT[48+8];
    NwTimexState st = {nExpr>2 ? (int)zCopy[0]*40 : 0, nExpr>2 ? (zCopy[1]&3)+1 : 0, nExpr&1};
    int eTx, iTense = (int)(nExpr%3) - 1;
    const char *zWhy;
    memset(zV, 0x55, sizeof(zV));
    memset(zT, 0x55, sizeof(zT));
    eTx = nwTimex(zCopy, nExpr, eKind, bRef ? &ref : 0, zBefore, iTense, &st,
                  zV, 48, zT, 48);
    if( memchr(zV, 0, 48)==0 || memchr(zT, 0, 48)==0 || zV[48]!=0x55 || zT[48]!=0x55 ){
      fuzzFail("nwTimex wrote past its buffers or no NUL", 0);
    }
    if( eTx<NW_TX_NONE || eTx>NW_TX_SET ) fuzzFail("nwTimex type", 0);
    if( eTx==NW_TX_NONE && (zV[0] || zT[0]) ) fuzzFail("nwTimex value without type", zT);
    if( eTx!=NW_TX_NONE && zT[0] && (zWhy = fuzzCheckTimex(azTx[eTx], zT))!=0 ){
      fprintf(stderr, "fuzz: kind %d '%.*s' gives %s '%s': %s\n", eKind,
              (int)nExpr, zCopy, azTx[eTx], zT, zWhy);
      fuzzFail("nwTimex value", zT);
    }
  }
  (void)nwTenseAround(zCopy, nExpr, nExpr/3, nExpr/2);
  /* the header-date reader (newswire_date()): a real day, or {0,0,0} */
  {
    NwDate hd;
    int rc = nwDateFromHeader(zCopy, nExpr, &hd);
    if( rc==0 && !nwDateValid(hd.y, hd.m, hd.d) ){
      fuzzFail("nwDateFromHeader accepted a date that is not a real day", 0);
    }
    if( rc && (hd.y || hd.m || hd.d) ){
      fuzzFail("nwDateFromHeader failed without clearing the date", 0);
    }
  }
#ifdef NW_COUNT_MAX
  checkArithmetic((const uint8_t*)zCopy, nExpr, bRef ? &ref : 0);
#endif
  free(zCopy);
  return 0;
}
