/*
** nw_dates.c: calendar arithmetic and the values of date, time and number
** expressions.  The expressions are found by the entity scanner
** (nw_entities.c); this file only interprets the text of each.
*/
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>
#include <ctype.h>
#include <stdint.h>
#include "nw_dates.h"

/* ------------------------------------------------------------ calendar */

/* Every computed date is checked against years NW_YEAR_MIN..NW_YEAR_MAX
** before it is used or written, and every count is checked before it
** enters arithmetic, so day numbers stay within a few million and no
** month index leaves 1..12. */

static int isLeap(int y){ return (y%4==0 && y%100!=0) || y%400==0; }

/* 0 for a month outside 1..12, so that a bad month is never a valid day. */
static int daysInMonth(int y, int m){
  static const int a[] = {31,28,31,30,31,30,31,31,30,31,30,31};
  if( m<1 || m>12 ) return 0;
  return m==2 && isLeap(y) ? 29 : a[m-1];
}

static int yearInRange(int64_t y){ return y>=NW_YEAR_MIN && y<=NW_YEAR_MAX; }

int nwDateValid(int y, int m, int d){
  return yearInRange(y) && m>=1 && m<=12 && d>=1 && d<=daysInMonth(y, m);
}

static int dateOk(const NwDate *p){
  return p && nwDateValid(p->y, p->m, p->d);
}

/* Days since 1970-01-01 (H. Hinnant's days_from_civil), for a valid
** date: within -719162 (0001-01-01) .. 2932896 (9999-12-31). */
static int64_t daysFromCivil(int y, int m, int d){
  int64_t yy = (int64_t)y - (m<=2), era, yoe, doy, doe;
  era = (yy>=0 ? yy : yy-399) / 400;
  yoe = yy - era*400;
  doy = (153*(m + (m>2 ? -3 : 9)) + 2)/5 + d-1;
  doe = yoe*365 + yoe/4 - yoe/100 + doy;
  return era*146097 + doe - 719468;
}

/* The inverse, for day numbers of years 1..9999 only (callers check
** with dayInRange() first, so the casts to int cannot overflow). */
static NwDate civilFromDays(int64_t z){
  NwDate r;
  int64_t era, doe, yoe, doy, mp;
  z += 719468;
  era = (z>=0 ? z : z-146096) / 146097;
  doe = z - era*146097;
  yoe = (doe - doe/1460 + doe/36524 - doe/146096) / 365;
  doy = doe - (365*yoe + yoe/4 - yoe/100);
  mp = (5*doy + 2)/153;
  r.d = (int)(doy - (153*mp+2)/5 + 1);
  r.m = (int)(mp<10 ? mp+3 : mp-9);
  r.y = (int)(yoe + era*400 + (r.m<=2));
  return r;
}

static int dayInRange(int64_t day){
  return day>=daysFromCivil(NW_YEAR_MIN, 1, 1)
      && day<=daysFromCivil(NW_YEAR_MAX, 12, 31);
}

/* 1 = Monday ... 7 = Sunday */
static int weekday(int64_t days){
  int64_t w = (days + 3) % 7;       /* 1970-01-01 was a Thursday */
  if( w<0 ) w += 7;
  return (int)w + 1;
}

static int failDate(NwDate *pOut){
  pOut->y = pOut->m = pOut->d = 0;
  return -1;
}

int nwDateAddDays(const NwDate *p, int64_t n, NwDate *pOut){
  int64_t day0, span;
  if( !dateOk(p) ) return failDate(pOut);
  day0 = daysFromCivil(p->y, p->m, p->d);
  /* |n| beyond the whole range fails before the addition can overflow */
  span = daysFromCivil(NW_YEAR_MAX, 12, 31) - daysFromCivil(NW_YEAR_MIN, 1, 1);
  if( n<-span || n>span || !dayInRange(day0 + n) ) return failDate(pOut);
  *pOut = civilFromDays(day0 + n);
  return 0;
}

int nwDateAddMonths(const NwDate *p, int64_t n, NwDate *pOut){
  const int64_t span = 12*(int64_t)(NW_YEAR_MAX - NW_YEAR_MIN + 1);
  int64_t m0;
  NwDate r;
  int nDay;
  if( !dateOk(p) || n<-span || n>span ) return failDate(pOut);
  m0 = (int64_t)p->y*12 + (p->m - 1) + n;     /* months since year 0 */
  if( !yearInRange(m0/12) || m0<0 ) return failDate(pOut);
  r.y = (int)(m0/12);
  r.m = (int)(m0%12) + 1;
  nDay = daysInMonth(r.y, r.m);
  r.d = p->d>nDay ? nDay : p->d;
  *pOut = r;
  return 0;
}

int nwDateAddYears(const NwDate *p, int64_t n, NwDate *pOut){
  if( n<-(int64_t)NW_YEAR_MAX || n>(int64_t)NW_YEAR_MAX ) return failDate(pOut);
  return nwDateAddMonths(p, 12*n, pOut);
}

/* "2024-W32": the ISO week of a valid date (the year of its Thursday,
** which is always in range: 0001-01-01 is a Monday, 9999-12-31 a Friday). */
static void isoWeek(const NwDate *p, char *zOut, size_t nOut){
  NwDate thu;
  int64_t days = daysFromCivil(p->y, p->m, p->d);
  zOut[0] = 0;
  if( nwDateAddDays(p, 4 - weekday(days), &thu) ) return;
  snprintf(zOut, nOut, "%04d-W%02d", thu.y,
           (int)((daysFromCivil(thu.y, thu.m, thu.d)
                  - daysFromCivil(thu.y, 1, 1))/7) + 1);
}

/* n digits at z, as a number (n<=4). -1 if any is not a digit. */
static int fixedDigits(const char *z, size_t n){
  int v = 0;
  size_t i;
  for(i=0; i<n; i++){
    if( z[i]<'0' || z[i]>'9' ) return -1;
    v = v*10 + (z[i]-'0');
  }
  return v;
}

/* Two digits at z making a number of at most nMax. */
static int twoDigitsUpTo(const char *z, int nMax){
  int v = fixedDigits(z, 2);
  return v>=0 && v<=nMax;
}

/* Is z[0..n) a UTC offset: +HH, +HHMM or +HH:MM (or -)? */
static int utcOffsetOk(const char *z, size_t n){
  if( n<3 || (z[0]!='+' && z[0]!='-') || !twoDigitsUpTo(z+1, 23) ) return 0;
  if( n==3 ) return 1;
  if( n==5 ) return twoDigitsUpTo(z+3, 59);
  return n==6 && z[3]==':' && twoDigitsUpTo(z+4, 59);
}

/* Is z[0..n) a time of day after a reference date: HH:MM, optional :SS
** and .fraction, optional Z or UTC offset? */
static int timeSuffixOk(const char *z, size_t n){
  size_t i = 5;
  if( n<5 || z[2]!=':' || !twoDigitsUpTo(z, 23) || !twoDigitsUpTo(z+3, 59) ){
    return 0;
  }
  if( i<n && z[i]==':' ){
    if( n-i<3 || !twoDigitsUpTo(z+i+1, 59) ) return 0;
    i += 3;
    if( i<n && z[i]=='.' ){
      size_t j = ++i;
      while( i<n && z[i]>='0' && z[i]<='9' ) i++;
      if( i==j ) return 0;
    }
  }
  if( i<n && z[i]=='Z' ) return i+1==n;
  return i==n || utcOffsetOk(z+i, n-i);
}

int nwDateParseN(const char *z, size_t n, NwDate *p){
  int y, m, d;
  failDate(p);
  if( z==0 || n<10 || z[4]!='-' || z[7]!='-' ) return -1;
  y = fixedDigits(z, 4);
  m = fixedDigits(z+5, 2);
  d = fixedDigits(z+8, 2);
  if( y<0 || m<0 || d<0 || !nwDateValid(y, m, d) ) return -1;
  if( n>10 && !((z[10]=='T' || z[10]==' ') && timeSuffixOk(z+11, n-11)) ){
    return -1;
  }
  p->y = y; p->m = m; p->d = d;
  return 0;
}

int nwDateParse(const char *z, NwDate *p){
  if( z==0 ) return failDate(p);
  return nwDateParseN(z, strlen(z), p);
}

/* --------------------------------------------------------------- words */

/* strncasecmp() for ASCII, without needing POSIX headers. */
static int prefixCaseEq(const char *z, const char *zWord, size_t n){
  size_t i;
  for(i=0; i<n; i++){
    if( tolower((unsigned char)z[i])!=tolower((unsigned char)zWord[i]) ) return 0;
    if( zWord[i]==0 ) return 0;
  }
  return 1;
}

static int wordIs(const char *z, size_t n, const char *zWord){
  /* the first letter first: most calls walk a list of words */
  if( n>0 && tolower((unsigned char)z[0])!=tolower((unsigned char)zWord[0]) ) return 0;
  return strlen(zWord)==n && prefixCaseEq(z, zWord, n);
}

int nwMonthNumber(const char *z, size_t n){
  static const char *az[] = {"january","february","march","april","may","june",
    "july","august","september","october","november","december"};
  int i;
  if( n>0 && z[n-1]=='.' ) n--;
  if( n<3 ) return 0;
  for(i=0; i<12; i++){
    if( wordIs(z, n, az[i]) ) return i+1;
    if( (n==3 || (n==4 && i==8)) && prefixCaseEq(z, az[i], n) ) return i+1;
  }
  return 0;
}

int nwWeekdayNumber(const char *z, size_t n){
  static const char *az[] = {"monday","tuesday","wednesday","thursday",
    "friday","saturday","sunday"};
  int i;
  for(i=0; i<7; i++){
    if( wordIs(z, n, az[i]) ) return i+1;
  }
  return 0;
}

/* The words of an expression: runs of letters, or of digits with the
** , and . inside them.  Returns the number found (at most nMax). */
typedef struct Word Word;
struct Word { const char *z; size_t n; int bDigit; };

static int splitWords(const char *z, size_t n, Word *a, int nMax){
  size_t i = 0;
  int k = 0;
  while( i<n && k<nMax ){
    unsigned char c = (unsigned char)z[i];
    size_t j = i;
    if( isdigit(c) ){
      while( j<n && (isdigit((unsigned char)z[j]) || ((z[j]==',' || z[j]=='.')
             && j+1<n && isdigit((unsigned char)z[j+1]))) ) j++;
      a[k].bDigit = 1;
    }else if( isalpha(c) ){
      while( j<n && isalpha((unsigned char)z[j]) ) j++;
      a[k].bDigit = 0;
    }else{
      i++;
      continue;
    }
    a[k].z = z+i;
    a[k].n = j-i;
    k++;
    i = j;
  }
  return k;
}

/* ------------------------------------------------------------- numbers */

static const char *const azUnits[] = {"zero","one","two","three","four",
  "five","six","seven","eight","nine","ten","eleven","twelve","thirteen",
  "fourteen","fifteen","sixteen","seventeen","eighteen","nineteen"};
static const char *const azTens[] = {"","","twenty","thirty","forty","fifty",
  "sixty","seventy","eighty","ninety"};

static double scaleOf(const char *z, size_t n){
  if( wordIs(z, n, "hundred") ) return 1e2;
  if( wordIs(z, n, "thousand") || wordIs(z, n, "k") ) return 1e3;
  if( wordIs(z, n, "million") || wordIs(z, n, "m") || wordIs(z, n, "mln") ) return 1e6;
  if( wordIs(z, n, "billion") || wordIs(z, n, "bn") ) return 1e9;
  if( wordIs(z, n, "trillion") || wordIs(z, n, "tn") ) return 1e12;
  return 0;
}

static int smallNumber(const char *z, size_t n){
  int i;
  for(i=0; i<20; i++) if( wordIs(z, n, azUnits[i]) ) return i;
  for(i=2; i<10; i++) if( wordIs(z, n, azTens[i]) ) return i*10;
  if( wordIs(z, n, "dozen") || wordIs(z, n, "dozens") ) return 12;
  return -1;
}

int nwNumberValue(const char *z, size_t n, double *pValue,
                  char *zDigits, size_t nDigits){
  Word a[16];
  int nWord = splitWords(z, n, a, 16), i, bFound = 0;
  double total = 0, cur = 0;
  if( zDigits && nDigits ) zDigits[0] = 0;
  for(i=0; i<nWord; i++){
    double scale;
    int v;
    if( a[i].bDigit ){
      char zBuf[64];
      size_t k, m = 0, nSig = 0, nChar = 0;
      int bLead = 1, bDot = 0, nDropped = 0;
      for(k=0; k<a[i].n; k++){
        char c = a[i].z[k];
        if( c==',' ) continue;
        nChar++;
        if( c=='.' ) bDot = 1;
        if( c>='0' && c<='9' ){
          if( c!='0' ) bLead = 0;
          if( !bLead ) nSig++;
        }
        if( m<sizeof(zBuf)-1 ) zBuf[m++] = c;
        else if( !bDot && c>='0' && c<='9' ) nDropped++;  /* integer digits */
      }
      zBuf[m] = 0;
      /* The exact digits go out as text only when all of them fit: a cut
      ** string would be a wrong value; the REAL below is then the value. */
      if( nSig>15 && zDigits && nChar<nDigits ){
        size_t c = 0;
        for(k=0; k<a[i].n; k++){
          if( a[i].z[k]!=',' ) zDigits[c++] = a[i].z[k];
        }
        zDigits[c] = 0;
      }
      cur += strtod(zBuf, 0)*pow(10.0, nDropped);
      bFound = 1;
    }else if( (scale = scaleOf(a[i].z, a[i].n))>0 ){
      if( !bFound && !(i>0 && wordIs(a[i-1].z, a[i-1].n, "a")) ) continue;
      if( !bFound ){ cur = 1; bFound = 1; }           /* "a hundred" */
      if( scale>=1e3 ){ total += (cur ? cur : 1)*scale; cur = 0; }
      else cur = (cur ? cur : 1)*scale;
    }else if( (v = smallNumber(a[i].z, a[i].n))>=0 ){
      cur += v;
      bFound = 1;
    }
  }
  if( !bFound || !isfinite(total + cur) ) return -1;
  *pValue = total + cur;
  return 0;
}

/* ---------------------------------------------------------- temporals */

static void formatDate(int y, int m, int d, char *zOut, size_t nOut){
  if( !nwDateValid(y, m, d) ){ zOut[0] = 0; return; }
  snprintf(zOut, nOut, "%04d-%02d-%02d", y, m, d);
}

/* The leading digits of a word as a number, saturated at 100000 and
** more: no day, month, year or hour is that large, and atoi() would
** overflow on a long run of digits. */
static int leadingNumber(const Word *w){
  int v = 0;
  size_t i;
  for(i=0; i<w->n && isdigit((unsigned char)w->z[i]); i++){
    if( v<100000 ) v = v*10 + (w->z[i]-'0');
  }
  return v;
}

/* The year of a date written without one: news reports the past far
** more than the future, so a date more than 90 days after the reference
** is last year's, and one more than 275 days before it is next year's.
** The result may be 0 or 10000 at the ends of the range: callers check. */
static int nearestYear(const NwDate *pRef, int m, int d, int iTense){
  int y = pRef->y;
  int64_t ref = daysFromCivil(pRef->y, pRef->m, pRef->d);
  int64_t day = daysFromCivil(y, m, d ? d : 15);
  /* a tense decides: the next one on or after the reference date, or the
  ** last one on or before it (a month alone: its month counts as both) */
  if( iTense>0 ){
    if( d ? day<ref : m<pRef->m ) y++;
    return y;
  }
  if( iTense<0 ){
    if( d ? day>ref : m>pRef->m ) y--;
    return y;
  }
  /* no tense, or only the past (news states dates of the past and of the
  ** near future in the past tense: "said it is payable Dec. 7") */
  if( day-ref>90 ) y--;
  else if( ref-day>275 ) y++;
  return y;
}

/* "early", "mid" or "late" month m (1..12) of year y as an interval. */
static void partOfMonth(int y, int m, const char *zPart, char *zOut,
                        size_t nOut){
  int d0 = 1, d1 = 10;
  if( strcmp(zPart, "mid")==0 ){ d0 = 11; d1 = 20; }
  if( strcmp(zPart, "late")==0 ){ d0 = 21; d1 = daysInMonth(y, m); }
  snprintf(zOut, nOut, "%04d-%02d-%02d/%04d-%02d-%02d", y, m, d0, y, m, d1);
}

static void calendarValue(const Word *a, int nWord, const NwDate *pRef,
                          int iTense, int bSinceDate, char *zOut, size_t nOut){
  int y = 0, m = 0, d = 0, i, aNum[3], nNum = 0, bYear = 0;
  const char *zPart = 0;
  for(i=0; i<nWord; i++){
    if( a[i].bDigit ){
      int v = leadingNumber(&a[i]);
      if( nNum<3 ) aNum[nNum++] = v;
      if( a[i].n==4 ){ y = v; bYear = 1; }
      else if( d==0 ) d = v;
    }else if( nwMonthNumber(a[i].z, a[i].n) && m==0 ){
      m = nwMonthNumber(a[i].z, a[i].n);
    }else if( wordIs(a[i].z, a[i].n, "early") ) zPart = "early";
    else if( wordIs(a[i].z, a[i].n, "mid") ) zPart = "mid";
    else if( wordIs(a[i].z, a[i].n, "late") ) zPart = "late";
  }
  if( m==0 && nNum==3 ){
    bYear = 1;
    if( aNum[0]>31 ){ y = aNum[0]; m = aNum[1]; d = aNum[2]; }   /* ISO */
    else{
      /* day/month/year unless only month/day/year can be a date */
      y = aNum[2]; d = aNum[0]; m = aNum[1];
      if( m>12 && d<=12 ){ m = aNum[0]; d = aNum[1]; }
      if( y<100 ) y += 2000;
    }
  }
  zOut[0] = 0;
  if( bYear && !yearInRange(y) ) return;
  if( m==0 && bYear && zPart ){
    /* "early 2024": January-April, "mid": May-August, "late": the rest */
    int m0 = strcmp(zPart, "early")==0 ? 1 : strcmp(zPart, "mid")==0 ? 5 : 9;
    snprintf(zOut, nOut, "%04d-%02d/%04d-%02d", y, m0, y, m0+3);
    return;
  }
  if( m<1 || m>12 ) return;
  if( !bYear ){
    if( pRef==0 ) return;
    y = nearestYear(pRef, m, d, iTense>0 || bSinceDate ? iTense : 0);
    if( !yearInRange(y) ) return;       /* "5 January" at 9999-12-31 */
  }
  if( d ) formatDate(y, m, d, zOut, nOut);
  else if( zPart ) partOfMonth(y, m, zPart, zOut, nOut);
  else snprintf(zOut, nOut, "%04d-%02d", y, m);
}

/* How a relative date is written. */
#define NW_AS_NONE      0     /* no value: unresolved or out of range */
#define NW_AS_DAY       1     /* 2024-08-14 */
#define NW_AS_MONTH     2     /* 2024-07 */
#define NW_AS_YEAR      3     /* 2023 */
#define NW_AS_WEEK      4     /* 2024-W32 */
#define NW_AS_PAST_WEEK 5     /* 2024-08-08/2024-08-15 */
#define NW_AS_WEEKEND   6     /* 2024-W32-WE */

static int asForm(int rc, int eForm){ return rc ? NW_AS_NONE : eForm; }

/* The count of "N units ago" (words 0..iUnit-1), or -1 when there is
** none or it exceeds NW_COUNT_MAX.  The range check comes before the
** cast and also fails for NaN; a fraction is dropped ("1.5 days ago"
** is one day ago). */
static int64_t agoCount(const Word *a, int iUnit){
  double v;
  if( nwNumberValue(a[0].z, (size_t)(a[iUnit].z - a[0].z), &v, 0, 0) ) return -1;
  if( !(v>=0 && v<=NW_COUNT_MAX) ) return -1;
  return (int64_t)v;
}

static int agoDate(const Word *a, int iAgo, const NwDate *pRef, NwDate *pR){
  const char *zUnit = a[iAgo-1].z;
  int64_t n = agoCount(a, iAgo-1);
  if( n<0 ) return NW_AS_NONE;
  if( prefixCaseEq(zUnit, "day", 3) ){
    return asForm(nwDateAddDays(pRef, -n, pR), NW_AS_DAY);
  }
  if( prefixCaseEq(zUnit, "week", 4) ){
    return asForm(nwDateAddDays(pRef, -7*n, pR), NW_AS_DAY);
  }
  if( prefixCaseEq(zUnit, "month", 5) ){
    return asForm(nwDateAddMonths(pRef, -n, pR), NW_AS_MONTH);
  }
  if( prefixCaseEq(zUnit, "year", 4) ){
    return asForm(nwDateAddYears(pRef, -n, pR), NW_AS_YEAR);
  }
  return NW_AS_NONE;
}

/* The date a relative expression names against the valid *pRef, in
** *pR, and the form to write it in. */
static int relativeDate(const Word *a, int nWord, const NwDate *pRef,
                        int iTense, NwDate *pR){
  int i, iDir = 0, bPast = 0;
  /* "N units ago" first: the unit is no "year" or "month" of its own
  ** ("1 year ago" is not this year) */
  if( nWord>=3 && wordIs(a[nWord-1].z, a[nWord-1].n, "ago") ){
    return agoDate(a, nWord-1, pRef, pR);
  }
  /* "June last year", "January this year" */
  if( nWord==3 && nwMonthNumber(a[0].z, a[0].n) && wordIs(a[2].z, a[2].n, "year") ){
    int y = pRef->y + (wordIs(a[1].z, a[1].n, "last") ? -1
                       : wordIs(a[1].z, a[1].n, "next") ? 1 : 0);
    if( !yearInRange(y) ) return NW_AS_NONE;
    pR->y = y; pR->m = nwMonthNumber(a[0].z, a[0].n); pR->d = 1;
    return NW_AS_MONTH;
  }
  for(i=0; i<nWord; i++){
    const char *z = a[i].z;
    size_t n = a[i].n;
    int wd;
    if( wordIs(z, n, "yesterday") ){
      return asForm(nwDateAddDays(pRef, -1, pR), NW_AS_DAY);
    }
    if( wordIs(z, n, "today") || wordIs(z, n, "tonight") ){
      *pR = *pRef;
      return NW_AS_DAY;
    }
    if( wordIs(z, n, "tomorrow") ){
      return asForm(nwDateAddDays(pRef, 1, pR), NW_AS_DAY);
    }
    if( wordIs(z, n, "last") || wordIs(z, n, "previous") ){ iDir = -1; continue; }
    if( wordIs(z, n, "past") ){ iDir = -1; bPast = 1; continue; }
    if( wordIs(z, n, "next") || wordIs(z, n, "coming") ){ iDir = 1; continue; }
    if( wordIs(z, n, "this") ){ iDir = 0; continue; }
    if( (wd = nwWeekdayNumber(z, n))!=0 ){
      int cur = weekday(daysFromCivil(pRef->y, pRef->m, pRef->d));
      int delta;                                   /* -7..7 */
      if( iDir<0 ){ delta = -((cur - wd + 6) % 7 + 1); }
      else if( iDir>0 ){ delta = (wd - cur + 6) % 7 + 1; }
      else if( iTense>0 ){ delta = (wd - cur + 7) % 7; }  /* on or after */
      else{ delta = -((cur - wd + 7) % 7); }       /* on or before */
      return asForm(nwDateAddDays(pRef, delta, pR), NW_AS_DAY);
    }
    if( wordIs(z, n, "weekend") ){
      /* "the weekend": the last one (this one on a Saturday or Sunday),
      ** or the coming one in the future tense; "last", "next" */
      int cur = weekday(daysFromCivil(pRef->y, pRef->m, pRef->d));
      int bThis = i>0 && wordIs(a[i-1].z, a[i-1].n, "this");
      int nWeek = iDir!=0 ? iDir
                : (cur>=6 || iTense>0 || bThis) ? 0 : -1;
      return asForm(nwDateAddDays(pRef, 7*nWeek, pR), NW_AS_WEEKEND);
    }
    if( wordIs(z, n, "week") || wordIs(z, n, "weeks") ){
      if( bPast ) return asForm(nwDateAddDays(pRef, -7, pR), NW_AS_PAST_WEEK);
      return asForm(nwDateAddDays(pRef, 7*iDir, pR), NW_AS_WEEK);
    }
    if( wordIs(z, n, "month") ){
      return asForm(nwDateAddMonths(pRef, iDir, pR), NW_AS_MONTH);
    }
    if( (wd = nwMonthNumber(z, n))!=0 ){
      /* "last June": the last June before the reference month; "next
      ** June": the first after it; "this June": of the reference year */
      int y = pRef->y;
      if( iDir<0 && wd>=pRef->m ) y--;
      if( iDir>0 && wd<=pRef->m ) y++;
      if( !yearInRange(y) ) return NW_AS_NONE;
      pR->y = y; pR->m = wd; pR->d = 1;
      return NW_AS_MONTH;
    }
    if( wordIs(z, n, "year") ){
      return asForm(nwDateAddYears(pRef, iDir, pR), NW_AS_YEAR);
    }
  }
  return NW_AS_NONE;
}

static void relativeValue(const Word *a, int nWord, const NwDate *pRef,
                          int iTense, char *zOut, size_t nOut){
  NwDate r = {0, 0, 0};
  zOut[0] = 0;
  if( pRef==0 ) return;
  switch( relativeDate(a, nWord, pRef, iTense, &r) ){
    case NW_AS_DAY:   formatDate(r.y, r.m, r.d, zOut, nOut); break;
    case NW_AS_MONTH: snprintf(zOut, nOut, "%04d-%02d", r.y, r.m); break;
    case NW_AS_YEAR:  snprintf(zOut, nOut, "%04d", r.y); break;
    case NW_AS_WEEK:  isoWeek(&r, zOut, nOut); break;
    case NW_AS_WEEKEND:
      isoWeek(&r, zOut, nOut);
      if( zOut[0] && strlen(zOut)+4<nOut ) memcpy(zOut+strlen(zOut), "-WE", 4);
      break;
    case NW_AS_PAST_WEEK:
      snprintf(zOut, nOut, "%04d-%02d-%02d/%04d-%02d-%02d", r.y, r.m, r.d,
               pRef->y, pRef->m, pRef->d);
      break;
  }
}

static void timeValue(const Word *a, int nWord, char *zOut, size_t nOut){
  int h = -1, mi = 0, i;
  zOut[0] = 0;
  for(i=0; i<nWord; i++){
    if( a[i].bDigit && h<0 ){
      h = leadingNumber(&a[i]);
    }else if( a[i].bDigit && h>=0 ){
      mi = leadingNumber(&a[i]);
    }else if( wordIs(a[i].z, a[i].n, "noon") ){ h = 12; mi = 0; }
    else if( wordIs(a[i].z, a[i].n, "midnight") ){ h = 0; mi = 0; }
    else if( (wordIs(a[i].z, a[i].n, "pm") || wordIs(a[i].z, a[i].n, "p"))
           && h>=0 && h<12 ){ h += 12; }
    else if( (wordIs(a[i].z, a[i].n, "am") || wordIs(a[i].z, a[i].n, "a"))
           && h==12 ){ h = 0; }
  }
  if( h<0 || h>23 || mi<0 || mi>59 ) return;
  snprintf(zOut, nOut, "%02d:%02d", h, mi);
}

/* "since 2014": the year as written, four digits in years 1..9999. */
static void yearValue(const Word *a, int nWord, char *zOut, size_t nOut){
  const Word *w = nWord>0 ? &a[nWord-1] : 0;
  zOut[0] = 0;
  if( w && w->bDigit && w->n==4 && fixedDigits(w->z, 4)>=NW_YEAR_MIN ){
    snprintf(zOut, nOut, "%.4s", w->z);
  }
}

/* The words of z[0..n) with "-" and "/" as spaces, in zBuf. */
static int exprWords(const char *z, size_t n, char *zBuf, size_t nBuf,
                     Word *a, int nMax){
  size_t i;
  if( z==0 ) n = 0;
  if( n>=nBuf ) n = nBuf-1;
  if( n ) memcpy(zBuf, z, n);
  zBuf[n] = 0;
  for(i=0; i<n; i++) if( zBuf[i]=='-' || zBuf[i]=='/' ) zBuf[i] = ' ';
  return splitWords(zBuf, n, a, nMax);
}

static void temporalValueT(const char *z, size_t n, int eKind,
                           const NwDate *pRef, const char *zBefore,
                           int iTense, char *zOut, size_t nOut){
  Word a[16];
  int nWord, bSince = zBefore && strcmp(zBefore, "since")==0;
  /* "2024-07-31", "15/08/2024": separators become spaces, so the digit
  ** runs come apart */
  char zBuf[128];
  if( nOut==0 ) return;
  zOut[0] = 0;
  if( pRef && !dateOk(pRef) ) pRef = 0;    /* y==0 or garbage: unknown */
  if( bSince ) iTense = NW_TENSE_PAST;     /* "since October 7": the last */
  nWord = exprWords(z, n, zBuf, sizeof(zBuf), a, 16);
  switch( eKind ){
    case NW_T_DATE:     calendarValue(a, nWord, pRef, iTense, bSince, zOut, nOut); break;
    case NW_T_YEAR:     yearValue(a, nWord, zOut, nOut); break;
    case NW_T_RELATIVE: relativeValue(a, nWord, pRef, iTense, zOut, nOut); break;
    case NW_T_TIME:     timeValue(a, nWord, zOut, nOut); break;
  }
  /* "since X": from X to the reference date, or open-ended without one;
  ** X after the reference date ("since 2030" in 2024) is no interval */
  if( zOut[0] && bSince && eKind!=NW_T_TIME && strchr(zOut, '/')==0 ){
    size_t m = strlen(zOut);
    if( pRef ){
      char zRef[11];
      snprintf(zRef, sizeof(zRef), "%04d-%02d-%02d", pRef->y, pRef->m, pRef->d);
      if( (m==4 || isdigit((unsigned char)zOut[5]))
       && strncmp(zOut, zRef, m<10 ? m : 10)>0 ) return;
      snprintf(zOut+m, nOut-m, "/%04d-%02d-%02d", pRef->y, pRef->m, pRef->d);
    }else{
      snprintf(zOut+m, nOut-m, "/..");
    }
  }
}

void nwTemporalValue(const char *z, size_t n, int eKind, const NwDate *pRef,
                     const char *zBefore, char *zOut, size_t nOut){
  temporalValueT(z, n, eKind, pRef, zBefore, NW_TENSE_NONE, zOut, nOut);
}

/* ------------------------------------------------------------- TIMEX3 */

static int anyWord(const Word *w, const char *const *az){
  int i, c;
  if( w->n==0 ) return 0;
  c = tolower((unsigned char)w->z[0]);
  for(i=0; az[i]; i++){
    if( az[i][0]==c && wordIs(w->z, w->n, az[i]) ) return 1;   /* first letter first */
  }
  return 0;
}

/* 1..4 for "first".."fourth" (or "1st".."4th": the digit word), else 0. */
static int ordinalOf(const Word *a, int i, int nWord){
  static const char *const az[] = {"first", "second", "third", "fourth", 0};
  int k;
  for(k=0; az[k]; k++) if( wordIs(a[i].z, a[i].n, az[k]) ) return k+1;
  if( a[i].bDigit && a[i].n==1 && a[i].z[0]>='1' && a[i].z[0]<='4'
   && i+1<nWord && anyWord(&a[i+1], (const char*const[]){"st","nd","rd","th",0}) ){
    return a[i].z[0]-'0';
  }
  return 0;
}

/* A four-digit year word in years 1..9999, or 0. */
static int yearWord(const Word *w){
  int v;
  if( !w->bDigit || w->n!=4 ) return 0;
  v = fixedDigits(w->z, 4);
  return v>=NW_YEAR_MIN ? v : 0;
}

/* "this year's", "last year's", "next year('s)", "of this year": the
** year named relative to pRef, or 0 if none is.  *pbYear: a year word. */
static int relYear(const Word *a, int nWord, const NwDate *pRef){
  int i;
  for(i=1; i<nWord; i++){
    if( !wordIs(a[i].z, a[i].n, "year") ) continue;
    if( i+1<nWord && anyWord(&a[i+1], (const char*const[]){"earlier","ago",0}) ) continue;
    if( pRef==0 ) return -1;
    if( wordIs(a[i-1].z, a[i-1].n, "this") || wordIs(a[i-1].z, a[i-1].n, "current") ) return pRef->y;
    if( wordIs(a[i-1].z, a[i-1].n, "last") || wordIs(a[i-1].z, a[i-1].n, "previous") ) return pRef->y-1;
    if( wordIs(a[i-1].z, a[i-1].n, "next") ) return pRef->y+1;
  }
  return 0;
}

/* now, currently, recently, the past, the future */
static int refValue(const Word *a, int nWord, char *zOut, size_t nOut){
  static const char *const azPresent[] = {"now", "currently", "nowadays", 0};
  static const char *const azFuture[] = {"soon", "future", 0};
  int i;
  for(i=nWord-1; i>=0; i--){
    if( anyWord(&a[i], azPresent) ){ snprintf(zOut, nOut, "PRESENT_REF"); return NW_TX_DATE; }
    if( anyWord(&a[i], azFuture) ){ snprintf(zOut, nOut, "FUTURE_REF"); return NW_TX_DATE; }
    if( isalpha((unsigned char)a[i].z[0]) && !wordIs(a[i].z, a[i].n, "the")
     && !wordIs(a[i].z, a[i].n, "in") ){
      snprintf(zOut, nOut, "PAST_REF");
      return NW_TX_DATE;
    }
  }
  return NW_TX_NONE;
}

static int quarterOfMonth(int m){ return (m-1)/3 + 1; }

/* the third quarter, third-quarter, the quarter, last quarter, the
** first half of 1990, the year-earlier quarter */
static int quarterValue(const Word *a, int nWord, const NwDate *pRef,
                        int iTense, NwTimexState *pSt, char *zOut,
                        size_t nOut){
  int i, q = 0, y = 0, iDir = 2, bHalf = 0, bQuarter = 0, bYearAgo = 0;
  int yRel = relYear(a, nWord, pRef), rq, ry;
  for(i=0; i<nWord; i++){
    const Word *w = &a[i];
    int o = ordinalOf(a, i, nWord);
    if( o ){ q = o; continue; }
    if( yearWord(w) ){ y = yearWord(w); continue; }
    if( wordIs(w->z, w->n, "quarter") ){ bQuarter = 1; continue; }
    if( wordIs(w->z, w->n, "half") ){ bHalf = 1; continue; }
    if( wordIs(w->z, w->n, "year") && i+1<nWord
     && anyWord(&a[i+1], (const char*const[]){"earlier","ago",0}) ){
      bYearAgo = 1; i++; continue;
    }
    if( i+1<nWord && wordIs(a[i+1].z, a[i+1].n, "year") ) continue; /* this year's */
    if( anyWord(w, (const char*const[]){"this","current",0}) ) iDir = 0;
    else if( anyWord(w, (const char*const[]){"last","previous","latter","final",0}) ){
      if( i+1<nWord && wordIs(a[i+1].z, a[i+1].n, "half") ) q = 2;
      else if( q==0 ) iDir = -1;
    }
    else if( anyWord(w, (const char*const[]){"next","coming",0}) ) iDir = 1;
  }
  if( yRel<0 ) return NW_TX_DATE;                 /* no reference date */
  if( bYearAgo && !bHalf ){
    if( pSt && pSt->iQYear>NW_YEAR_MIN ){
      snprintf(zOut, nOut, "%04d-Q%d", pSt->iQYear-1, pSt->iQuarter);
    }else if( pRef && pRef->y>NW_YEAR_MIN ){
      snprintf(zOut, nOut, "%04d", pRef->y-1);
    }
    return NW_TX_DATE;
  }
  if( y==0 ) y = yRel;
  if( bHalf ){
    if( q<1 || q>2 ) return NW_TX_NONE;
    if( y==0 && pRef ){
      y = pRef->y;
      if( q==2 && pRef->m<=6 && iTense<=0 ) y--;
    }
    if( yearInRange(y) ) snprintf(zOut, nOut, "%04d-H%d", y, q);
    return NW_TX_DATE;
  }
  if( !bQuarter ) return NW_TX_NONE;
  if( y==0 ){
    if( pRef==0 ) return NW_TX_DATE;
    rq = quarterOfMonth(pRef->m);
    ry = pRef->y;
    if( q ){
      y = ry;
      /* quarters are reported once they are over, or looked forward to */
      if( q>rq && iTense<=0 ) y--;
    }else{
      /* "this quarter"; "the quarter" and "last quarter": the last
      ** finished; "next quarter" */
      int k = ry*4 + (rq-1) + (iDir==2 ? -1 : iDir);
      y = k/4;
      q = k%4 + 1;
    }
  }else if( q==0 ){
    /* "the 1988 quarter": the quarter the text is about, in 1988 */
    if( pSt==0 || pSt->iQYear<=NW_YEAR_MIN ) return NW_TX_DATE;
    q = pSt->iQuarter;
  }
  if( !yearInRange(y) ) return NW_TX_DATE;
  snprintf(zOut, nOut, "%04d-Q%d", y, q);
  if( pSt ){ pSt->iQYear = y; pSt->iQuarter = q; }
  return NW_TX_DATE;
}

/* The TimeML season code and index (0 spring .. 3 winter) of a word. */
static int seasonOf(const Word *w, const char **pzCode){
  static const char *const azW[] = {"spring", "summer", "autumn", "fall", "winter"};
  static const char *const azC[] = {"SP", "SU", "FA", "FA", "WI"};
  static const int aI[] = {0, 1, 2, 2, 3};
  int i;
  for(i=0; i<5; i++){
    if( wordIs(w->z, w->n, azW[i]) ){ *pzCode = azC[i]; return aI[i]; }
  }
  return -1;
}

static int seasonValue(const Word *a, int nWord, const NwDate *pRef,
                       const char *zBefore, int iTense, char *zOut,
                       size_t nOut){
  static const char *const azCtx[] = {"in","during","by","until","since",
    "through","over","of","before","after","for","this","last","next",0};
  int i, t = -1, y = 0, iDir = 2, bDet = 0;
  const char *zCode = "";
  int bFall = 0;
  for(i=0; i<nWord; i++){
    int k;
    const char *zC;
    if( (k = seasonOf(&a[i], &zC))>=0 ){ t = k; zCode = zC; bFall = a[i].z[0]=='f' || a[i].z[0]=='F'; continue; }
    if( yearWord(&a[i]) ){ y = yearWord(&a[i]); continue; }
    if( wordIs(a[i].z, a[i].n, "this") ){ iDir = (i+1<nWord && wordIs(a[i+1].z, a[i+1].n, "past")) ? -1 : 0; bDet = 1; }
    else if( wordIs(a[i].z, a[i].n, "last") ){ iDir = -1; bDet = 1; }
    else if( wordIs(a[i].z, a[i].n, "next") || wordIs(a[i].z, a[i].n, "coming") ){ iDir = 1; bDet = 1; }
    else if( wordIs(a[i].z, a[i].n, "the") ) bDet = 2;
  }
  if( t<0 ) return NW_TX_NONE;
  /* "fall" is also a verb and a noun ("the fall in prices") */
  if( y==0 && bDet!=1 ){
    int bCtx = zBefore && zBefore[0] && anyWord(&(Word){zBefore, strlen(zBefore), 0}, azCtx);
    if( bFall ? !(bDet==2 && bCtx) : !(bDet || bCtx) ) return NW_TX_NONE;
  }
  if( y==0 ){
    int rs, ry, k;
    if( pRef==0 ) return NW_TX_DATE;
    ry = pRef->y;
    if( pRef->m<=2 ){ rs = 3; ry--; }
    else rs = pRef->m==12 ? 3 : (pRef->m-3)/3;
    k = ry*4 + rs;                                /* the reference's season */
    if( iDir==0 ){
      y = pRef->y;
      if( t==3 && pRef->m<=2 ) y--;
    }else{
      int kt = ry*4 + t;
      if( iDir==-1 ){ if( kt>=k ) kt -= 4; }
      else if( iDir==1 ){ if( kt<=k ) kt += 4; }
      else if( iTense>0 ){ if( kt<k ) kt += 4; }
      else if( kt>k ) kt -= 4;
      y = kt/4;
    }
  }
  if( yearInRange(y) ) snprintf(zOut, nOut, "%04d-%s", y, zCode);
  return NW_TX_DATE;
}

/* the 1990s, the '80s, the mid-1990s, the nineties: 199X; years said as
** words: "nineteen ninety-six" 1996, "the year two thousand" 2000 */
static int decadeValue(const Word *a, int nWord, char *zOut, size_t nOut){
  static const char *const azDec[] = {"twenties", "thirties", "forties",
    "fifties", "sixties", "seventies", "eighties", "nineties", 0};
  int i, k;
  for(i=0; i<nWord; i++){
    int v;
    for(k=0; azDec[k]; k++){
      if( wordIs(a[i].z, a[i].n, azDec[k]) ){
        snprintf(zOut, nOut, "19%dX", k+2);
        return NW_TX_DATE;
      }
    }
    if( wordIs(a[i].z, a[i].n, "thousand") && i>0 && wordIs(a[i-1].z, a[i-1].n, "two") ){
      v = 2000;
      for(k=i+1; k<nWord; k++){
        int u = smallNumber(a[k].z, a[k].n);
        if( u>0 ) v += u;
      }
      snprintf(zOut, nOut, "%04d", v);
      return NW_TX_DATE;
    }
    if( (wordIs(a[i].z, a[i].n, "nineteen") || wordIs(a[i].z, a[i].n, "twenty"))
     && i+1<nWord ){
      int c = wordIs(a[i].z, a[i].n, "nineteen") ? 1900 : 2000;
      v = 0;
      for(k=i+1; k<nWord; k++){
        int u = smallNumber(a[k].z, a[k].n);
        if( u>0 ) v += u;
      }
      if( v>=10 && v<100 ){
        snprintf(zOut, nOut, "%04d", c + v);
        return NW_TX_DATE;
      }
    }
    if( a[i].bDigit && a[i].n==4 && fixedDigits(a[i].z, 4)>=10 ){
      snprintf(zOut, nOut, "%.3sX", a[i].z);
      return NW_TX_DATE;
    }
    if( a[i].bDigit && a[i].n==2 && fixedDigits(a[i].z, 2)>=0 ){
      snprintf(zOut, nOut, "19%.1sX", a[i].z);
      return NW_TX_DATE;
    }
  }
  return NW_TX_NONE;
}

/* The TimeML unit of a unit word: its letter, whether it is a time of
** day (PT), its multiple (a decade is 10 years), its plural. */
typedef struct TxUnit TxUnit;
struct TxUnit { const char *zS, *zP; char c; int bT; int nMul; int iDay; };
static const TxUnit aTxUnit[] = {
  {"second", "seconds", 'S', 1, 1, 0}, {"minute", "minutes", 'M', 1, 1, 0},
  {"hour", "hours", 'H', 1, 1, 0}, {"day", "days", 'D', 0, 1, 1},
  {"week", "weeks", 'W', 0, 1, 7}, {"month", "months", 'M', 0, 1, 30},
  {"quarter", "quarters", 'Q', 0, 1, 91}, {"year", "years", 'Y', 0, 1, 365},
  {"decade", "decades", 'Y', 0, 10, 3652}, {"century", "centuries", 'Y', 0, 100, 36524},
  {0, 0, 0, 0, 0, 0}
};

static const TxUnit *unitOf(const Word *w, int *pbPlural){
  int i;
  for(i=0; aTxUnit[i].zS; i++){
    if( wordIs(w->z, w->n, aTxUnit[i].zS) ){ *pbPlural = 0; return &aTxUnit[i]; }
    if( wordIs(w->z, w->n, aTxUnit[i].zP) ){ *pbPlural = 1; return &aTxUnit[i]; }
  }
  return 0;
}

/* "P3Y", "PT2H", "PXM", "P10Y" (a decade), "P1.5D" */
static void durationText(const TxUnit *u, double v, int bX, char *zOut,
                         size_t nOut){
  if( bX ){
    if( u->nMul==10 ) snprintf(zOut, nOut, "PXDE");
    else if( u->nMul==100 ) snprintf(zOut, nOut, "PXCE");
    else snprintf(zOut, nOut, "P%sX%c", u->bT ? "T" : "", u->c);
    return;
  }
  v *= u->nMul;
  if( !(v>=0 && v<1e9) ){ zOut[0] = 0; return; }
  if( v==(double)(int64_t)v ){
    snprintf(zOut, nOut, "P%s%lld%c", u->bT ? "T" : "", (long long)v, u->c);
  }else{
    /* a fraction, to three places without trailing zeros: never an
    ** exponent ("1.5", not "2.00026e+07") */
    char zNum[32];
    size_t k;
    snprintf(zNum, sizeof(zNum), "%.3f", v);
    k = strlen(zNum);
    while( k>0 && zNum[k-1]=='0' ) zNum[--k] = 0;
    if( k>0 && zNum[k-1]=='.' ) zNum[--k] = 0;
    snprintf(zOut, nOut, "P%s%s%c", u->bT ? "T" : "", zNum, u->c);
  }
}

/* six months, two-year, the past two weeks, several years, for months,
** a year ago (a DATE), $5 a year (a SET) */
static int durationValue(const Word *a, int nWord, const NwDate *pRef,
                         const char *zBefore, NwTimexState *pSt, char *zOut,
                         size_t nOut){
  static const char *const azVague[] = {"several", "few", "many", "some",
    "recent", "countless", "numerous", 0};
  static const char *const azFor[] = {"for", "over", "in", "within",
    "within", "after", "take", "takes", "took", "last", "lasted", "spent", 0};
  int i, iUnit = -1, bPlural = 0, bX = 0, bOne = 0, bNum = 0, bAgo = 0;
  int bLater = 0, bDet = 0;
  const TxUnit *u = 0;
  double v = 1;
  for(i=0; i<nWord; i++){
    int bp;
    const TxUnit *uu = unitOf(&a[i], &bp);
    if( uu && (i+1>=nWord || !unitOf(&a[i+1], &bp)) ){
      u = uu; iUnit = i; bPlural = unitOf(&a[i], &bp) ? bp : 0;
    }
  }
  if( u==0 ) return NW_TX_NONE;
  for(i=iUnit+1; i<nWord; i++){
    if( anyWord(&a[i], (const char*const[]){"ago","earlier","before",0}) ) bAgo = 1;
    if( wordIs(a[i].z, a[i].n, "later") ) bLater = 1;
  }
  for(i=0; i<iUnit; i++){
    if( anyWord(&a[i], azVague) ) bX = 1;
    else if( anyWord(&a[i], (const char*const[]){"a","an",0}) ) bOne = 1;
    else if( wordIs(a[i].z, a[i].n, "couple") ){ bNum = 1; v = 2; }
    else if( anyWord(&a[i], (const char*const[]){"past","last","next","previous","coming","first","final","latest","initial","following",0}) ) bDet = 1;
    else if( a[i].bDigit || smallNumber(a[i].z, a[i].n)>=0 || scaleOf(a[i].z, a[i].n)>0 ) bNum = 1;
  }
  if( bNum ){
    size_t k;
    int s0 = -1;
    for(i=0; i<iUnit && s0<0; i++){
      if( a[i].bDigit || smallNumber(a[i].z, a[i].n)>=0 ) s0 = i;
    }
    if( s0<0 && v==2 ){
      /* "a couple of years" */
    }else if( s0<0 || nwNumberValue(a[s0].z, (size_t)(a[iUnit].z - a[s0].z), &v, 0, 0) ){
      return NW_TX_NONE;
    }
    (void)k;
  }else if( !bX && !bOne ){
    /* no count: "for months" (vague), "the past week" (one) */
    if( bPlural ){
      if( !(bDet || (zBefore && anyWord(&(Word){zBefore, strlen(zBefore), 0}, azFor))) ){
        return NW_TX_NONE;
      }
      bX = 1;
    }else if( !bDet ){
      return NW_TX_NONE;
    }
  }
  if( bLater ) return NW_TX_DATE;                 /* later than what? */
  if( bAgo ){
    NwDate r;
    int64_t nDays;
    if( pRef==0 || bX ) return NW_TX_DATE;
    /* the range check first: casting a count past int is undefined */
    if( !(v>=0 && v<=NW_COUNT_MAX) ) return NW_TX_DATE;
    if( u->c=='Y' && u->nMul==1 && v==(double)(int)v ){
      if( pSt && pSt->iQYear>NW_YEAR_MIN && v==1 ){
        snprintf(zOut, nOut, "%04d-Q%d", pSt->iQYear-1, pSt->iQuarter);
      }else if( yearInRange(pRef->y - (int64_t)v) ){
        snprintf(zOut, nOut, "%04d", pRef->y - (int)v);
      }
      return NW_TX_DATE;
    }
    if( u->c=='M' && !u->bT && v==(double)(int)v && v<NW_COUNT_MAX ){
      if( nwDateAddMonths(pRef, -(int64_t)v, &r)==0 ) snprintf(zOut, nOut, "%04d-%02d", r.y, r.m);
      return NW_TX_DATE;
    }
    if( u->nMul>1 ){
      double y = pRef->y - v*u->nMul;
      if( y>=NW_YEAR_MIN && y<=NW_YEAR_MAX ) snprintf(zOut, nOut, "%03dX", (int)y/10);
      return NW_TX_DATE;
    }
    if( u->bT || !(v>=0 && v*u->iDay<NW_COUNT_MAX) ) return NW_TX_DATE;
    nDays = (int64_t)(v*u->iDay);
    if( nwDateAddDays(pRef, -nDays, &r)==0 ) formatDate(r.y, r.m, r.d, zOut, nOut);
    return NW_TX_DATE;
  }
  durationText(u, v, bX, zOut, nOut);
  /* "$5 a year", "twice a day": a SET */
  if( bOne && !bNum && !bDet && !bPlural
   && ((pSt && pSt->bAfterFigure)
    || (zBefore && anyWord(&(Word){zBefore, strlen(zBefore), 0},
                           (const char*const[]){"once","twice","thrice","times",0}))) ){
    return NW_TX_SET;
  }
  return NW_TX_DURATION;
}

/* every week, each Monday, daily */
static int setValue(const Word *a, int nWord, char *zOut, size_t nOut){
  static const struct { const char *z, *zV; } aAdv[] = {
    {"daily", "P1D"}, {"weekly", "P1W"}, {"monthly", "P1M"}, {"yearly", "P1Y"},
    {"annually", "P1Y"}, {"hourly", "PT1H"}, {"nightly", "P1D"},
    {"quarterly", "P3M"}, {"biweekly", "P2W"}, {"semiannually", "P6M"},
    {"weekdays", "XXXX-WXX-WD"}, {0, 0}};
  static const char *const azPart[] = {"morning", "afternoon", "evening", "night"};
  static const char *const azPartC[] = {"MO", "AF", "EV", "NI"};
  int i, k, bOther = 0;
  for(i=0; i<nWord; i++){
    int bp, wd;
    const TxUnit *u;
    const char *zC;
    for(k=0; aAdv[k].z; k++){
      if( wordIs(a[i].z, a[i].n, aAdv[k].z) ){ snprintf(zOut, nOut, "%s", aAdv[k].zV); return NW_TX_SET; }
    }
    if( wordIs(a[i].z, a[i].n, "other") ){ bOther = 1; continue; }
    if( (u = unitOf(&a[i], &bp))!=0 ){
      durationText(u, bOther ? 2 : 1, 0, zOut, nOut);
      return NW_TX_SET;
    }
    if( (wd = nwWeekdayNumber(a[i].z, a[i].n))!=0 ){
      snprintf(zOut, nOut, "XXXX-WXX-%d", wd);
      return NW_TX_SET;
    }
    if( (wd = nwMonthNumber(a[i].z, a[i].n))!=0 ){
      snprintf(zOut, nOut, "XXXX-%02d", wd);
      return NW_TX_SET;
    }
    if( seasonOf(&a[i], &zC)>=0 ){
      snprintf(zOut, nOut, "XXXX-%s", zC);
      return NW_TX_SET;
    }
    if( wordIs(a[i].z, a[i].n, "weekend") ){
      snprintf(zOut, nOut, "XXXX-WXX-WE");
      return NW_TX_SET;
    }
    for(k=0; k<4; k++){
      if( wordIs(a[i].z, a[i].n, azPart[k]) ){
        snprintf(zOut, nOut, "XXXX-XX-XXT%s", azPartC[k]);
        return NW_TX_SET;
      }
    }
  }
  return NW_TX_NONE;
}

/* this morning, last night, yesterday afternoon, Friday evening */
static int partDayValue(const Word *a, int nWord, const NwDate *pRef,
                        int iTense, char *zOut, size_t nOut){
  static const char *const azPart[] = {"morning", "afternoon", "evening", "night"};
  static const char *const azPartC[] = {"MO", "AF", "EV", "NI"};
  int i, k, iPart = -1, iDay = 0;
  NwDate r = {0, 0, 0};
  for(i=0; i<nWord; i++){
    for(k=0; k<4; k++) if( wordIs(a[i].z, a[i].n, azPart[k]) ) iPart = k;
  }
  if( iPart<0 ) return NW_TX_NONE;
  if( pRef==0 ){
    snprintf(zOut, nOut, "XXXX-XX-XXT%s", azPartC[iPart]);
    return NW_TX_TIME;
  }
  r = *pRef;
  for(i=0; i<nWord; i++){
    int wd = nwWeekdayNumber(a[i].z, a[i].n);
    if( wordIs(a[i].z, a[i].n, "yesterday") || wordIs(a[i].z, a[i].n, "last") ) iDay = -1;
    else if( wordIs(a[i].z, a[i].n, "tomorrow") ) iDay = 1;
    else if( wd ){
      int cur = weekday(daysFromCivil(pRef->y, pRef->m, pRef->d));
      iDay = iTense>0 ? (wd - cur + 7) % 7 : -((cur - wd + 7) % 7);
    }
  }
  if( iDay && nwDateAddDays(pRef, iDay, &r) ) return NW_TX_TIME;
  snprintf(zOut, nOut, "%04d-%02d-%02dT%s", r.y, r.m, r.d, azPartC[iPart]);
  return NW_TX_TIME;
}

/* The TimeML value of what temporalValueT() wrote for kinds 1..4. */
static void timexOfValue(const char *zV, int eKind, const NwDate *pRef,
                         const Word *a, int nWord, char *zOut, size_t nOut){
  const char *zSlash = strchr(zV, '/');
  int i, bFrom = 0;
  char zRef[12] = "";
  /* an interval up to the reference date ("since X", "past week") or
  ** open ("since X" without one) */
  if( pRef ) snprintf(zRef, sizeof(zRef), "%04d-%02d-%02d", pRef->y, pRef->m, pRef->d);
  if( zSlash && (strcmp(zSlash+1, "..")==0 || (zRef[0] && strcmp(zSlash+1, zRef)==0)) ){
    bFrom = 1;
  }
  zOut[0] = 0;
  if( eKind==NW_T_TIME ){
    if( zV[0]==0 ) return;
    if( pRef ) snprintf(zOut, nOut, "%04d-%02d-%02dT%s", pRef->y, pRef->m, pRef->d, zV);
    else snprintf(zOut, nOut, "XXXX-XX-XXT%s", zV);
    return;
  }
  if( zSlash==0 ){
    for(i=0; i<nWord; i++){
      if( wordIs(a[i].z, a[i].n, "tonight") && strlen(zV)==10 ){
        snprintf(zOut, nOut, "%sTNI", zV);
        return;
      }
    }
    snprintf(zOut, nOut, "%s", zV);
    return;
  }
  /* "since X" and "past week": X; early/mid/late month
  ** (2024-09-01/2024-09-10) or year (2024-01/2024-04): the month or the
  ** year */
  if( bFrom ){
    snprintf(zOut, nOut, "%.*s", (int)(zSlash-zV), zV);
  }else if( strlen(zV)==21 && memcmp(zV, zV+11, 8)==0 ){
    snprintf(zOut, nOut, "%.7s", zV);
  }else if( strlen(zV)==15 && memcmp(zV, zV+8, 5)==0 ){
    snprintf(zOut, nOut, "%.4s", zV);
  }else{
    snprintf(zOut, nOut, "%.*s", (int)(zSlash-zV), zV);
  }
}

int nwTimex(const char *z, size_t n, int eKind, const NwDate *pRef,
            const char *zBefore, int iTense, NwTimexState *pSt,
            char *zValue, size_t nValue, char *zTimex, size_t nTimex){
  Word a[16];
  char zBuf[128];
  int nWord, eType = NW_TX_NONE;
  if( nValue==0 || nTimex==0 ) return NW_TX_NONE;
  zValue[0] = 0;
  zTimex[0] = 0;
  if( pRef && !dateOk(pRef) ) pRef = 0;
  if( eKind>=NW_T_DATE && eKind<=NW_T_TIME ){
    temporalValueT(z, n, eKind, pRef, zBefore, iTense, zValue, nValue);
    nWord = exprWords(z, n, zBuf, sizeof(zBuf), a, 16);
    timexOfValue(zValue, eKind, pRef, a, nWord, zTimex, nTimex);
    return eKind==NW_T_TIME ? NW_TX_TIME : NW_TX_DATE;
  }
  nWord = exprWords(z, n, zBuf, sizeof(zBuf), a, 16);
  switch( eKind ){
    case NW_T_REF:      eType = refValue(a, nWord, zTimex, nTimex); break;
    case NW_T_QUARTER:  eType = quarterValue(a, nWord, pRef, iTense, pSt, zTimex, nTimex); break;
    case NW_T_SEASON:   eType = seasonValue(a, nWord, pRef, zBefore, iTense, zTimex, nTimex); break;
    case NW_T_DECADE:   eType = decadeValue(a, nWord, zTimex, nTimex); break;
    case NW_T_DURATION: eType = durationValue(a, nWord, pRef, zBefore, pSt, zTimex, nTimex); break;
    case NW_T_SET:      eType = setValue(a, nWord, zTimex, nTimex); break;
    case NW_T_PARTDAY:  eType = partDayValue(a, nWord, pRef, iTense, zTimex, nTimex); break;
  }
  if( eType==NW_TX_NONE ) zTimex[0] = 0;
  snprintf(zValue, nValue, "%s", zTimex);
  return eType;
}

/* ---------------------------------------------------------------- tense */

static int tenseOfWord(const char *z, size_t n){
  static const char *const azFut[] = {"will", "ll", "shall", "would", "wo",
    "scheduled", "expected", "expects", "due", "upcoming", "going",
    "intends", "hopes", "effective", 0};
  static const char *const azPast[] = {"said", "was", "were", "had", "did",
    "met", "told", "came", "went", "took", "made", "saw", "got", "gave",
    "held", "left", "began", "fell", "rose", "won", "lost", "sold", "bought",
    "paid", "spoke", "found", "became", "brought", "thought", "began", "ago",
    "yesterday", "last", "earlier", "wrote", "ran", "hit", "shot", "led",
    "struck", "sent", "kept", "felt", "heard", "meant", "put", "set", 0};
  static const char *const azBe[] = {"be", "being", "is", "are", "am", 0};
  static const char *const azHad[] = {"had", "was", "were", "been", 0};
  static const char *const azEed[] = {"agreed", "freed", "guaranteed",
    "decreed", "disagreed", "refereed", 0};
  Word w = {z, n, 0};
  if( anyWord(&w, azBe) ) return 2;          /* a participle's auxiliary */
  if( anyWord(&w, azHad) ) return 3;         /* "had been due": the past */
  if( anyWord(&w, azFut) ) return NW_TENSE_FUTURE;
  if( anyWord(&w, azPast) ) return NW_TENSE_PAST;
  /* "-ed" is the past, but "succeed", "proceed", "need" ("agreed" is) */
  if( n>=4 && z[n-2]=='e' && z[n-1]=='d'
   && (z[n-3]!='e' || anyWord(&w, azEed)) ){
    return wordIs(z, n, "expected") ? NW_TENSE_FUTURE : NW_TENSE_PAST;
  }
  return NW_TENSE_NONE;
}

/* The start of the word that ends at byte i (after skipping what is not a
** letter), not before lo and not across a sentence end; *pEnd: its end.
** i itself when there is none. */
/* Is the full stop at z[k] that of a one-letter abbreviation ("a.m.",
** "p.m.", "U.S.", "P. Davison"), not a sentence's end? */
static int initialStop(const char *z, size_t k){
  return k>=1 && isalpha((unsigned char)z[k-1])
      && (k<2 || !isalpha((unsigned char)z[k-2]));
}

static size_t wordBack(const char *z, size_t i, size_t lo, size_t *pEnd){
  size_t j = i;
  while( j>lo && !isalpha((unsigned char)z[j-1]) ){
    char c = z[j-1];
    if( c=='.' && initialStop(z, j-1) ){ j--; continue; }
    if( c=='.' || c=='!' || c=='?' || c=='\n' || c==';' ){ *pEnd = i; return i; }
    j--;
  }
  *pEnd = j;
  while( j>lo && isalpha((unsigned char)z[j-1]) ) j--;
  return j;
}

/* Words whose "to" and a verb look forward: "is to resume", "set to
** meet", "agreed to buy", "plans to sell". */
static int futureBeforeTo(const char *z, size_t n){
  static const char *const az[] = {"is", "are", "set", "agreed", "agrees",
    "plans", "plan", "planned", "planning", "expected", "expects", "due",
    "scheduled", "going", "intends", "intended", "aims", "promised",
    "pledged", "vowed", "decided", "wants", "wanted", "offered", "proposed",
    "seeks", "sought", "poised", "prepared", "ready", "likely", 0};
  Word w = {z, n, 0};
  return anyWord(&w, az);
}

/* After the date only their present tense: "On Friday, the government
** planned to" tells what was done that day. */
static int futureBeforeToAfter(const char *z, size_t n){
  static const char *const az[] = {"is", "are", "set", "plans", "plan",
    "expects", "due", "scheduled", "going", "intends", "aims", "wants",
    "seeks", 0};
  Word w = {z, n, 0};
  return anyWord(&w, az);
}

int nwTenseAround(const char *z, size_t n, size_t s, size_t e){
  size_t i = s, lo = s>120 ? s-120 : 0, hi = e+80<n ? e+80 : n;
  int bNextTo = 0;                  /* the word after this one is "to" */
  if( z==0 || s>n || e>n || s>e ) return NW_TENSE_NONE;
  for(;;){
    size_t we, ws = wordBack(z, i, lo, &we);
    int t;
    if( ws>=we ) break;
    if( bNextTo && futureBeforeTo(z+ws, we-ws) ){
      /* "had been scheduled to", "was due to": a future in the past */
      size_t pe, ps = wordBack(z, ws, lo, &pe);
      if( ps<pe && tenseOfWord(z+ps, pe-ps)==3 ) return NW_TENSE_PAST;
      return NW_TENSE_FUTURE;
    }
    bNextTo = wordIs(z+ws, we-ws, "to");
    t = tenseOfWord(z+ws, we-ws);
    i = ws;
    if( t==NW_TENSE_PAST ){
      /* "will be held": a participle after "be" says nothing */
      size_t pe, ps = wordBack(z, i, lo, &pe);
      if( ps<pe && tenseOfWord(z+ps, pe-ps)==2 ){ i = ps; continue; }
      return NW_TENSE_PAST;
    }
    if( t==3 ) return NW_TENSE_PAST;
    if( t==NW_TENSE_FUTURE ){
      /* "had been due to", "was expected to": a future in the past */
      size_t pe, ps = wordBack(z, i, lo, &pe);
      if( ps<pe && !wordIs(z+ws, we-ws, "will") && !wordIs(z+ws, we-ws, "would")
       && tenseOfWord(z+ps, pe-ps)==3 ) return NW_TENSE_PAST;
      return t;
    }
  }
  i = e;
  while( i<hi ){
    size_t ws;
    int t;
    char c = z[i];
    if( c=='.' && initialStop(z, i) ){ i++; continue; }
    if( c=='.' || c=='!' || c=='?' || c=='\n' || c==';' ) break;
    if( !isalpha((unsigned char)c) ){ i++; continue; }
    ws = i;
    while( i<hi && isalpha((unsigned char)z[i]) ) i++;
    if( futureBeforeToAfter(z+ws, i-ws) && i+3<hi && z[i]==' ' && z[i+1]=='t'
     && z[i+2]=='o' && z[i+3]==' ' ) return NW_TENSE_FUTURE;
    t = tenseOfWord(z+ws, i-ws);
    if( t==3 ) return NW_TENSE_PAST;
    if( t!=NW_TENSE_NONE && t!=2 ) return t;
  }
  return NW_TENSE_NONE;
}

/* -------------------------------------------------------- header dates */

/* Letter words a written header date may hold besides its month:
** weekdays, "the", "of", "on", "at", ordinal endings ("15th"). */
static int headerFillerWord(const Word *w){
  static const char *const az[] = {"the", "of", "on", "at", "st", "nd", "rd",
                                   "th"};
  size_t i;
  if( nwWeekdayNumber(w->z, w->n) ) return 1;
  for(i=0; i<sizeof(az)/sizeof(az[0]); i++){
    if( wordIs(w->z, w->n, az[i]) ) return 1;
  }
  return 0;
}

/* Is w "am", "pm", or the "a"/"p" of "a.m."/"p.m."? */
static int meridiemWord(const Word *w){
  return wordIs(w->z, w->n, "am") || wordIs(w->z, w->n, "pm")
      || wordIs(w->z, w->n, "a") || wordIs(w->z, w->n, "p");
}

/* The date of the words a[0..nWord): numeric (D M YYYY, day first, or
** YYYY M D) or written (a month name, a day, a four-digit year). */
static int headerWordsDate(const Word *a, int nWord, NwDate *p){
  int i, y = 0, m = 0, d = 0, nDay = 0, nYear = 0, nMonth = 0, nOther = 0;
  int aNum[3], nNum = 0;
  for(i=0; i<nWord; i++){
    if( a[i].bDigit ){
      int v = leadingNumber(&a[i]);
      if( i+1<nWord && !a[i+1].bDigit && meridiemWord(&a[i+1]) ){
        i++;                       /* "3 pm": a time, not part of the date */
        continue;
      }
      if( nNum<3 ) aNum[nNum] = v;
      nNum++;
      if( a[i].n==4 && fixedDigits(a[i].z, 4)>=0 ){ y = v; nYear++; }
      else if( a[i].n<=2 ){ d = v; nDay++; }
      else return -1;
    }else if( nwMonthNumber(a[i].z, a[i].n) ){
      m = nwMonthNumber(a[i].z, a[i].n);
      nMonth++;
    }else if( !headerFillerWord(&a[i]) ){
      nOther++;
    }
  }
  if( nOther>0 || nYear!=1 ) return -1;
  if( nMonth==0 ){
    if( nNum!=3 ) return -1;
    if( a[0].bDigit && a[0].n==4 ){ m = aNum[1]; d = aNum[2]; }
    else if( nDay==2 && aNum[2]==y ){ d = aNum[0]; m = aNum[1]; }
    else return -1;
  }else if( nMonth!=1 || nDay!=1 || nNum!=2 ){
    return -1;
  }
  if( !nwDateValid(y, m, d) ) return -1;
  p->y = y; p->m = m; p->d = d;
  return 0;
}

int nwDateFromHeader(const char *z, size_t n, NwDate *p){
  char zBuf[128];
  Word a[16];
  size_t i, nCut;
  int nWord;
  failDate(p);
  if( z==0 ) return -1;
  while( n>0 && isspace((unsigned char)z[0]) ){ z++; n--; }
  while( n>0 && isspace((unsigned char)z[n-1]) ) n--;
  if( n==0 || n>=sizeof(zBuf) || memchr(z, 0, n) ) return -1;
  if( nwDateParseN(z, n, p)==0 ) return 0;
  /* a time of day ("10:30", "3:04 p.m. EDT") ends the date */
  nCut = n;
  for(i=1; i+1<n; i++){
    if( z[i]==':' && isdigit((unsigned char)z[i-1])
     && isdigit((unsigned char)z[i+1]) ){
      nCut = i;
      while( nCut>0 && isdigit((unsigned char)z[nCut-1]) ) nCut--;
      break;
    }
  }
  memcpy(zBuf, z, nCut);
  zBuf[nCut] = 0;
  /* separators, and the dot of "Aug." or "15.08.2016", become spaces */
  for(i=0; i<nCut; i++){
    if( zBuf[i]=='-' || zBuf[i]=='/' || zBuf[i]=='.' ) zBuf[i] = ' ';
  }
  nWord = splitWords(zBuf, nCut, a, 16);
  if( nWord==16 ) return -1;       /* more words than any date has */
  return headerWordsDate(a, nWord, p);
}
